import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let efsEncrypted: RuleID = "EFS001"
}

/// Elastic File System file systems.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum EFSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .efsEncrypted,
            family: .security,
            severity: .error,
            title: "EFS file systems are encrypted at rest",
            rationale: "Encryption at rest can only be chosen when the file system is created.",
            remediation: "set `encrypted = true`",
            checkov: ["CKV_AWS_42"],
            trivy: ["AVD-AWS-0037"],
            resourceTypes: ["aws_efs_file_system"],
            check: { resource in
                AttributeValue.boolean(resource["encrypted"]).mayBe(true)
                    ? [] : [Violation("encrypted", "file system is not encrypted")]
            }
        )
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
