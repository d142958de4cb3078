import InfraCore

let computeSecurityRules: [Rule] = [
    Rule(
        .lambdaPlaintextSecret,
        family: .security,
        severity: .error,
        title: "No secrets in plaintext Lambda environment variables",
        rationale:
            "Function environment variables are visible to anyone with lambda:GetFunctionConfiguration and in Terraform state.",
        remediation: "read the secret at start-up from Secrets Manager or SSM Parameter Store; pass only its name",
        checkov: ["CKV_AWS_45"],
        trivy: ["AVD-AWS-0066"],
        resourceTypes: ["aws_lambda_function"],
        check: { resource in
            let variables = resource.block("environment")?["variables"]?.objectValue ?? [:]
            return variables.keys.sorted().compactMap { key in
                guard let reason = SecretDetector.reason(name: key, value: variables[key]?.templateText ?? "") else {
                    return nil
                }
                return Violation(
                    "environment.variables.\(key)",
                    "\(key) is a plaintext environment variable (\(reason))"
                )
            }
        }
    ),
    Rule(
        .lambdaEnvironmentKMS,
        family: .security,
        severity: .note,
        title: "Lambda environment variables use a customer-managed key",
        rationale: "A customer-managed key lets you control who can read the function's configuration values.",
        remediation: "set `kms_key_arn`",
        checkov: ["CKV_AWS_173"],
        resourceTypes: ["aws_lambda_function"],
        check: { resource in
            let hasVariables = !(resource.block("environment")?["variables"]?.objectValue?.isEmpty ?? true)
            return hasVariables && resource["kms_key_arn"] == nil
                ? [Violation("kms_key_arn", "environment variables use the AWS-managed key")] : []
        }
    ),
    Rule(
        .lambdaTracing,
        family: .security,
        severity: .note,
        title: "Lambda functions are traced",
        rationale: "X-Ray traces show where a slow or failing invocation spent its time.",
        remediation: "set `tracing_config { mode = \"Active\" }` and allow xray:PutTraceSegments",
        checkov: ["CKV_AWS_50"],
        resourceTypes: ["aws_lambda_function"],
        check: { resource in
            resource.block("tracing_config")?["mode"]?.literalString == "Active"
                ? [] : [Violation("tracing_config", "tracing is not active")]
        }
    ),
    Rule(
        .lambdaDeprecatedRuntime,
        family: .security,
        severity: .error,
        title: "Lambda functions use a supported runtime",
        rationale:
            "Deprecated runtimes get no security patches, and AWS blocks creating and then updating functions on them.",
        remediation: "move to a current runtime (e.g. python3.12, nodejs20.x)",
        trivy: ["AVD-AWS-0067"],
        resourceTypes: ["aws_lambda_function"],
        check: { resource in
            guard let runtime = resource["runtime"]?.literalString, SecurityChecks.deprecatedRuntimes.contains(runtime)
            else { return [] }
            return [Violation("runtime", "runtime \(runtime) is deprecated")]
        }
    ),
    Rule(
        .ecrScanOnPush,
        family: .security,
        severity: .warning,
        title: "ECR repositories scan images on push",
        rationale: "Scanning on push reports known vulnerabilities before the image runs.",
        remediation: "set `image_scanning_configuration { scan_on_push = true }`",
        checkov: ["CKV_AWS_163"],
        trivy: ["AVD-AWS-0030"],
        resourceTypes: ["aws_ecr_repository"],
        check: { resource in
            AttributeValue.isTrue(resource.block("image_scanning_configuration")?["scan_on_push"])
                ? [] : [Violation("image_scanning_configuration.scan_on_push", "scan on push is off")]
        }
    ),
    Rule(
        .ecrImmutableTags,
        family: .security,
        severity: .warning,
        title: "ECR repositories have immutable tags",
        rationale:
            "Mutable tags let a push silently replace what a tag means, so the same task definition can run different code.",
        remediation: "set `image_tag_mutability = \"IMMUTABLE\"`",
        checkov: ["CKV_AWS_51"],
        trivy: ["AVD-AWS-0031"],
        resourceTypes: ["aws_ecr_repository"],
        check: { resource in
            resource["image_tag_mutability"]?.literalString == "IMMUTABLE"
                ? [] : [Violation("image_tag_mutability", "tags are mutable")]
        }
    ),
    Rule(
        .apiGatewayAccessLogs,
        family: .security,
        severity: .warning,
        title: "API Gateway stages write access logs",
        rationale: "Access logs are the record of who called the API.",
        remediation: "set `access_log_settings` (REST stages) or `access_log_settings` on the HTTP API stage",
        checkov: ["CKV_AWS_76"],
        trivy: ["AVD-AWS-0001"],
        resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
        check: { resource in
            resource.block("access_log_settings") == nil
                ? [Violation("access_log_settings", "stage has no access log")] : []
        }
    ),
    Rule(
        .apiGatewayAuthorization,
        family: .security,
        severity: .warning,
        title: "API methods require authorization",
        rationale: "An API method with authorization NONE can be called by anyone who finds the URL.",
        remediation: "use an IAM, Cognito or Lambda authorizer, or waive for a deliberately public method",
        checkov: ["CKV_AWS_59"],
        trivy: ["AVD-AWS-0004"],
        resourceTypes: ["aws_api_gateway_method", "aws_apigatewayv2_route"],
        check: { resource in
            guard resource["http_method"]?.literalString != "OPTIONS" else { return [] }
            let kind =
                resource["authorization"]?.literalString ?? resource["authorization_type"]?.literalString ?? "NONE"
            return kind == "NONE" && resource["api_key_required"]?.boolValue != true
                ? [
                    Violation(
                        resource.address.type == "aws_api_gateway_method" ? "authorization" : "authorization_type",
                        "no authorization"
                    )
                ] : []
        }
    ),
]
