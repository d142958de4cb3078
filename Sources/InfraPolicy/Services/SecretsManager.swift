import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let secretsCustomerKey: RuleID = "SEC002"
    public static let secretsPublicPolicy: RuleID = "SEC003"
    public static let secretsRecoveryWindow: RuleID = "SEC001"
}

/// Secrets Manager secrets.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum SecretsManagerRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .secretsRecoveryWindow,
            family: .security,
            severity: .warning,
            title: "Secrets can be recovered after deletion",
            rationale:
                "recovery_window_in_days = 0 deletes the secret at once, with no way back from a mistaken destroy.",
            remediation: "leave `recovery_window_in_days` at 7–30",
            resourceTypes: ["aws_secretsmanager_secret"],
            check: { resource in
                AttributeValue.integer(resource["recovery_window_in_days"]).isKnown(0)
                    ? [Violation("recovery_window_in_days", "recovery window is 0 days")] : []
            }
        ),
        Rule(
            .secretsCustomerKey,
            family: .security,
            severity: .note,
            title: "Secrets are encrypted with a customer-managed key",
            rationale:
                "With the AWS-managed aws/secretsmanager key, anyone allowed GetSecretValue can decrypt; a customer-managed key adds a second, auditable gate and allows cross-account use.",
            remediation:
                "set `kms_key_id` to a customer-managed key, or waive for secrets only this account's roles read",
            checkov: ["CKV_AWS_149"],
            trivy: ["AVD-AWS-0098"],
            resourceTypes: ["aws_secretsmanager_secret"],
            check: { resource in
                resource["kms_key_id"] == nil ? [Violation("kms_key_id", "secret uses the AWS-managed key")] : []
            }
        ),
        Rule(
            .secretsPublicPolicy,
            family: .security,
            severity: .error,
            title: "Secret policies do not let anyone read the secret",
            rationale:
                "A `*` principal with no condition on the caller lets every principal of the account read the secret's value without an IAM permission, and, when its key allows other accounts, their principals too.",
            remediation:
                "name the principals, or limit `*` with `aws:PrincipalOrgID`; `block_public_policy = true` makes Secrets Manager refuse such a policy",
            resourceTypes: ["aws_secretsmanager_secret_policy", "aws_secretsmanager_secret"],
            check: { PrincipalStatement.publicPolicyViolations(of: $0, noun: "secret") }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
