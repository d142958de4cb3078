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
        RuleFixture(
            .secretsPublicPolicy,
            passing: [
                Doc.one(
                    "aws_secretsmanager_secret_policy",
                    [
                        "secret_arn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:app/token-AbCdEf",
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"arn:aws:iam::111122223333:role/app"}"#,
                            action: "secretsmanager:GetSecretValue"
                        ),
                    ]
                ),
                Doc.one(
                    "aws_secretsmanager_secret",
                    [
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"*"}"#,
                            action: "secretsmanager:GetSecretValue",
                            condition: #"{"StringEquals":{"aws:PrincipalAccount":"111122223333"}}"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_secretsmanager_secret_policy",
                    [
                        "secret_arn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:app/token-AbCdEf",
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"*"}"#,
                            action: "secretsmanager:GetSecretValue"
                        ),
                    ]
                )
            ],
            pinned: PinnedFinding(
                attribute: "policy",
                message: "the policy lets anyone use the secret: it grants `*` with no condition limiting the caller"
            ),
            unknown: [
                .at("policy")
            ]
        ),
    ]
}
