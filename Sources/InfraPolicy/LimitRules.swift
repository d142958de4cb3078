import InfraCore

/// AWS limits that `terraform validate` misses (STACKS.md §6). Never waivable: AWS would refuse the apply.
let limitRules: [Rule] = [
    Rule(
        .albNameLimits,
        family: .limits,
        severity: .error,
        title: "Load balancer names fit AWS's rules",
        rationale: "ELBv2 names are at most 32 characters of letters, digits and hyphens, without a leading or trailing hyphen and not starting with `internal-`; validate only checks literal names.",
        remediation: "shorten the name, e.g. drop the environment or use an abbreviation",
        resourceTypes: ["aws_lb"],
        check: { resource in ELBName.violations(resource["name"], kind: "load balancer", forbidInternalPrefix: true) }
    ),
    Rule(
        .targetGroupNameLimits,
        family: .limits,
        severity: .error,
        title: "Target group names fit AWS's rules",
        rationale: "Target group names are at most 32 characters of letters, digits and hyphens, without a leading or trailing hyphen; real stacks have failed on 33-character names.",
        remediation: "shorten the name (e.g. `rev-prod-api-tg`)",
        resourceTypes: ["aws_lb_target_group"],
        check: { resource in ELBName.violations(resource["name"], kind: "target group", forbidInternalPrefix: false) }
    ),
    Rule(
        .logRetentionValue,
        family: .limits,
        severity: .error,
        title: "Log retention is a value CloudWatch accepts",
        rationale: "CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days.",
        remediation: "round to the nearest accepted value, e.g. 30 or 365",
        resourceTypes: ["aws_cloudwatch_log_group"],
        check: { resource in
            guard let days = resource["retention_in_days"]?.intValue, days != 0 else { return [] }
            return LogRetention.allowed.contains(days)
                ? [] : [Violation("retention_in_days", "retention_in_days \(days) is not a value CloudWatch Logs accepts")]
        }
    ),
    Rule(
        .eventsScheduleSyntax,
        family: .limits,
        severity: .error,
        title: "EventBridge schedules are valid rate or cron expressions",
        rationale: "Only the length is validated before apply; `rate(1 hours)`, five-field cron or a cron without `?` fail at PutRule.",
        remediation: "write `rate(N unit)` with a singular unit only for 1, or `cron(min hour day-of-month month day-of-week year)` with `?` in one day field",
        resourceTypes: ["aws_cloudwatch_event_rule"],
        check: { resource in
            guard let expression = resource["schedule_expression"]?.literalString else { return [] }
            return ScheduleExpression.problem(expression).map { [Violation("schedule_expression", $0)] } ?? []
        }
    ),
]

/// CloudWatch Logs' accepted retention values.
enum LogRetention {
    static let allowed: Set<Int> = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]
}

/// The ELBv2 naming rules shared by load balancers and target groups.
enum ELBName {
    static func violations(_ value: JSONValue?, kind: String, forbidInternalPrefix: Bool) -> [Violation] {
        guard let name = value?.literalString else { return [] }
        var problems: [String] = []
        if name.count > 32 { problems.append("is \(name.count) characters long; the limit is 32") }
        if name.isEmpty || !name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) {
            problems.append("may contain only letters, digits and hyphens")
        }
        if name.hasPrefix("-") || name.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
        if forbidInternalPrefix && name.hasPrefix("internal-") { problems.append("must not start with `internal-`") }
        return problems.map { Violation("name", "\(kind) name `\(name)` \($0)") }
    }
}
