import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the ECR rules (Sources/InfraPolicy/Services/ECR.swift), every family.
    static let ecr: [RuleFixture] = [
        RuleFixture(
            .ecrScanOnPush,
            passing: [Doc.one("aws_ecr_repository", ["image_scanning_configuration": [["scan_on_push": true]]])],
            failing: [Doc.one("aws_ecr_repository", [:])],
            unknown: [
                .at("image_scanning_configuration.scan_on_push")
            ]
        ),
        RuleFixture(
            .ecrImmutableTags,
            passing: [Doc.one("aws_ecr_repository", ["image_tag_mutability": "IMMUTABLE"])],
            failing: [Doc.one("aws_ecr_repository", ["image_tag_mutability": "MUTABLE"])],
            unknown: [
                .at("image_tag_mutability")
            ]
        ),
    ]
}
