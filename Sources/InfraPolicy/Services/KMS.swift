import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let kmsKeyRotation: RuleID = "KMS001"
}

/// KMS keys.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum KMSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .kmsKeyRotation,
            family: .security,
            severity: .error,
            title: "KMS keys rotate",
            rationale: "Yearly rotation limits how much data one key version protects.",
            remediation: "set `enable_key_rotation = true`",
            checkov: ["CKV_AWS_7"],
            trivy: ["AVD-AWS-0065"],
            resourceTypes: ["aws_kms_key"],
            check: { resource in
                let spec = AttributeValue.text(resource["customer_master_key_spec"])
                let symmetric = spec == .absent || spec.isKnown("SYMMETRIC_DEFAULT")
                return symmetric && !AttributeValue.boolean(resource["enable_key_rotation"]).mayBe(true)
                    ? [Violation("enable_key_rotation", "key rotation is off")] : []
            }
        )
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
