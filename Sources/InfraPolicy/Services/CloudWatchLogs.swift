import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let logGroupKMS: RuleID = "LOG003"
    public static let logGroupName: RuleID = "LOG101"
    public static let logRetentionOneYear: RuleID = "LOG004"
    public static let logRetentionSet: RuleID = "LOG001"
    public static let logRetentionValue: RuleID = "LOG002"
}

/// CloudWatch Logs log groups.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum CloudWatchLogsRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .logRetentionSet,
            family: .security,
            severity: .error,
            title: "Log groups have a retention period",
            rationale:
                "Without retention, logs are kept (and billed) forever, including whatever personal data they hold.",
            remediation: "set `retention_in_days` to a value your compliance needs, e.g. 30 or 365",
            checkov: ["CKV_AWS_66"],
            resourceTypes: ["aws_cloudwatch_log_group"],
            check: { resource in
                switch AttributeValue.integer(resource["retention_in_days"]) {
                case .absent:
                    return [Violation("retention_in_days", "retention_in_days is not set, so logs never expire")]
                case .known(0):
                    return [Violation("retention_in_days", "retention_in_days is 0, so logs never expire")]
                // A negative or non-numeric value is not one CloudWatch takes: SCH010 and SCH004 report it.
                case .known, .unknown, .malformed: return []
                }
            }
        ),
        Rule(
            .logGroupKMS,
            family: .security,
            severity: .note,
            title: "Log groups are encrypted with a customer-managed key",
            rationale: "A customer-managed key lets you control and audit who can decrypt the logs.",
            remediation: "set `kms_key_id` to a key whose policy admits logs.<region>.amazonaws.com",
            checkov: ["CKV_AWS_158"],
            trivy: ["AVD-AWS-0017"],
            resourceTypes: ["aws_cloudwatch_log_group"],
            check: { resource in
                resource["kms_key_id"] == nil
                    ? [Violation("kms_key_id", "log group is not encrypted with a customer-managed key")] : []
            }
        ),
        Rule(
            .logRetentionOneYear,
            family: .security,
            severity: .note,
            title: "Log groups keep logs for a year",
            rationale:
                "Many compliance regimes and incident investigations need a year of logs. Shorter retention is a cost decision worth making on purpose.",
            remediation: "set `retention_in_days = 365` or more, or waive with the reason",
            checkov: ["CKV_AWS_338"],
            resourceTypes: ["aws_cloudwatch_log_group"],
            check: { resource in
                guard let days = AttributeValue.integer(resource["retention_in_days"]).value, days > 0, days < 365
                else { return [] }
                return [Violation("retention_in_days", "logs are kept \(days) days")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .logRetentionValue,
            family: .limits,
            severity: .error,
            title: "Log retention is a value CloudWatch accepts",
            rationale:
                "CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days.",
            remediation: "round to the nearest accepted value, e.g. 30 or 365",
            resourceTypes: ["aws_cloudwatch_log_group"],
            check: { resource in
                guard let days = AttributeValue.integer(resource["retention_in_days"]).value, days != 0 else {
                    return []
                }
                return LogRetention.allowed.contains(days)
                    ? []
                    : [
                        Violation(
                            "retention_in_days",
                            "retention_in_days \(days) is not a value CloudWatch Logs accepts"
                        )
                    ]
            }
        ),
        Rule(
            .logGroupName,
            family: .limits,
            severity: .error,
            title: "Log group names fit CloudWatch Logs' rules",
            rationale:
                "Log group names are at most 512 characters of letters, digits and `.-_/#` (name_prefix at most 486); validate checks only literal names.",
            remediation: "shorten the name and keep to letters, digits, `.`, `-`, `_`, `/` and `#`",
            resourceTypes: ["aws_cloudwatch_log_group"],
            check: {
                NameLimit.logGroup.violations($0["name"]) + NameLimit.logGroup.prefixViolations($0["name_prefix"])
            }
        ),
    ]
}

extension NameLimit {
    static let logGroup = NameLimit(
        kind: "log group name",
        maximum: 512,
        charset: "letters, digits and `.-_/#`",
        allows: NameCharacters.alphanumeric(or: ".-_/#")
    )
}

/// CloudWatch Logs' accepted retention values.
enum LogRetention {
    static let allowed: Set<Int> = [
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    ]
}
