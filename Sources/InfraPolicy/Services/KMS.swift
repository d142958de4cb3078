import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let kmsKeyRotation: RuleID = "KMS001"
    public static let kmsPublicPolicy: RuleID = "KMS002"
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
        ),
        Rule(
            .kmsPublicPolicy,
            family: .security,
            severity: .error,
            title: "Key policies do not let anyone use the key",
            rationale:
                "A `*` principal with no condition on the caller's account lets every principal of the account encrypt and decrypt with the key without an IAM permission, and any other AWS account's principals that their own account allows.",
            remediation:
                "name the principals (the account root delegates to IAM), or limit `*` with `kms:CallerAccount` or `aws:PrincipalOrgID`",
            checkov: ["CKV_AWS_33"],
            resourceTypes: ["aws_kms_key", "aws_kms_key_policy"],
            check: {
                PrincipalStatement.publicPolicyViolations(
                    of: $0,
                    noun: "key",
                    limitingKeys: PrincipalStatement.callerLimitingKeys.union(["kms:calleraccount"])
                )
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
