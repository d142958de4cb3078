import InfraCore
import InfraPolicy

extension RuleFixtures {
    static let limits: [RuleFixture] = [
        RuleFixture(
            .albNameLimits,
            passing: [Doc.one("aws_lb", ["name": "aggregator"]), Doc.one("aws_lb", ["name": .expression("${var.name}")])],
            failing: [
                Doc.one("aws_lb", ["name": "revendiste-production-frontend-alb"]),
                Doc.one("aws_lb", ["name": "internal-api"]),
                Doc.one("aws_lb", ["name": "api_lb"]),
                Doc.one("aws_lb", ["name": "-api"]),
            ]
        ),
        RuleFixture(
            .targetGroupNameLimits,
            passing: [Doc.one("aws_lb_target_group", ["name": "rev-prod-frontend-tg"])],
            failing: [Doc.one("aws_lb_target_group", ["name": "revendiste-production-frontend-tg"])]
        ),
        RuleFixture(
            .logRetentionValue,
            passing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 365])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 45])]
        ),
        RuleFixture(
            .eventsScheduleSyntax,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(4 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hour)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 */2 ? *)"]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(5 minute)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 * * *)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 * 1 *)"]),
            ]
        ),
    ]
}
