import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the variable rules (Sources/InfraPolicy/Services/Variables.swift), every family.
    static let variables: [RuleFixture] = [
        RuleFixture(
            .variableSecret,
            passing: [
                SecretVariables.document(variable: ["db_password": ["type": "string", "sensitive": true]]),
                // Not secrets: a setting about one, a switch, a number, and a local computed at plan.
                SecretVariables.document(
                    variable: [
                        "token_ttl": ["default": "3600"], "enable_secrets": ["default": "true"],
                        "password_length": ["default": 24],
                    ],
                    locals: ["api_key": .expression("${var.api_key}"), "region": "eu-west-1"]
                ),
            ],
            failing: [
                SecretVariables.document(variable: ["db_password": ["type": "string", "default": "hunter2"]]),
                SecretVariables.document(locals: ["github_token": "ghp_abcdef"]),
                SecretVariables.document(variable: ["deployer": ["default": "AKIAIOSFODNN7EXAMPLE"]]),
            ],
            pinned: PinnedFinding(
                attribute: "variable.db_password.default",
                message: "variable `db_password` defaults to a secret (its name contains PASSWORD)"
            ),
            unknown: [
                .document(SecretVariables.document(locals: ["github_token": .expression("${var.token}")]))
            ]
        )
    ]
}

/// Documents with variables and locals beside one queue, for the VAR001 fixtures.
enum SecretVariables {
    static func document(variable: [String: JSONValue] = [:], locals: [String: JSONValue] = [:]) -> JSONValue {
        var document: [String: JSONValue] = [
            "resource": ["aws_sqs_queue": ["jobs": ["name": "jobs", "sqs_managed_sse_enabled": true]]]
        ]
        if !variable.isEmpty { document["variable"] = .object(variable) }
        if !locals.isEmpty { document["locals"] = .object(locals) }
        return .object(document)
    }
}
