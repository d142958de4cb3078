import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the GlobalAccelerator rules (Sources/InfraPolicy/Services/GlobalAccelerator.swift), every family.
    static let globalAccelerator: [RuleFixture] = [
        RuleFixture(
            .globalAcceleratorRegion,
            passing: [
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea", "provider": "aws.us_west_2"])],
                    provider: Doc.providers(default: "eu-central-1")
                ),
                Doc.resources(
                    [("aws_globalaccelerator_listener", "main", ["protocol": "TCP"])],
                    provider: ["aws": ["region": "us-west-2"]]
                ),
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea"])],
                    provider: ["aws": ["region": .expression("${var.region}")]]
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea"])],
                    provider: Doc.providers(default: "eu-central-1")
                ),
                Doc.resources(
                    [("aws_globalaccelerator_endpoint_group", "main", ["provider": "aws.us_west_2"])],
                    provider: Doc.providers(default: "us-west-2", aliasRegion: "us-east-1")
                ),
            ],
            unknown: [
                .at("provider")
            ]
        )
    ]
}
