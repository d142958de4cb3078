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
        RuleFixture(
            .cloudFrontOriginHTTPS,
            passing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["origin": [CloudFrontOrigin.custom("api", policy: "https-only")]]
                ),
                // An S3 website endpoint speaks HTTP only.
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "origin": [
                            CloudFrontOrigin.custom(
                                "site",
                                policy: "http-only",
                                domain: "www.example.com.s3-website-eu-west-1.amazonaws.com"
                            )
                        ]
                    ]
                ),
                // match-viewer, where every viewer is sent to HTTPS first.
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "origin": [CloudFrontOrigin.custom("api", policy: "match-viewer")],
                        "default_cache_behavior": [
                            ["target_origin_id": "api", "viewer_protocol_policy": "redirect-to-https"]
                        ],
                    ]
                ),
                // An S3 origin (no custom_origin_config) is reached over HTTPS.
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["origin": [["origin_id": "s3", "domain_name": "b.s3.eu-west-1.amazonaws.com"]]]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["origin": [CloudFrontOrigin.custom("api", policy: "http-only")]]
                ),
                Doc.one(
                    "aws_cloudfront_distribution",
                    [
                        "origin": [CloudFrontOrigin.custom("api", policy: "match-viewer")],
                        "default_cache_behavior": [["target_origin_id": "api", "viewer_protocol_policy": "allow-all"]],
                    ]
                ),
                Doc.one(
                    "aws_cloudfront_distribution",
                    ["origin": [CloudFrontOrigin.custom("api", policy: "https-only", protocols: ["SSLv3", "TLSv1.2"])]]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "origin[0].custom_origin_config.origin_protocol_policy",
                message: "origin `api` is reached over plain HTTP"
            ),
            unknown: [
                .at("origin.custom_origin_config.origin_protocol_policy")
            ]
        ),
    ]
}

/// A CloudFront origin with a `custom_origin_config`, for the origin fixtures.
enum CloudFrontOrigin {
    static func custom(
        _ id: String,
        policy: String,
        domain: String = "api.example.com",
        protocols: [String] = ["TLSv1.2"]
    ) -> JSONValue {
        [
            "origin_id": .string(id), "domain_name": .string(domain),
            "custom_origin_config": [
                [
                    "http_port": 80, "https_port": 443, "origin_protocol_policy": .string(policy),
                    "origin_ssl_protocols": .strings(protocols),
                ]
            ],
        ]
    }
}
