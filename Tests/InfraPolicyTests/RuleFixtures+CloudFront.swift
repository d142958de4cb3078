import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the CloudFront rules (Sources/InfraPolicy/Services/CloudFront.swift), every family.
    static let cloudFront: [RuleFixture] = [
        RuleFixture(
            .cloudFrontHTTPS,
            passing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["default_cache_behavior": [["viewer_protocol_policy": "redirect-to-https"]]]
                )
            ],
            failing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["default_cache_behavior": [["viewer_protocol_policy": "allow-all"]]]
                ),
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "default_cache_behavior": [["viewer_protocol_policy": "https-only"]],
                        "ordered_cache_behavior": [["path_pattern": "/img/*", "viewer_protocol_policy": "allow-all"]],
                    ]
                ),
            ],
            unknown: [
                .at("default_cache_behavior.viewer_protocol_policy")
            ]
        ),
        RuleFixture(
            .cloudFrontWAF,
            passing: [Doc.one("aws_cloudfront_distribution", ["web_acl_id": Doc.ref("aws_wafv2_web_acl.edge")])],
            failing: [Doc.one("aws_cloudfront_distribution", ["enabled": true])],
            unknown: [
                .at("web_acl_id")
            ]
        ),
        RuleFixture(
            .cloudFrontLogging,
            passing: [
                Doc.one("aws_cloudfront_distribution", ["logging_config": [["bucket": "logs.s3.amazonaws.com"]]])
            ],
            failing: [Doc.one("aws_cloudfront_distribution", ["enabled": true])],
            unknown: [
                .at("logging_config.bucket")
            ]
        ),
        RuleFixture(
            .cloudFrontTLSVersion,
            passing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "viewer_certificate": [
                            [
                                "acm_certificate_arn": .string(Doc.certificate),
                                "minimum_protocol_version": "TLSv1.2_2021",
                            ]
                        ]
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["viewer_certificate": [["cloudfront_default_certificate": true]]]
                ),
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "viewer_certificate": [
                            ["acm_certificate_arn": .string(Doc.certificate), "minimum_protocol_version": "TLSv1"]
                        ]
                    ]
                ),
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["viewer_certificate": [["acm_certificate_arn": .string(Doc.certificate)]]]
                ),
            ],
            unknown: [
                .at("viewer_certificate.cloudfront_default_certificate"),
                .at("viewer_certificate.minimum_protocol_version", inFailing: 1),
            ]
        ),
    ]
}
