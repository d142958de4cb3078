import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the KMS rules (Sources/InfraPolicy/Services/KMS.swift), every family.
    static let kms: [RuleFixture] = [
        RuleFixture(
            .kmsKeyRotation,
            passing: [
                Doc.one("aws_kms_key", ["enable_key_rotation": true]),
                Doc.one("aws_kms_key", ["customer_master_key_spec": "RSA_2048"]),
            ],
            failing: [Doc.one("aws_kms_key", [:])],
            unknown: [
                .at("enable_key_rotation"),
                .at("customer_master_key_spec"),
            ]
        )
    ]
}
