import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_sqs_queue, aws_sqs_queue_policy, aws_sqs_queue_redrive_allow_policy, aws_sqs_queue_redrive_policy).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let sqs: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_sqs_queue",
            source: "internal/service/sqs/queue.go",
            [
                .oneOf("deduplication_scope", ["messageGroup", "queue"]),
                .range("delay_seconds", 0...900),
                .oneOf("fifo_throughput_limit", ["perMessageGroupId", "perQueue"]),
                .range("kms_data_key_reuse_period_seconds", 60...86400),
                .conflicts("kms_master_key_id", ["sqs_managed_sse_enabled"]),
                .range("max_message_size", 1024...262144),
                .range("message_retention_seconds", 60...1209600),
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .json("policy"),
                .json("redrive_allow_policy"),
                .json("redrive_policy"),
                .conflicts("sqs_managed_sse_enabled", ["kms_master_key_id"]),
                .range("visibility_timeout_seconds", 0...43200),
            ]
        ),
        ResourceConstraints(
            "aws_sqs_queue_policy",
            source: "internal/service/sqs/queue_policy.go",
            [
                .json("policy")
            ]
        ),
        ResourceConstraints(
            "aws_sqs_queue_redrive_allow_policy",
            source: "internal/service/sqs/queue_redrive_allow_policy.go",
            [
                .json("redrive_allow_policy")
            ]
        ),
        ResourceConstraints(
            "aws_sqs_queue_redrive_policy",
            source: "internal/service/sqs/queue_redrive_policy.go",
            [
                .json("redrive_policy")
            ]
        ),
    ]
}
