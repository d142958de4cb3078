import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the S3 rules (Sources/InfraPolicy/Services/S3.swift), every family.
    static let s3: [RuleFixture] = [
        RuleFixture(
            .s3PublicAccessBlock,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    ("aws_s3_bucket_public_access_block", "b", publicAccessBlock(all: true)),
                ]),
                // The account's block covers every bucket of the account.
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_account_public_access_block", "account",
                        [
                            "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true,
                            "restrict_public_buckets": true,
                        ]
                    ),
                ]),
            ],
            failing: [
                Doc.one("aws_s3_bucket", [:]),
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    ("aws_s3_bucket_public_access_block", "b", publicAccessBlock(all: false)),
                ]),
            ],
            unknown: [
                .at("block_public_policy", of: "aws_s3_bucket_public_access_block.b", inFailing: 1)
            ]
        ),
        RuleFixture(
            .s3Versioning,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_versioning", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "versioning_configuration": [["status": "Enabled"]],
                        ]
                    ),
                ])
            ],
            failing: [
                Doc.one("aws_s3_bucket", [:]),
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_versioning", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "versioning_configuration": [["status": "Suspended"]],
                        ]
                    ),
                ]),
            ],
            unknown: [
                .at("versioning_configuration.status", of: "aws_s3_bucket_versioning.b", inFailing: 1)
            ]
        ),
        RuleFixture(
            .s3TLSOnly,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_policy", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "policy": .expression(
                                #"{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"${aws_s3_bucket.b.arn}","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
                            ),
                        ]
                    ),
                ]),
                // The bucket's own `policy` argument (deprecated, still applied) counts as a bucket policy.
                Doc.one(
                    "aws_s3_bucket",
                    [
                        "policy":
                            #"{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
                    ]
                ),
            ],
            failing: [
                Doc.one("aws_s3_bucket", [:]),
                Doc.one(
                    "aws_s3_bucket",
                    [
                        "policy":
                            #"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#
                    ]
                ),
            ],
            unknown: [
                .document(
                    Doc.resources([
                        ("aws_s3_bucket", "b", [:]),
                        (
                            "aws_s3_bucket_policy", "b",
                            [
                                "bucket": .expression("${aws_s3_bucket.b.id}"),
                                "policy": .expression("${data.aws_iam_policy_document.tls_only.json}"),
                            ]
                        ),
                    ])
                )
            ]
        ),
        RuleFixture(
            .s3PublicACL,
            passing: [
                Doc.one("aws_s3_bucket_acl", ["acl": "private"]),
                // Grants to the owner and to the log delivery group are not public.
                Doc.one(
                    "aws_s3_bucket_acl",
                    [
                        "access_control_policy": [
                            [
                                "grant": [
                                    S3Grant.acl(type: "CanonicalUser", id: "owner", permission: "FULL_CONTROL"),
                                    S3Grant.acl(uri: S3Grant.group("s3/LogDelivery"), permission: "WRITE"),
                                ],
                                "owner": [["id": "owner"]],
                            ]
                        ]
                    ]
                ),
            ],
            failing: [
                Doc.one("aws_s3_bucket_acl", ["acl": "public-read"]),
                Doc.one("aws_s3_bucket", ["acl": "public-read-write"]),
                Doc.one(
                    "aws_s3_bucket_acl",
                    [
                        "access_control_policy": [
                            [
                                "grant": [S3Grant.acl(uri: S3Grant.group("global/AllUsers"), permission: "READ")],
                                "owner": [["id": "owner"]],
                            ]
                        ]
                    ]
                ),
                // The bucket's own (deprecated) grant blocks.
                Doc.one(
                    "aws_s3_bucket",
                    [
                        "grant": [
                            [
                                "type": "Group", "uri": S3Grant.group("global/AuthenticatedUsers"),
                                "permissions": ["READ", "READ_ACP"],
                            ]
                        ]
                    ]
                ),
            ],
            unknown: [
                .at("acl")
            ]
        ),
        RuleFixture(
            .s3DefaultEncryption,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_server_side_encryption_configuration", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [["apply_server_side_encryption_by_default": [["sse_algorithm": "AES256"]]]],
                        ]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .s3KMSEncryption,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_server_side_encryption_configuration", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [
                                [
                                    "apply_server_side_encryption_by_default": [
                                        [
                                            "sse_algorithm": "aws:kms",
                                            "kms_master_key_id": .expression("${aws_kms_key.k.arn}"),
                                        ]
                                    ]
                                ]
                            ],
                        ]
                    ),
                ]),
                Doc.one(
                    "aws_s3_bucket",
                    [
                        "server_side_encryption_configuration": [
                            ["rule": [["apply_server_side_encryption_by_default": [["sse_algorithm": "aws:kms:dsse"]]]]]
                        ]
                    ]
                ),
            ],
            failing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_server_side_encryption_configuration", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [["apply_server_side_encryption_by_default": [["sse_algorithm": "AES256"]]]],
                        ]
                    ),
                ]),
                Doc.one("aws_s3_bucket", [:]),
            ],
            unknown: [
                .at(
                    "rule.apply_server_side_encryption_by_default.sse_algorithm",
                    of: "aws_s3_bucket_server_side_encryption_configuration.b"
                )
            ]
        ),
        RuleFixture(
            .s3ForceDestroy,
            passing: [Doc.one("aws_s3_bucket", ["force_destroy": false])],
            failing: [Doc.one("aws_s3_bucket", ["force_destroy": true])],
            unknown: [
                .at("force_destroy")
            ]
        ),
        RuleFixture(
            .s3OwnershipEnforced,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_ownership_controls", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [["object_ownership": "BucketOwnerEnforced"]],
                        ]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])],
            unknown: [
                .document(
                    Doc.resources([
                        ("aws_s3_bucket", "b", [:]),
                        (
                            "aws_s3_bucket_ownership_controls", "b",
                            [
                                "bucket": .expression("${aws_s3_bucket.b.id}"),
                                "rule": [["object_ownership": Doc.ref("var", "ownership")]],
                            ]
                        ),
                    ])
                )
            ]
        ),
        RuleFixture(
            .s3BucketName,
            passing: [
                Doc.one("aws_s3_bucket", ["bucket": "bmlt-aggregator-server-list-prod"]),
                Doc.one("aws_s3_bucket", ["bucket": "logs.example.com"]),
                Doc.one("aws_s3_bucket", ["bucket": .expression("${var.project}-logs")]),
                Doc.one("aws_s3_bucket", ["bucket_prefix": "uploads-"]),
            ],
            failing: [
                Doc.one("aws_s3_bucket", ["bucket": "My_Bucket"]),
                Doc.one("aws_s3_bucket", ["bucket": "ab"]),
                Doc.one("aws_s3_bucket", ["bucket": "192.168.1.10"]),
                Doc.one("aws_s3_bucket", ["bucket": "xn--bucket"]),
                Doc.one("aws_s3_bucket", ["bucket": "data-s3alias"]),
                Doc.one("aws_s3_bucket", ["bucket": "logs..example"]),
                Doc.one("aws_s3_bucket", ["bucket": "-logs"]),
                Doc.one("aws_s3_bucket", ["bucket": Doc.name(64)]),
                Doc.one("aws_s3_bucket", ["bucket_prefix": Doc.name(38)]),
            ],
            unknown: [
                .at("bucket")
            ]
        ),
        RuleFixture(
            .s3NotificationLambdaPermission,
            passing: [Doc.notification(permission: "s3.amazonaws.com", dependsOn: true)],
            failing: [
                Doc.notification(permission: nil, dependsOn: false),
                Doc.notification(permission: "s3.amazonaws.com", dependsOn: false),
                Doc.notification(permission: "events.amazonaws.com", dependsOn: true),
            ],
            unknown: [
                .at("lambda_function.lambda_function_arn", of: "aws_s3_bucket_notification.uploads")
            ]
        ),
        RuleFixture(
            .s3PublicPolicyBlocked,
            passing: [
                // CloudFront's service principal, limited to one distribution.
                PublicBucketPolicy.document(
                    policy: PublicBucketPolicy.json(principal: #"{"Service":"cloudfront.amazonaws.com"}"#),
                    blocks: true
                ),
                // `*` limited to a VPC endpoint, and a bucket that is public on purpose.
                PublicBucketPolicy.document(
                    policy: PublicBucketPolicy.json(
                        principal: #""*""#,
                        condition: #"{"StringEquals":{"aws:SourceVpce":"vpce-1"}}"#
                    ),
                    blocks: true
                ),
                PublicBucketPolicy.document(policy: PublicBucketPolicy.json(principal: #""*""#), blocks: false),
            ],
            failing: [
                PublicBucketPolicy.document(policy: PublicBucketPolicy.json(principal: #""*""#), blocks: true),
                PublicBucketPolicy.document(
                    policy: PublicBucketPolicy.json(principal: #"{"AWS":"*"}"#),
                    blocks: false,
                    accountBlocks: true
                ),
            ],
            unknown: [
                .at("policy", of: "aws_s3_bucket_policy.site")
            ]
        ),
        RuleFixture(
            .s3AccessLogging,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "data", [:]),
                    ("aws_s3_bucket", "logs", [:]),
                    (
                        "aws_s3_bucket_logging", "data",
                        [
                            "bucket": .expression("${aws_s3_bucket.data.id}"),
                            "target_bucket": .expression("${aws_s3_bucket.logs.id}"),
                            "target_prefix": "data/",
                        ]
                    ),
                ]),
                Doc.one("aws_s3_bucket", ["logging": [["target_bucket": "logs"]]]),
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .s3Lifecycle,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_lifecycle_configuration", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [["id": "old", "status": "Enabled", "expiration": [["days": 365]]]],
                        ]
                    ),
                ]),
                Doc.one("aws_s3_bucket", ["lifecycle_rule": [["enabled": true, "expiration": [["days": 30]]]]]),
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .s3EventNotifications,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_notification", "b",
                        ["bucket": .expression("${aws_s3_bucket.b.id}"), "eventbridge": true]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
    ]
}

/// ACL grants for the S3005 fixtures.
enum S3Grant {
    /// The URI of a predefined S3 group, e.g. `global/AllUsers`.
    static func group(_ name: String) -> JSONValue { .string("http://acs.amazonaws.com/groups/\(name)") }

    /// A grant of an `aws_s3_bucket_acl`'s access control policy, to a group URI or a canonical user.
    static func acl(type: String = "Group", uri: JSONValue? = nil, id: String? = nil, permission: String) -> JSONValue {
        var grantee: [String: JSONValue] = ["type": .string(type)]
        grantee["uri"] = uri
        grantee["id"] = id.map(JSONValue.string)
        return ["grantee": [.object(grantee)], "permission": .string(permission)]
    }
}

/// A bucket with a policy and a public access block, for the S3B103 fixtures.
enum PublicBucketPolicy {
    /// A bucket policy allowing s3:GetObject to `principal` (JSON), with a `Condition` object when given.
    static func json(principal: String, condition: String? = nil) -> JSONValue {
        let when = condition.map { #","Condition":"# + $0 } ?? ""
        return .string(
            #"{"Statement":[{"Effect":"Allow","Principal":"# + principal
                + #","Action":"s3:GetObject","Resource":"arn:aws:s3:::www.example.com/*""# + when + "}]}"
        )
    }

    /// The bucket `site` with `policy`, its public access block (`block_public_policy` as given), and an account-wide
    /// block that blocks public policies when `accountBlocks`.
    static func document(policy: JSONValue, blocks: Bool, accountBlocks: Bool = false) -> JSONValue {
        var entries: [(String, String, JSONValue)] = [
            ("aws_s3_bucket", "site", ["bucket": "www.example.com"]),
            (
                "aws_s3_bucket_public_access_block", "site",
                ["bucket": Doc.ref("aws_s3_bucket.site", "id"), "block_public_policy": .bool(blocks)]
            ),
            ("aws_s3_bucket_policy", "site", ["bucket": Doc.ref("aws_s3_bucket.site", "id"), "policy": policy]),
        ]
        if accountBlocks {
            entries.append(("aws_s3_account_public_access_block", "account", ["block_public_policy": true]))
        }
        return Doc.resources(entries)
    }
}
