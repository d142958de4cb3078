import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SQS rules (Sources/InfraPolicy/Services/SQS.swift), every family.
    static let sqs: [RuleFixture] = [
        RuleFixture(
            .sqsEncrypted,
            passing: [
                Doc.one("aws_sqs_queue", [:]),
                Doc.one("aws_sqs_queue", ["sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/x"]),
            ],
            failing: [Doc.one("aws_sqs_queue", ["sqs_managed_sse_enabled": false])],
            unknown: [
                .at("sqs_managed_sse_enabled")
            ]
        ),
        RuleFixture(
            .sqsPublicPolicy,
            passing: [
                // S3 notifications: `*` limited to the bucket and its account; and a named account.
                Doc.one(
                    "aws_sqs_queue_policy",
                    [
                        "queue_url": "https://sqs.us-east-1.amazonaws.com/111122223333/uploads",
                        "policy": PublicResourcePolicy.json(
                            principal: #""*""#,
                            action: "sqs:SendMessage",
                            condition: #"{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::acme-uploads"}}"#
                        ),
                    ]
                ),
                Doc.one(
                    "aws_sqs_queue",
                    [
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"arn:aws:iam::444455556666:root"}"#,
                            action: "sqs:SendMessage"
                        )
                    ]
                ),
                Doc.one(
                    "aws_sqs_queue",
                    [
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"*"}"#,
                            action: "sqs:*",
                            effect: "Deny"
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_sqs_queue_policy",
                    [
                        "queue_url": "https://sqs.us-east-1.amazonaws.com/111122223333/uploads",
                        "policy": PublicResourcePolicy.json(principal: #""*""#, action: "sqs:SendMessage"),
                    ]
                ),
                Doc.one(
                    "aws_sqs_queue",
                    [
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":["arn:aws:iam::444455556666:root","*"]}"#,
                            action: "sqs:ReceiveMessage",
                            condition: #"{"Bool":{"aws:SecureTransport":"true"}}"#
                        )
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "policy",
                message: "the policy lets anyone use the queue: it grants `*` with no condition limiting the caller"
            ),
            unknown: [
                .at("policy", of: "aws_sqs_queue_policy.main")
            ]
        ),
        RuleFixture(
            .sqsDeadLetterQueue,
            passing: [
                Doc.resources([
                    (
                        "aws_sqs_queue", "jobs",
                        [
                            "redrive_policy": .expression(
                                #"{"deadLetterTargetArn":"${aws_sqs_queue.jobs_failed.arn}","maxReceiveCount":5}"#
                            )
                        ]
                    ),
                    ("aws_sqs_queue", "jobs_failed", [:]),
                ])
            ],
            failing: [Doc.one("aws_sqs_queue", [:])],
            unknown: [
                .at("redrive_policy")
            ]
        ),
        RuleFixture(
            .sqsQueueName,
            passing: [
                Doc.one("aws_sqs_queue", ["name": "orders_v2-dlq"]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": .string(String(repeating: "o", count: 75) + ".fifo"), "fifo_queue": true]
                ),
                Doc.one("aws_sqs_queue", ["name": .expression("${var.env}-orders")]),
                Doc.one("aws_sqs_queue", ["name_prefix": Doc.name(54)]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": Doc.name(81)]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": .string(String(repeating: "o", count: 76) + ".fifo"), "fifo_queue": true]
                ),
                Doc.one("aws_sqs_queue", ["name": "orders.v2"]),
                Doc.one("aws_sqs_queue", ["name": "orders!"]),
                Doc.one("aws_sqs_queue", ["name_prefix": Doc.name(50), "fifo_queue": true]),
            ],
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .sqsFIFOSuffix,
            passing: [
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": true]),
                Doc.one("aws_sqs_queue", ["name": "orders"]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": .expression("${var.fifo}")]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": "orders", "fifo_queue": true]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo"]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": false]),
            ],
            unknown: [
                .at("name"),
                .at("fifo_queue"),
            ]
        ),
        RuleFixture(
            .sqsFIFOOnlyAttributes,
            passing: [
                Doc.one(
                    "aws_sqs_queue",
                    [
                        "name": "orders.fifo", "fifo_queue": true, "content_based_deduplication": true,
                        "fifo_throughput_limit": "perMessageGroupId",
                    ]
                ),
                Doc.one("aws_sqs_queue", ["name": "orders", "content_based_deduplication": false]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": "orders", "content_based_deduplication": true]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": "orders", "fifo_queue": false, "deduplication_scope": "messageGroup"]
                ),
            ],
            unknown: [
                .at("content_based_deduplication")
            ]
        ),
        RuleFixture(
            .sqsDeadLetterQueueType,
            passing: [
                Doc.redrive(sourceFIFO: false, deadLetterFIFO: false),
                Doc.redrive(sourceFIFO: true, deadLetterFIFO: true),
                Doc.one(
                    "aws_sqs_queue",
                    ["redrive_policy": .expression(#"{"deadLetterTargetArn":"${var.dlq_arn}","maxReceiveCount":5}"#)]
                ),
            ],
            failing: [
                Doc.redrive(sourceFIFO: true, deadLetterFIFO: false),
                Doc.resources([
                    ("aws_sqs_queue", "source", ["name": "jobs"]),
                    ("aws_sqs_queue", "dlq", ["name": "jobs-dlq.fifo", "fifo_queue": true]),
                    (
                        "aws_sqs_queue_redrive_policy", "source",
                        [
                            "queue_url": Doc.ref("aws_sqs_queue.source", "id"),
                            "redrive_policy": .expression(
                                #"{"deadLetterTargetArn":"${aws_sqs_queue.dlq.arn}","maxReceiveCount":4}"#
                            ),
                        ]
                    ),
                ]),
                Doc.resources(
                    [
                        (
                            "aws_sqs_queue", "source",
                            [
                                "redrive_policy": .expression(
                                    #"{"deadLetterTargetArn":"${aws_sqs_queue.dlq.arn}","maxReceiveCount":4}"#
                                )
                            ]
                        ),
                        ("aws_sqs_queue", "dlq", ["name": "jobs-dlq", "provider": "aws.us_west_2"]),
                    ],
                    provider: Doc.providers(default: "eu-west-1")
                ),
                Doc.resources(
                    [
                        (
                            "aws_sqs_queue", "source",
                            [
                                "redrive_policy": .string(
                                    #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:111122223333:jobs-dlq","maxReceiveCount":4}"#
                                )
                            ]
                        )
                    ],
                    provider: ["aws": ["region": "eu-west-1"]]
                ),
            ],
            unknown: [
                .at("redrive_policy", of: "aws_sqs_queue.source")
            ]
        ),
        RuleFixture(
            .sqsMaxReceiveCount,
            passing: [Doc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: 1000)],
            failing: [
                Doc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: 0),
                Doc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: "1001"),
            ],
            unknown: [
                .at("redrive_policy", of: "aws_sqs_queue.source")
            ]
        ),
        RuleFixture(
            .sqsLambdaVisibilityTimeout,
            passing: [
                Doc.consumer(visibility: 180, timeout: 30),
                Doc.consumer(visibility: nil, timeout: nil),
                Doc.consumer(visibility: .expression("${var.visibility}"), timeout: 60),
            ],
            failing: [
                Doc.consumer(visibility: nil, timeout: 60),
                Doc.consumer(visibility: 20, timeout: 25),
            ],
            unknown: [
                .at("visibility_timeout_seconds", of: "aws_sqs_queue.jobs")
            ]
        ),
    ]
}

/// A resource policy of one statement, for the fixtures of the rules that read queue and topic policies.
enum PublicResourcePolicy {
    /// A policy with one `effect` statement granting `action` to `principal` (JSON), with a `Condition` object when
    /// given.
    static func json(principal: String, action: String, condition: String? = nil, effect: String = "Allow")
        -> JSONValue
    {
        let when = condition.map { #","Condition":"# + $0 } ?? ""
        return .string(
            #"{"Version":"2012-10-17","Statement":[{"Effect":""# + effect + #"","Principal":"# + principal
                + #","Action":""# + action + #"","Resource":"*""# + when + "}]}"
        )
    }
}
