import InfraCore

let dataSecurityRules: [Rule] = [
    Rule(
        .secretsRecoveryWindow,
        family: .security,
        severity: .warning,
        title: "Secrets can be recovered after deletion",
        rationale: "recovery_window_in_days = 0 deletes the secret at once, with no way back from a mistaken destroy.",
        remediation: "leave `recovery_window_in_days` at 7–30",
        resourceTypes: ["aws_secretsmanager_secret"],
        check: { resource in
            resource["recovery_window_in_days"]?.intValue == 0
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
        remediation: "set `kms_key_id` to a customer-managed key, or waive for secrets only this account's roles read",
        checkov: ["CKV_AWS_149"],
        trivy: ["AVD-AWS-0098"],
        resourceTypes: ["aws_secretsmanager_secret"],
        check: { resource in
            resource["kms_key_id"] == nil ? [Violation("kms_key_id", "secret uses the AWS-managed key")] : []
        }
    ),
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
    ),
]
