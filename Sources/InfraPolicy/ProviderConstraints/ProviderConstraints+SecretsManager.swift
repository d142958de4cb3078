import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_secretsmanager_secret, aws_secretsmanager_secret_version).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let secretsManager: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_secretsmanager_secret",
            source: "internal/service/secretsmanager/secret.go",
            [
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .json("policy"),
                .anyOf(
                    "recovery_window_in_days",
                    [.intOneOf("recovery_window_in_days", [0]), .range("recovery_window_in_days", 7...30)]
                ),
                .matches(
                    "name",
                    #"^[0-9A-Za-z/_+=.@-]+$"#,
                    "only alphanumeric characters and /_+=.@- special characters are allowed in \"name\"",
                    example: "app/db-password"
                ),
                .length("name", 0...512),
                .matches(
                    "name_prefix",
                    #"^[0-9A-Za-z/_+=.@-]+$"#,
                    "only alphanumeric characters and /_+=.@- special characters are allowed in \"name_prefix\"",
                    example: "app/"
                ),
                .length("name_prefix", 0...486),
            ]
        ),
        ResourceConstraints(
            "aws_secretsmanager_secret_version",
            source: "internal/service/secretsmanager/secret_version.go",
            [
                .conflicts("secret_binary", ["secret_string"]),
                .conflicts("secret_string", ["secret_binary"]),
                .requiredWith("secret_string_wo", ["secret_string_wo_version"]),
                .conflicts("secret_string_wo", ["secret_binary"]),
            ]
        ),
    ]
}
