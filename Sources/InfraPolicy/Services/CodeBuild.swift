import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let codeBuildEncryptionDisabled: RuleID = "CBD002"
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
        ),
        Rule(
            .codeBuildEncryptionDisabled,
            family: .security,
            severity: .warning,
            title: "CodeBuild artifacts and S3 logs are encrypted",
            rationale:
                "CodeBuild encrypts the artifacts and S3 logs it writes unless `encryption_disabled` is true; built artifacts and build logs often hold the code, its configuration and what the build printed of its secrets.",
            remediation:
                "remove `encryption_disabled = true` from `artifacts`, `secondary_artifacts` and `logs_config.s3_logs` (a website bucket that needs plain objects is better served by a copy step)",
            checkov: ["CKV_AWS_78", "CKV_AWS_311"],
            resourceTypes: ["aws_codebuild_project"],
            check: { CodeBuildRules.encryptionDisabled(of: $0) }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []

    /// The artifacts and S3 logs written with `encryption_disabled = true`.
    static func encryptionDisabled(of project: ResourceView) -> [Violation] {
        var places: [(attribute: String, what: String, block: [String: JSONValue])] = []
        if let artifacts = project.block("artifacts") { places.append(("artifacts", "the build artifacts", artifacts)) }
        for (index, secondary) in (project["secondary_artifacts"]?.blocks ?? []).enumerated() {
            let name = AttributeValue.string(secondary["artifact_identifier"]).map { " `\($0)`" } ?? ""
            places.append(("secondary_artifacts[\(index)]", "the secondary artifacts\(name)", secondary))
        }
        if let logs = project.block("logs_config")?["s3_logs"]?.firstBlock {
            places.append(("logs_config.s3_logs", "the S3 build logs", logs))
        }
        return places.compactMap { attribute, what, block in
            AttributeValue.boolean(block["encryption_disabled"]).isKnown(true)
                ? Violation("\(attribute).encryption_disabled", "\(what) are written unencrypted") : nil
        }
    }

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
