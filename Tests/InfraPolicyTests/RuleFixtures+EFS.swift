import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the EFS rules (Sources/InfraPolicy/Services/EFS.swift), every family.
    static let efs: [RuleFixture] = [
        RuleFixture(
            .efsEncrypted,
            passing: [Doc.one("aws_efs_file_system", ["encrypted": true])],
            failing: [Doc.one("aws_efs_file_system", [:])],
            unknown: [
                .at("encrypted")
            ]
        )
    ]
}
