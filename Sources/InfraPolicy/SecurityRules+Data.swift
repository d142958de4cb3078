import InfraCore

let dataSecurityRules: [Rule] = [
    Rule(
        .ssmSecretParameter,
        family: .security,
        severity: .error,
        title: "Secret SSM parameters are SecureString",
        rationale: "String and StringList parameters are stored and shown unencrypted.",
        remediation: "set `type = \"SecureString\"` (or keep the secret in Secrets Manager)",
        checkov: ["CKV2_AWS_34"],
        trivy: ["AVD-AWS-0098"],
        resourceTypes: ["aws_ssm_parameter"],
        check: { resource in
            guard let name = resource["name"]?.templateText, resource["type"]?.literalString != "SecureString",
                SecretDetector.reason(name: name.split(separator: "/").last.map(String.init) ?? name, value: "") != nil
            else { return [] }
            return [Violation("type", "parameter `\(name)` looks secret but is not a SecureString")]
        }
    )
]
