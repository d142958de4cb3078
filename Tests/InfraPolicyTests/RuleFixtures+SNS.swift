import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SNS rules (Sources/InfraPolicy/Services/SNS.swift), every family.
    static let sns: [RuleFixture] = [
        RuleFixture(
            .snsEncrypted,
            passing: [Doc.one("aws_sns_topic", ["kms_master_key_id": "alias/alerts"])],
            failing: [Doc.one("aws_sns_topic", [:])],
            unknown: [
                .at("kms_master_key_id")
            ]
        )
    ]
}
