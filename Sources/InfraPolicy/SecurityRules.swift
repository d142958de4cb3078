import InfraCore

/// Security and reliability rules not yet moved to Services/.
let securityRules: [Rule] = coreSecurityRules + networkSecurityRules + dataSecurityRules + computeSecurityRules

let coreSecurityRules: [Rule] = [
    Rule(
        .logRetentionSet,
        family: .security,
        severity: .error,
        title: "Log groups have a retention period",
        rationale: "Without retention, logs are kept (and billed) forever, including whatever personal data they hold.",
        remediation: "set `retention_in_days` to a value your compliance needs, e.g. 30 or 365",
        checkov: ["CKV_AWS_66"],
        resourceTypes: ["aws_cloudwatch_log_group"],
        check: { resource in
            if let days = resource["retention_in_days"]?.intValue, days > 0 { return [] }
            return [Violation("retention_in_days", "retention_in_days is not set, so logs never expire")]
        }
    )
]
