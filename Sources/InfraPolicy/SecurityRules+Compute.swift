import InfraCore

let computeSecurityRules: [Rule] = [
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
