import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_sns_topic, aws_sns_topic_policy, aws_sns_topic_subscription).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let sns: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_sns_topic",
            source: "internal/service/sns/topic.go",
            [
                .arn("application_failure_feedback_role_arn"),
                .arn("application_success_feedback_role_arn"),
                .range("application_success_feedback_sample_rate", 0...100),
                .json("archive_policy"),
                .json("delivery_policy"),
                .oneOf("fifo_throughput_scope", ["Topic", "MessageGroup"]),
                .arn("firehose_failure_feedback_role_arn"),
                .arn("firehose_success_feedback_role_arn"),
                .range("firehose_success_feedback_sample_rate", 0...100),
                .arn("http_failure_feedback_role_arn"),
                .arn("http_success_feedback_role_arn"),
                .range("http_success_feedback_sample_rate", 0...100),
                .arn("lambda_failure_feedback_role_arn"),
                .arn("lambda_success_feedback_role_arn"),
                .range("lambda_success_feedback_sample_rate", 0...100),
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .json("policy"),
                .range("signature_version", 1...2),
                .arn("sqs_failure_feedback_role_arn"),
                .arn("sqs_success_feedback_role_arn"),
                .range("sqs_success_feedback_sample_rate", 0...100),
                .oneOf("tracing_config", ["Active", "PassThrough"]),
            ]
        ),
        ResourceConstraints(
            "aws_sns_topic_policy",
            source: "internal/service/sns/topic_policy.go",
            [
                .arn("arn"),
                .json("policy"),
            ]
        ),
        ResourceConstraints(
            "aws_sns_topic_subscription",
            source: "internal/service/sns/topic_subscription.go",
            [
                .json("delivery_policy"),
                .json("filter_policy"),
                .oneOf("filter_policy_scope", ["MessageAttributes", "MessageBody"]),
                .oneOf(
                    "protocol",
                    ["application", "email", "email-json", "firehose", "http", "https", "lambda", "sms", "sqs"]
                ),
                .json("redrive_policy"),
                .json("replay_policy"),
                .arn("subscription_role_arn"),
                .arn("topic_arn"),
            ]
        ),
    ]
}
