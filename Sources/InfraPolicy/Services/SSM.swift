import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let ssmSecretParameter: RuleID = "SSM001"
}

/// SSM Parameter Store parameters.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum SSMRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .ssmSecretParameter,
            family: .security,
            severity: .error,
            title: "Secret SSM parameters are SecureString",
            rationale: "String and StringList parameters are stored and shown unencrypted.",
            remediation: "set `type = \"SecureString\"` (or keep the secret in Secrets Manager)",
            checkov: ["CKV2_AWS_34"],
            resourceTypes: ["aws_ssm_parameter"],
            check: { resource in
                guard let name = resource["name"]?.templateText,
                    !AttributeValue.text(resource["type"]).mayBe("SecureString"),
                    SecretDetector.reason(name: name.split(separator: "/").last.map(String.init) ?? name, value: "")
                        != nil
                else { return [] }
                return [Violation("type", "parameter `\(name)` looks secret but is not a SecureString")]
            }
        )
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
