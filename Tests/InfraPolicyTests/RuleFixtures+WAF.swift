import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the WAF rules (Sources/InfraPolicy/Services/WAF.swift), every family.
    static let waf: [RuleFixture] = [
        RuleFixture(
            .wafScopeForRegionalResources,
            passing: [
                Doc.resources([
                    ("aws_wafv2_web_acl", "main", ["name": "main", "scope": "REGIONAL"]),
                    (
                        "aws_wafv2_web_acl_association", "main",
                        [
                            "resource_arn": Doc.ref("aws_lb.main"),
                            "web_acl_arn": Doc.ref("aws_wafv2_web_acl.main"),
                        ]
                    ),
                ]),
                Doc.one("aws_wafv2_web_acl", ["name": "cdn", "scope": "CLOUDFRONT"]),
            ],
            failing: [
                Doc.resources([
                    ("aws_lb", "main", ["name": "main"]),
                    ("aws_wafv2_web_acl", "main", ["name": "main", "scope": "CLOUDFRONT"]),
                    (
                        "aws_wafv2_web_acl_association", "main",
                        [
                            "resource_arn": Doc.ref("aws_lb.main"),
                            "web_acl_arn": Doc.ref("aws_wafv2_web_acl.main"),
                        ]
                    ),
                ])
            ],
            unknown: [
                .at("scope", of: "aws_wafv2_web_acl.main")
            ]
        ),
        RuleFixture(
            .wafCloudFrontRegion,
            passing: [
                Doc.resources(
                    [
                        (
                            "aws_wafv2_web_acl", "cdn",
                            ["name": "cdn", "scope": "CLOUDFRONT", "provider": "aws.us_east_1"]
                        )
                    ],
                    provider: Doc.providers(default: "eu-central-1", alias: "us_east_1", aliasRegion: "us-east-1")
                ),
                Doc.resources(
                    [("aws_wafv2_web_acl", "api", ["name": "api", "scope": "REGIONAL"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_wafv2_web_acl", "cdn", ["name": "cdn", "scope": "CLOUDFRONT"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                )
            ],
            unknown: [
                .at("scope", of: "aws_wafv2_web_acl.cdn")
            ]
        ),
    ]
}
