import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SSM rules (Sources/InfraPolicy/Services/SSM.swift), every family.
    static let ssm: [RuleFixture] = [
        RuleFixture(
            .ssmSecretParameter,
            passing: [
                Doc.one("aws_ssm_parameter", ["name": "/app/db_password", "type": "SecureString"]),
                Doc.one("aws_ssm_parameter", ["name": "/app/log_level", "type": "String"]),
            ],
            failing: [Doc.one("aws_ssm_parameter", ["name": "/app/api_token", "type": "String"])],
            unknown: [
                .at("type")
            ]
        )
    ]
}
