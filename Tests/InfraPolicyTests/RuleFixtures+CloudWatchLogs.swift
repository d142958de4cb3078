import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the CloudWatchLogs rules (Sources/InfraPolicy/Services/CloudWatchLogs.swift), every family.
    static let cloudWatchLogs: [RuleFixture] = [
        RuleFixture(
            .logRetentionSet,
            passing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "/ecs/app", "retention_in_days": 30]),
                Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "/ecs/app"]),
                Doc.one("aws_cloudwatch_log_group", [:]), Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 0]),
            ],
            pinned: PinnedFinding(
                attribute: "retention_in_days",
                message: "retention_in_days is not set, so logs never expire"
            ),
            unknown: [
                .at("retention_in_days")
            ]
        ),
        RuleFixture(
            .logGroupKMS,
            passing: [Doc.one("aws_cloudwatch_log_group", ["kms_key_id": .expression("${aws_kms_key.main.arn}")])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30])],
            unknown: [
                .at("kms_key_id")
            ]
        ),
        RuleFixture(
            .logRetentionOneYear,
            passing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 365])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30])],
            unknown: [
                .at("retention_in_days")
            ]
        ),
        RuleFixture(
            .logRetentionValue,
            passing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "/ecs/app", "retention_in_days": 365]),
                Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 365]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "/ecs/app", "retention_in_days": 45]),
                Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 45]),
            ],
            pinned: PinnedFinding(
                attribute: "retention_in_days",
                message: "retention_in_days 45 is not a value CloudWatch Logs accepts"
            ),
            unknown: [
                .at("retention_in_days")
            ]
        ),
        RuleFixture(
            .logGroupName,
            passing: [Doc.one("aws_cloudwatch_log_group", ["name": "/aws/lambda/AggregatorStoppedTask#1"])],
            failing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "app logs"]),
                Doc.one("aws_cloudwatch_log_group", ["name": Doc.name(513)]),
                Doc.one("aws_cloudwatch_log_group", ["name_prefix": Doc.name(487)]),
            ],
            unknown: [
                .at("name")
            ]
        ),
    ]
}
