import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the EventBridge rules (Sources/InfraPolicy/Services/EventBridge.swift), every family.
    static let eventBridge: [RuleFixture] = [
        RuleFixture(
            .eventsScheduleSyntax,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 */2 ? *)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(4 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hour)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 */2 ? *)"]),
                // EventBridge Scheduler: one-time schedules, and a rate's unit in either form.
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "at(2027-01-01T09:30:00)"]),
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "rate(1 hours)"]),
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "cron(0 9 ? * MON-FRI *)"]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(5 minute)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 * * *)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 * 1 *)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "at(2027-01-01T09:30:00)"]),
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "cron(0 12 * * * *)"]),
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "at(2027-01-01 09:30)"]),
                Doc.one("aws_scheduler_schedule", ["schedule_expression": "rate(5 weeks)"]),
            ],
            pinned: PinnedFinding(
                attribute: "schedule_expression",
                message: "`rate(1 hours)`: a rate of 1 takes a singular unit (minute, hour, day)"
            ),
            unknown: [
                .at("schedule_expression")
            ]
        ),
        RuleFixture(
            .eventNames,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["name": "aggregator-import.v2_x"]),
                Doc.one("aws_cloudwatch_event_target", ["target_id": Doc.name(64)]),
                Doc.one("aws_cloudwatch_event_rule", ["name_prefix": Doc.name(38)]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["name": Doc.name(65)]),
                Doc.one("aws_cloudwatch_event_rule", ["name": "import:nightly"]),
                Doc.one("aws_cloudwatch_event_target", ["target_id": "run task"]),
                Doc.one("aws_cloudwatch_event_rule", ["name_prefix": Doc.name(39)]),
            ],
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .eventPatternJSON,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["event_pattern": #"{"source": ["aws.ecs"]}"#]),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .expression(
                            #"{"detail":{"clusterArn":["${aws_ecs_cluster.main.arn}"]},"source":["aws.ecs"]}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    ["event_pattern": .expression(#"${jsonencode({"source" = ["aws.ecs"]})}"#)]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .string(
                            #"{"source":["aws.s3"],"detail":{"key":[""# + String(repeating: " ", count: 4000) + #""]}}"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["event_pattern": "{source: aws.ecs}"]),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    ["event_pattern": .expression(#"{"detail":{"clusterArn":["${aws_ecs_cluster.main.arn}"]}"#)]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .string(
                            #"{"source":["aws.s3"],"detail":{"key":[""# + String(repeating: "k", count: 4100) + #""]}}"#
                        )
                    ]
                ),
            ],
            unknown: [
                .at("event_pattern")
            ]
        ),
        RuleFixture(
            .eventECSTargetNetwork,
            passing: [
                Doc.ecsTarget(network: "awsvpc", networkConfiguration: true, policy: Doc.runTaskPolicy),
                Doc.ecsTarget(network: "bridge", networkConfiguration: false, policy: Doc.runTaskPolicy),
            ],
            failing: [
                Doc.ecsTarget(network: "awsvpc", networkConfiguration: false, policy: Doc.runTaskPolicy)
            ],
            unknown: [
                .at("ecs_target.task_definition_arn", of: "aws_cloudwatch_event_target.nightly")
            ]
        ),
        RuleFixture(
            .eventECSTargetRole,
            passing: [
                Doc.ecsTarget(network: "bridge", networkConfiguration: false, policy: Doc.runTaskPolicy),
                Doc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    role: .expression("${var.events_role_arn}")
                ),
                Doc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"{"Statement":[{"Effect":"Allow","Action":["ecs:*","iam:PassRole"],"Resource":"*"}]}"#
                ),
                Doc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"${data.aws_iam_policy_document.events.json}"#
                ),
            ],
            failing: [
                Doc.ecsTarget(network: "bridge", networkConfiguration: false, role: nil),
                Doc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"{"Statement":[{"Effect":"Allow","Action":"ecs:RunTask","Resource":"*"}]}"#
                ),
                Doc.ecsTarget(network: "bridge", networkConfiguration: false),
            ],
            unknown: [
                .at("role_arn", of: "aws_cloudwatch_event_target.nightly")
            ]
        ),
    ]
}
