import InfraCore
import InfraPolicy
import Testing

/// One resource that passes a rule and one that fails it, with the finding the failing one must produce.
///
/// Every rule in `RuleCatalog.all` needs exactly one fixture: `RuleCatalogTests.everyRuleHasACase` fails when a
/// rule is added without one.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var rule: RuleID
    var type: String
    var passing: [String: JSONValue]
    var failing: [String: JSONValue]
    /// The attribute and message of the failing fixture's finding.
    var attribute: String?
    var message: String

    var testDescription: String { rule.rawValue }

    static let all: [RuleCase] = [
        RuleCase(
            rule: .ec2IMDSv2,
            type: "aws_launch_template",
            passing: ["metadata_options": [["http_tokens": "required", "http_endpoint": "enabled"]]],
            failing: ["metadata_options": [["http_tokens": "optional"]]],
            attribute: "metadata_options.http_tokens",
            message: #"IMDSv2 is not required (http_tokens is not "required")"#
        ),
        RuleCase(
            rule: .ecsPlaintextSecret,
            type: "aws_ecs_task_definition",
            passing: [
                "container_definitions": .expression(
                    #"[{"environment":[{"name":"LOG_LEVEL","value":"info"}],"name":"web","#
                        + #""secrets":[{"name":"DB_PASSWORD","valueFrom":"${aws_secretsmanager_secret.db.arn}"}]}]"#
                )
            ],
            failing: [
                "container_definitions": .expression(
                    #"[{"environment":[{"name":"LOG_LEVEL","value":"info"},{"name":"DB_PASSWORD","value":"hunter2"}],"name":"web"}]"#
                )
            ],
            attribute: "container_definitions[0].environment.DB_PASSWORD",
            message:
                "container `web` passes DB_PASSWORD as a plaintext environment variable (its name contains PASSWORD)"
        ),
        RuleCase(
            rule: .albNameLimits,
            type: "aws_lb",
            passing: ["name": "rev-prod-api", "internal": true],
            failing: ["name": "revendiste-production-api-balancer", "internal": true],
            attribute: "name",
            message: "load balancer name `revendiste-production-api-balancer` is 34 characters long; the limit is 32"
        ),
        RuleCase(
            rule: .targetGroupNameLimits,
            type: "aws_lb_target_group",
            passing: ["name": "rev-prod-api-tg"],
            failing: ["name": "rev-prod-api-tg-"],
            attribute: "name",
            message: "target group name `rev-prod-api-tg-` must not begin or end with a hyphen"
        ),
        RuleCase(
            rule: .listenerTLSPolicy,
            type: "aws_lb_listener",
            passing: ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"],
            failing: ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"],
            attribute: "ssl_policy",
            message: "ssl_policy `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"
        ),
        RuleCase(
            rule: .albWAF,
            type: "aws_lb",
            passing: ["name": "private-api", "internal": true],
            failing: ["name": "public-api", "internal": false],
            attribute: nil,
            message: "internet-facing load balancer has no WAF web ACL association"
        ),
        RuleCase(
            rule: .eventsScheduleSyntax,
            type: "aws_cloudwatch_event_rule",
            passing: ["schedule_expression": "cron(0 12 1 */2 ? *)"],
            failing: ["schedule_expression": "rate(1 hours)"],
            attribute: "schedule_expression",
            message: "`rate(1 hours)`: a rate of 1 takes a singular unit (minute, hour, day)"
        ),
        RuleCase(
            rule: .iamPassRoleWildcard,
            type: "aws_iam_role_policy",
            passing: [
                "policy": .expression(
                    #"{"Statement":[{"Action":"iam:PassRole","Effect":"Allow","Resource":"${aws_iam_role.task.arn}","Sid":"Pass"}],"#
                        + #""Version":"2012-10-17"}"#
                )
            ],
            failing: [
                "policy": .expression(
                    #"{"Statement":[{"Action":["ecs:RunTask","iam:PassRole"],"Effect":"Allow","Resource":"*","Sid":"Run"}],"#
                        + #""Version":"2012-10-17"}"#
                )
            ],
            attribute: "policy",
            message: "statement `Run` allows iam:PassRole on `*`"
        ),
        RuleCase(
            rule: .logRetentionSet,
            type: "aws_cloudwatch_log_group",
            passing: ["name": "/ecs/app", "retention_in_days": 30],
            failing: ["name": "/ecs/app"],
            attribute: "retention_in_days",
            message: "retention_in_days is not set, so logs never expire"
        ),
        RuleCase(
            rule: .logRetentionValue,
            type: "aws_cloudwatch_log_group",
            passing: ["name": "/ecs/app", "retention_in_days": 365],
            failing: ["name": "/ecs/app", "retention_in_days": 45],
            attribute: "retention_in_days",
            message: "retention_in_days 45 is not a value CloudWatch Logs accepts"
        ),
        RuleCase(
            rule: .rdsPublic,
            type: "aws_db_instance",
            passing: ["publicly_accessible": false, "storage_encrypted": true, "multi_az": true],
            failing: ["publicly_accessible": true, "storage_encrypted": true, "multi_az": true],
            attribute: "publicly_accessible",
            message: "publicly_accessible is true"
        ),
        RuleCase(
            rule: .rdsStorageEncrypted,
            type: "aws_db_instance",
            passing: ["storage_encrypted": true],
            failing: ["storage_encrypted": false],
            attribute: "storage_encrypted",
            message: "storage_encrypted is not true"
        ),
        RuleCase(
            rule: .rdsMultiAZInProduction,
            type: "aws_db_instance",
            passing: ["multi_az": true],
            failing: ["multi_az": false],
            attribute: "multi_az",
            message: "multi_az is not enabled in production"
        ),
    ]

    /// Fixtures of rules a waiver may cover.
    static var waivable: [RuleCase] { all.filter { RuleCatalog.rule($0.rule)?.isWaivable == true } }

    /// Fixtures of rules no waiver may cover.
    static var notWaivable: [RuleCase] { all.filter { RuleCatalog.rule($0.rule)?.isWaivable == false } }

    /// Fixtures of rules that only run in production.
    static var productionOnly: [RuleCase] { all.filter { RuleCatalog.rule($0.rule)?.scope == .production } }

    /// Fixtures of rules that run everywhere.
    static var everywhere: [RuleCase] { all.filter { RuleCatalog.rule($0.rule)?.scope == .allEnvironments } }
}

/// Builds the tiny rendered stacks the policy tests evaluate.
enum PolicyFixture {
    static let today = CalendarDate(year: 2026, month: 3, day: 15)
    static let resourceLocation = SourceLocation(file: "stacks/demo/Demo.swift", line: 10)
    static let waiverLocation = SourceLocation(file: "stacks/demo/Demo.swift", line: 12)

    /// The address every fixture resource gets.
    static func address(_ type: String) -> ResourceAddress { ResourceAddress(type: type, name: "main") }

    /// A stack with one resource under `resource.<type>.main`, optionally carrying waivers.
    static func stack(
        _ type: String,
        _ attributes: [String: JSONValue],
        environment: String = "prod",
        waivers: [Waiver] = [],
        overriddenPaths: [String] = []
    ) -> RenderedStack {
        let address = address(type)
        let document: JSONValue = ["resource": [type: ["main": .object(attributes)]]]
        return RenderedStack(
            stack: "demo",
            environment: environment,
            document: document,
            files: [],
            locations: [address: resourceLocation],
            waivers: waivers.isEmpty ? [:] : [address: waivers],
            overriddenPaths: overriddenPaths.isEmpty ? [:] : [address: overriddenPaths]
        )
    }

    /// A waiver of `rule` bound to the fixture resource of `type`.
    static func waiver(_ rule: RuleID, on type: String, expires: String, reason: String = "accepted for the test")
        -> Waiver
    {
        Waiver(rule: rule, address: address(type), reason: reason, expires: expires, location: waiverLocation)
    }

    static func evaluate(_ rendered: RenderedStack, today: CalendarDate = PolicyFixture.today) -> [Diagnostic] {
        PolicyEngine().evaluate(rendered, context: PolicyContext(environment: rendered.environment, today: today))
    }
}

/// `Testing` has a `SourceLocation` too; in these tests the name means infragen's.
typealias SourceLocation = InfraCore.SourceLocation
