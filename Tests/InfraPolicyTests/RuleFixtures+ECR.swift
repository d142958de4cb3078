import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the ECR rules (Sources/InfraPolicy/Services/ECR.swift), every family.
    static let ecr: [RuleFixture] = [
        RuleFixture(
            .ecrScanOnPush,
            passing: [
                Doc.one("aws_ecr_repository", ["image_scanning_configuration": [["scan_on_push": true]]]),
                // The registry scans every repository its filters match, whatever the repository says.
                Doc.resources([
                    ("aws_ecr_repository", "main", ["name": "app-api"]),
                    ("aws_ecr_registry_scanning_configuration", "scan", ECRScanning.registry(filter: "app-*")),
                ]),
                Doc.resources([
                    ("aws_ecr_repository", "main", ["name": .expression("${var.repository}")]),
                    ("aws_ecr_registry_scanning_configuration", "scan", ECRScanning.registry(filter: "*")),
                ]),
            ],
            failing: [
                Doc.one("aws_ecr_repository", [:]),
                Doc.resources([
                    ("aws_ecr_repository", "main", ["name": "web"]),
                    ("aws_ecr_registry_scanning_configuration", "scan", ECRScanning.registry(filter: "app-*")),
                ]),
                Doc.resources([
                    ("aws_ecr_repository", "main", ["name": "app-api"]),
                    (
                        "aws_ecr_registry_scanning_configuration", "scan",
                        ECRScanning.registry(filter: "*", frequency: "MANUAL")
                    ),
                ]),
            ],
            unknown: [
                .at("image_scanning_configuration.scan_on_push")
            ]
        ),
        RuleFixture(
            .ecrPublicPolicy,
            passing: [
                Doc.one(
                    "aws_ecr_repository_policy",
                    [
                        "repository": "app",
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"arn:aws:iam::444455556666:root"}"#,
                            action: "ecr:BatchGetImage"
                        ),
                    ]
                ),
                Doc.one(
                    "aws_ecr_repository_policy",
                    [
                        "repository": "app",
                        "policy": PublicResourcePolicy.json(
                            principal: #""*""#,
                            action: "ecr:BatchGetImage",
                            condition: #"{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}"#
                        ),
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_ecr_repository_policy",
                    [
                        "repository": "app",
                        "policy": PublicResourcePolicy.json(principal: #""*""#, action: "ecr:BatchGetImage"),
                    ]
                )
            ],
            pinned: PinnedFinding(
                attribute: "policy",
                message:
                    "the policy lets anyone use the repository: it grants `*` with no condition limiting the caller"
            ),
            unknown: [
                .at("policy")
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

/// Registry scanning configurations for the ECR fixtures.
enum ECRScanning {
    static func registry(filter: String, frequency: String = "CONTINUOUS_SCAN") -> JSONValue {
        [
            "scan_type": "ENHANCED",
            "rule": [
                [
                    "scan_frequency": .string(frequency),
                    "repository_filter": [["filter": .string(filter), "filter_type": "WILDCARD"]],
                ]
            ],
        ]
    }
}
