import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let eventECSTargetNetwork: RuleID = "EVB103"
    public static let eventECSTargetRole: RuleID = "EVB104"
    public static let eventNames: RuleID = "EVB101"
    public static let eventPatternJSON: RuleID = "EVB102"
    public static let eventsScheduleSyntax: RuleID = "EVB001"
}

/// EventBridge (CloudWatch Events) rules and targets.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum EventBridgeRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = []

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .eventsScheduleSyntax,
            family: .limits,
            severity: .error,
            title: "EventBridge schedules are valid rate or cron expressions",
            rationale:
                "Only the length is validated before apply; `rate(1 hours)`, five-field cron or a cron without `?` fail at PutRule, and EventBridge Scheduler refuses the same crons and a malformed `at(…)`.",
            remediation:
                "write `rate(N unit)` with a singular unit only for 1, or `cron(min hour day-of-month month day-of-week year)` with `?` in one day field",
            resourceTypes: ["aws_cloudwatch_event_rule", "aws_scheduler_schedule"],
            check: { resource in
                guard let expression = AttributeValue.string(resource["schedule_expression"]) else { return [] }
                let scheduler = resource.type == "aws_scheduler_schedule"
                return ScheduleExpression.problem(expression, scheduler: scheduler).map {
                    [Violation("schedule_expression", $0)]
                } ?? []
            }
        ),
        Rule(
            .eventNames,
            family: .limits,
            severity: .error,
            title: "EventBridge rule names and target ids fit EventBridge's rules",
            rationale:
                "Rule names and target ids are at most 64 characters of letters, digits and `.-_` (name_prefix at most 38); validate checks only literal values.",
            remediation: "shorten the name or target id and keep to letters, digits, `.`, `-` and `_`",
            resourceTypes: ["aws_cloudwatch_event_rule", "aws_cloudwatch_event_target"],
            check: { EventBridgeRules.eventNames($0) }
        ),
        Rule(
            .eventPatternJSON,
            family: .limits,
            severity: .error,
            title: "Event patterns are valid JSON of at most 4096 characters",
            rationale:
                "PutRule needs the event pattern to be JSON, at most 4096 characters; a pattern built with interpolations is not checked before apply.",
            remediation:
                "build the pattern with `jsonencode` (in Swift: a JSON value), and split very long patterns into several rules",
            resourceTypes: ["aws_cloudwatch_event_rule"],
            check: { EventBridgeRules.eventPattern($0) }
        ),
        Rule(
            .eventECSTargetNetwork,
            family: .limits,
            severity: .error,
            title: "ECS event targets of awsvpc tasks have a network configuration",
            rationale:
                "RunTask needs subnets (and security groups) for a task definition with awsvpc networking; an ECS target without network_configuration fails every time the rule fires.",
            remediation: "add `ecs_target { network_configuration { subnets = …, security_groups = … } }`",
            resourceTypes: ["aws_cloudwatch_event_target"],
            check: { EventBridgeRules.eventECSTargetNetwork($0) }
        ),
        Rule(
            .eventECSTargetRole,
            family: .limits,
            severity: .error,
            title: "ECS event targets have a role that may run the task",
            rationale:
                "EventBridge runs an ECS task with the target's role_arn, which needs ecs:RunTask and, when the task definition has roles, iam:PassRole; without them the task silently never starts. Checked when all of the role's policies are in the document.",
            remediation:
                "give the target a role whose policy allows `ecs:RunTask` on the task definition and `iam:PassRole` on its roles",
            resourceTypes: ["aws_cloudwatch_event_target"],
            check: { EventBridgeRules.eventECSTargetRole($0) }
        ),
    ]
}

extension EventBridgeRules {
    static func eventNames(_ resource: ResourceView) -> [Violation] {
        if resource.type == "aws_cloudwatch_event_target" {
            return NameLimit.eventTarget.violations(resource["target_id"], attribute: "target_id")
        }
        return NameLimit.eventRule.violations(resource["name"])
            + NameLimit.eventRule.prefixViolations(resource["name_prefix"])
    }

    static func eventPattern(_ rule: ResourceView) -> [Violation] {
        guard let pattern = rule["event_pattern"] else { return [] }
        switch pattern {
        case .string(let text):
            guard let parsed = try? JSONParser().parse(text, file: "<event_pattern>").value else {
                return [Violation("event_pattern", "event_pattern is not valid JSON")]
            }
            let length = JSONEncoding(style: .compact).encode(parsed).utf8.count
            guard length <= 4096 else {
                return [
                    Violation(
                        "event_pattern",
                        "event_pattern is \(length) characters long as compact JSON; the limit is 4096"
                    )
                ]
            }
            return []
        case .expression(let text):
            let skeleton = Interpolation.replacingEach(in: text, with: "0")
            guard (try? JSONParser().parse(skeleton, file: "<event_pattern>")) != nil else {
                return [
                    Violation(
                        "event_pattern",
                        "event_pattern is not valid JSON, whatever its interpolations turn out to be"
                    )
                ]
            }
            return []
        default:
            return []
        }
    }

    static func eventECSTargetNetwork(_ target: ResourceView) -> [Violation] {
        guard let ecs = target.block("ecs_target"),
            let task = target.document.target(
                of: ecs["task_definition_arn"],
                ofType: "aws_ecs_task_definition"
            ),
            AttributeValue.string(task["network_mode"]) == "awsvpc",
            ecs["network_configuration"]?.blocks.isEmpty ?? true
        else { return [] }
        return [
            Violation(
                "ecs_target.network_configuration",
                "`\(task.address)` uses awsvpc networking, but the ECS target has no network_configuration"
            )
        ]
    }

    static func eventECSTargetRole(_ target: ResourceView) -> [Violation] {
        guard let ecs = target.block("ecs_target") else { return [] }
        let document = target.document
        guard !AttributeValue.isAbsent(target["role_arn"]) else {
            return [Violation("role_arn", "the ECS target has no role_arn, which EventBridge needs to run the task")]
        }
        guard let role = document.target(of: target["role_arn"], ofType: "aws_iam_role"),
            let statements = rolePolicyStatements(role)
        else { return [] }
        var violations: [Violation] = []
        if !statements.contains(where: { $0.allows("ecs:RunTask") }) {
            violations.append(
                Violation(
                    "role_arn",
                    "`\(role.address)` is not allowed ecs:RunTask, so EventBridge cannot start the task"
                )
            )
        }
        let task = document.target(of: ecs["task_definition_arn"], ofType: "aws_ecs_task_definition")
        let passesRoles =
            task.map {
                !AttributeValue.isAbsent($0["task_role_arn"]) || !AttributeValue.isAbsent($0["execution_role_arn"])
            } ?? true
        if passesRoles, !statements.contains(where: { $0.allows("iam:PassRole") }) {
            violations.append(
                Violation(
                    "role_arn",
                    "`\(role.address)` is not allowed iam:PassRole, so EventBridge cannot hand the task its roles"
                )
            )
        }
        return violations
    }

    /// Every statement of the policies a role has, when all of them are in the document and readable; `nil` otherwise
    /// (an AWS-managed policy, a policy document from a data source).
    static func rolePolicyStatements(_ role: ResourceView) -> [PolicyStatements]? {
        let document = role.document
        if let managed = role["managed_policy_arns"], managed.arrayValue?.isEmpty != true { return nil }
        var policies: [JSONValue?] = (role["inline_policy"]?.blocks ?? []).map { $0["policy"] }
        var inline = document.referrers(to: role.address, ofType: "aws_iam_role_policy", through: "role")
        if let name = AttributeValue.string(role["name"]) {
            inline += document.resources(
                ofType: "aws_iam_role_policy",
                withText: TemplateEscaping.escape(name),
                in: "role"
            ).filter {
                AttributeValue.string($0["role"]) == name
            }
        }
        policies += inline.map { $0["policy"] }
        for attachment in document.referrers(
            to: role.address,
            ofType: "aws_iam_role_policy_attachment",
            through: "role"
        ) {
            guard let policy = document.target(of: attachment["policy_arn"], ofType: "aws_iam_policy")
            else { return nil }
            policies.append(policy["policy"])
        }
        if let name = AttributeValue.string(role["name"]),
            document.resources(
                ofType: "aws_iam_role_policy_attachment",
                withText: TemplateEscaping.escape(name),
                in: "role"
            ).contains(where: {
                AttributeValue.string($0["role"]) == name
            })
        {
            return nil
        }
        if !document.referrers(to: role.address, ofType: "aws_iam_policy_attachment").isEmpty { return nil }
        var statements: [PolicyStatements] = []
        for policy in policies {
            guard EmbeddedJSON.parse(policy) != nil else { return nil }
            statements += PolicyStatements.parse(policy)
        }
        return statements
    }
}

extension NameLimit {
    static let eventRule = NameLimit(
        kind: "EventBridge rule name",
        maximum: 64,
        charset: "letters, digits and `.-_`",
        allows: NameCharacters.alphanumeric(or: ".-_")
    )
    static let eventTarget = NameLimit(
        kind: "EventBridge target id",
        maximum: 64,
        charset: "letters, digits and `.-_`",
        allows: NameCharacters.alphanumeric(or: ".-_")
    )
}

/// EventBridge schedule expressions.
enum ScheduleExpression {
    /// What is wrong with a schedule expression, or `nil`. An EventBridge Scheduler schedule (`scheduler`) also takes
    /// a one-time `at(yyyy-mm-ddThh:mm:ss)`, and either form of a rate's unit.
    static func problem(_ expression: String, scheduler: Bool = false) -> String? {
        if scheduler, expression.hasPrefix("at("), expression.hasSuffix(")") {
            return isDateTime(expression.dropFirst(3).dropLast())
                ? nil : "`\(expression)` is not `at(yyyy-mm-ddThh:mm:ss)`"
        }
        if expression.hasPrefix("rate("), expression.hasSuffix(")") {
            let parts = expression.dropFirst(5).dropLast().split(separator: " ")
            guard parts.count == 2, let value = Int(parts[0]), value > 0 else {
                return "`\(expression)` is not `rate(N unit)` with a positive whole N"
            }
            let unit = String(parts[1])
            let singular = ["minute", "hour", "day"]
            let plural = singular.map { $0 + "s" }
            if scheduler {
                return (singular + plural).contains(unit)
                    ? nil : "`\(expression)`: the unit is one of minutes, hours, days (or minute, hour, day)"
            }
            if value == 1 && !singular.contains(unit) {
                return "`\(expression)`: a rate of 1 takes a singular unit (minute, hour, day)"
            }
            if value != 1 && !plural.contains(unit) {
                return "`\(expression)`: a rate above 1 takes a plural unit (minutes, hours, days)"
            }
            return nil
        }
        if expression.hasPrefix("cron("), expression.hasSuffix(")") {
            let fields = expression.dropFirst(5).dropLast().split(separator: " ")
            guard fields.count == 6 else {
                return
                    "`\(expression)` has \(fields.count) fields; EventBridge cron needs 6 (minute hour day-of-month month day-of-week year)"
            }
            let dayOfMonth = fields[2]
            let dayOfWeek = fields[4]
            if (dayOfMonth == "?") == (dayOfWeek == "?") {
                return "`\(expression)`: exactly one of day-of-month and day-of-week must be `?`"
            }
            return nil
        }
        let kinds = scheduler ? "an at(…), a rate(…) nor a cron(…)" : "a rate(…) nor a cron(…)"
        return "`\(expression)` is neither \(kinds) expression"
    }

    /// Whether the text is `yyyy-mm-ddThh:mm:ss`, digits where the pattern has letters.
    static func isDateTime(_ text: Substring) -> Bool {
        let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count == pattern.count else { return false }
        return zip(bytes, pattern).allSatisfy { byte, expected in
            expected == UInt8(ascii: "d") ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) : byte == expected
        }
    }
}
