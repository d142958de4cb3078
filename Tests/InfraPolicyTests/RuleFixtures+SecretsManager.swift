import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SecretsManager rules (Sources/InfraPolicy/Services/SecretsManager.swift), every family.
    static let secretsManager: [RuleFixture] = [
        RuleFixture(
            .secretsRecoveryWindow,
            passing: [Doc.one("aws_secretsmanager_secret", ["recovery_window_in_days": 7])],
            failing: [Doc.one("aws_secretsmanager_secret", ["recovery_window_in_days": 0])],
            unknown: [
                .at("recovery_window_in_days")
            ]
        ),
        RuleFixture(
            .secretsCustomerKey,
            passing: [Doc.one("aws_secretsmanager_secret", ["kms_key_id": .expression("${aws_kms_key.main.arn}")])],
            failing: [Doc.one("aws_secretsmanager_secret", ["name": "app/token"])],
            unknown: [
                .at("kms_key_id")
            ]
        ),
    ]
}
