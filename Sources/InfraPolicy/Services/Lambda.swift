import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let lambdaDeadLetterQueue: RuleID = "LMB007"
    public static let lambdaDeprecatedRuntime: RuleID = "LMB006"
    public static let lambdaEnvironmentKMS: RuleID = "LMB002"
    public static let lambdaFunctionName: RuleID = "LMB101"
    public static let lambdaFunctionURLAuth: RuleID = "LMB010"
    public static let lambdaInVPC: RuleID = "LMB009"
    public static let lambdaPlaintextSecret: RuleID = "LMB001"
    public static let lambdaPublicPermission: RuleID = "LMB011"
    public static let lambdaReservedConcurrency: RuleID = "LMB008"
    public static let lambdaSettings: RuleID = "LMB102"
    public static let lambdaTracing: RuleID = "LMB005"
}

/// Lambda functions.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum LambdaRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .lambdaPlaintextSecret,
            family: .security,
            severity: .error,
            title: "No secrets in plaintext Lambda environment variables",
            rationale:
                "Function environment variables are visible to anyone with lambda:GetFunctionConfiguration and in Terraform state.",
            remediation: "read the secret at start-up from Secrets Manager or SSM Parameter Store; pass only its name",
            checkov: ["CKV_AWS_45"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                let variables = resource.block("environment")?["variables"]?.objectValue ?? [:]
                return variables.keys.sorted().compactMap { key in
                    guard let reason = SecretDetector.reason(name: key, value: variables[key]?.templateText ?? "")
                    else {
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
            // trivy's lambda tracing check (avd_docs/aws/lambda/AVD-AWS-0066); it was once named on LMB001.
            trivy: ["AVD-AWS-0066"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                AttributeValue.text(AttributeValue.member("mode", of: resource["tracing_config"])).mayBe("Active")
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
            remediation: "move to a current runtime (e.g. python3.13, nodejs22.x)",
            checkov: ["CKV_AWS_363"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                guard let runtime = AttributeValue.string(resource["runtime"]),
                    LambdaRules.deprecatedRuntimes.contains(runtime)
                else { return [] }
                return [Violation("runtime", "runtime \(runtime) is deprecated")]
            }
        ),
        Rule(
            .lambdaDeadLetterQueue,
            family: .security,
            severity: .note,
            title: "Lambda functions keep the events they fail on",
            rationale:
                "An asynchronous invocation (EventBridge, S3, SNS) that fails after its retries is dropped unless a dead-letter queue or an on-failure destination keeps it.",
            remediation:
                "set `dead_letter_config { target_arn = … }` (an SQS queue or SNS topic), or an `aws_lambda_function_event_invoke_config` with an on-failure destination",
            checkov: ["CKV_AWS_116"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                let target = AttributeValue.text(
                    AttributeValue.member("target_arn", of: resource["dead_letter_config"])
                )
                guard target == .absent || target.isKnown("") else { return [] }
                // An on-failure destination does what a dead-letter queue does, and more.
                let destinations = resource.companions(ofType: "aws_lambda_function_event_invoke_config")
                    .contains { $0["destination_config"] != nil }
                return destinations ? [] : [Violation("dead_letter_config", "failed asynchronous events are dropped")]
            }
        ),
        Rule(
            .lambdaReservedConcurrency,
            family: .security,
            severity: .note,
            title: "Lambda functions reserve their concurrency",
            rationale:
                "Without a reserved limit, one function's burst can take the whole account's concurrency and throttle every other function, and runs up cost unbounded.",
            remediation: "set `reserved_concurrent_executions` to the most concurrent runs the function needs",
            checkov: ["CKV_AWS_115"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                let reserved = AttributeValue.integer(resource["reserved_concurrent_executions"])
                return reserved == .absent || reserved.isKnown(-1)
                    ? [Violation("reserved_concurrent_executions", "no concurrency is reserved")] : []
            }
        ),
        Rule(
            .lambdaInVPC,
            family: .security,
            severity: .note,
            title: "Lambda functions run in a VPC",
            rationale:
                "A function in a VPC reaches private resources through security groups, and its traffic goes through the VPC's routes, endpoints and flow logs instead of straight to the internet.",
            remediation: "set `vpc_config` with private `subnet_ids` and `security_group_ids`",
            checkov: ["CKV_AWS_117"],
            resourceTypes: ["aws_lambda_function"],
            check: { resource in
                let config = resource["vpc_config"]
                if AttributeValue.isUnknown(config) { return [] }
                let subnets = AttributeValue.member("subnet_ids", of: config)
                let placed =
                    subnets != nil && (AttributeValue.isUnknown(subnets) || !(subnets?.arrayValue?.isEmpty ?? false))
                return placed ? [] : [Violation("vpc_config", "function does not run in a VPC")]
            }
        ),
        Rule(
            .lambdaFunctionURLAuth,
            family: .security,
            severity: .warning,
            title: "Lambda function URLs require IAM authentication",
            rationale:
                "A function URL with `authorization_type = \"NONE\"` is a public HTTPS endpoint: anyone who finds it can invoke the function, and run up its cost, unless the code checks every request itself.",
            remediation:
                "set `authorization_type = \"AWS_IAM\"` (callers sign their requests), or put API Gateway or CloudFront in front; waive it with the reason if the function checks every request itself",
            checkov: ["CKV_AWS_258"],
            resourceTypes: ["aws_lambda_function_url"],
            check: { resource in
                AttributeValue.text(resource["authorization_type"]).isKnown("NONE")
                    ? [Violation("authorization_type", "the function URL takes requests without authentication")] : []
            }
        ),
        Rule(
            .lambdaPublicPermission,
            family: .security,
            severity: .warning,
            title: "Lambda permissions do not let every AWS account invoke the function",
            rationale:
                "An `aws_lambda_permission` for principal `*` without `source_arn`, `source_account` or `principal_org_id` lets anyone with AWS credentials invoke the function directly. One for a service (`events.amazonaws.com`, `s3.amazonaws.com`) without `source_arn` or `source_account` lets that service invoke it for a rule, bucket or topic of any account (AddPermission's documentation warns of exactly this): the confused deputy. A public webhook needs no such permission: API Gateway and function URLs have their own. The permission behind a function URL (`lambda:InvokeFunctionUrl`) is LMB010's to judge.",
            remediation:
                "grant the permission to the service or account that calls the function, with `source_arn` (or `source_account`, or for `*` `principal_org_id`)",
            checkov: ["CKV_AWS_301", "CKV_AWS_364"],
            resourceTypes: ["aws_lambda_permission"],
            check: { resource in
                guard !AttributeValue.text(resource["action"]).isKnown("lambda:InvokeFunctionUrl"),
                    ["source_arn", "source_account"].allSatisfy({ resource[$0] == nil }),
                    case .known(let principal) = AttributeValue.text(resource["principal"])
                else { return [] }
                if principal == "*" {
                    guard resource["principal_org_id"] == nil else { return [] }
                    return [Violation("principal", "principal `*` may invoke the function from any AWS account")]
                }
                // A service principal: `events.amazonaws.com`, and the China partition's `….amazonaws.com.cn`.
                guard principal.hasSuffix(".amazonaws.com") || principal.hasSuffix(".amazonaws.com.cn") else {
                    return []
                }
                return [
                    Violation(
                        "principal",
                        "\(principal) may invoke the function for the resources of any AWS account: no source_arn or source_account"
                    )
                ]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .lambdaFunctionName,
            family: .limits,
            severity: .error,
            title: "Lambda function names are at most 64 characters",
            rationale:
                "CreateFunction limits a function name to 64 letters, digits, hyphens and underscores; the provider accepts up to 140 (the ARN form), so 65–140-character names pass validate and fail apply.",
            remediation: "shorten the function name",
            resourceTypes: ["aws_lambda_function"],
            check: { NameLimit.lambdaFunction.violations($0["function_name"], attribute: "function_name") }
        ),
        Rule(
            .lambdaSettings,
            family: .limits,
            severity: .error,
            title: "Lambda memory, timeout and reserved concurrency are in range",
            rationale:
                "Lambda accepts 128–10240 MB of memory, a timeout of 1–900 seconds, and reserved concurrency of -1 (unreserved) or more; validate checks only literal values.",
            remediation:
                "keep memory_size within 128–10240, timeout within 1–900 and reserved_concurrent_executions ≥ -1",
            resourceTypes: ["aws_lambda_function"],
            check: { LambdaRules.lambdaSettings($0) }
        ),
    ]
}

extension LambdaRules {
    static func lambdaSettings(_ function: ResourceView) -> [Violation] {
        var violations: [Violation] = []
        if let memory = AttributeValue.int(function["memory_size"]), !(128...10240).contains(memory) {
            violations.append(Violation("memory_size", "memory_size \(memory) MB is outside 128–10240"))
        }
        if let timeout = AttributeValue.int(function["timeout"]), !(1...900).contains(timeout) {
            violations.append(Violation("timeout", "timeout \(timeout) s is outside 1–900"))
        }
        if let reserved = AttributeValue.int(function["reserved_concurrent_executions"]), reserved < -1 {
            violations.append(
                Violation("reserved_concurrent_executions", "reserved_concurrent_executions \(reserved) is below -1")
            )
        }
        return violations
    }

    /// Runtimes AWS has deprecated: they get no more security patches, and AWS blocks creating, then updating,
    /// functions on them. Lambda's runtime table as of December 2026: nodejs18.x was deprecated on 1 September 2025,
    /// python3.9 on 15 December 2025, nodejs20.x on 30 April 2026 (creating blocked from 31 August 2026).
    static let deprecatedRuntimes: Set<String> = [
        "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "nodejs", "nodejs4.3", "nodejs4.3-edge",
        "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
        "nodejs20.x", "java8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0",
        "dotnet6", "ruby2.5", "ruby2.7", "go1.x", "provided",
    ]
}

extension NameLimit {
    static let lambdaFunction = NameLimit(
        kind: "Lambda function name",
        maximum: 64,
        charset: "letters, digits, hyphens and underscores",
        allows: NameCharacters.alphanumeric(or: "-_")
    )
}
