import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let codeBuildPlaintextSecret: RuleID = "CBD001"
}

/// CodeBuild projects.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum CodeBuildRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .codeBuildPlaintextSecret,
            family: .security,
            severity: .error,
            title: "No secrets in plaintext CodeBuild environment variables",
            rationale:
                "A `PLAINTEXT` environment variable, the default type, is returned by codebuild:BatchGetProjects, shown in the console and kept in every build's record; a `PARAMETER_STORE` or `SECRETS_MANAGER` variable holds only the secret's name, and CodeBuild fetches the value when a build starts.",
            remediation:
                "keep the secret in Secrets Manager or Parameter Store, and give the variable `type = \"SECRETS_MANAGER\"` (or `\"PARAMETER_STORE\"`) with the secret's name as its value",
            resourceTypes: ["aws_codebuild_project"],
            check: { CodeBuildRules.plaintextSecrets(of: $0) }
        )
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []

    /// The `environment_variable` blocks of type `PLAINTEXT` (written or by default) that look secret.
    static func plaintextSecrets(of project: ResourceView) -> [Violation] {
        let variables = project.block("environment")?["environment_variable"]?.blocks ?? []
        return variables.enumerated().compactMap { index, variable in
            let type = AttributeValue.text(variable["type"])
            guard type == .absent || type.isKnown("PLAINTEXT"),
                let name = AttributeValue.string(variable["name"]),
                let value = variable["value"]?.templateText, !value.isEmpty,
                let reason = SecretDetector.reason(name: name, value: value)
            else { return nil }
            return Violation(
                "environment.environment_variable[\(index)].value",
                "\(name) is a plaintext environment variable (\(reason))"
            )
        }
    }
}
