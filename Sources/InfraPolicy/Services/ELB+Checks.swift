import InfraCore

// The checks behind the rules of ELBRules (ELB.swift).
extension ELBRules {
    /// Whether a load balancer is an Application Load Balancer: `load_balancer_type` is `application` or not set (the
    /// default). A type known only at plan is not taken to be one.
    static func isApplication(_ loadBalancer: ResourceView) -> Bool {
        [.absent, .known("application")].contains(AttributeValue.text(loadBalancer["load_balancer_type"]))
    }

    /// A listener's protocol as ELB reads it: the provider takes any case and sends it in capitals, and a listener of
    /// an Application Load Balancer that names none is HTTP. `nil` when unknown until plan.
    static func listenerProtocol(_ listener: ResourceView) -> String? {
        switch AttributeValue.text(listener["protocol"]) {
        case .known(let name): return name.uppercased()
        case .absent:
            let loadBalancer = listener.document.target(of: listener["load_balancer_arn"], ofType: "aws_lb")
            return loadBalancer.map(isApplication) == true ? "HTTP" : nil
        case .unknown, .malformed: return nil
        }
    }

    /// Whether a load balancer can write access logs that record anything: an Application Load Balancer, or a Network
    /// Load Balancer with a TLS listener (its logs record TLS requests only). A Gateway Load Balancer has none.
    static func writesAccessLogs(_ loadBalancer: ResourceView) -> Bool {
        switch AttributeValue.text(loadBalancer["load_balancer_type"]) {
        case .absent, .known("application"), .unknown, .malformed: return true
        case .known("network"):
            let listeners = loadBalancer.document.referrers(
                to: loadBalancer.address,
                ofType: "aws_lb_listener",
                through: "load_balancer_arn"
            )
            // Listeners outside the document (or none yet) are not known not to be TLS.
            return listeners.isEmpty || listeners.contains { listenerProtocol($0).map { $0 == "TLS" } ?? true }
        case .known: return false
        }
    }

    /// The ALB condition types of Terraform's `condition` block, with AWS's names; `true` where a rule may have only one.
    static let ruleConditionTypes: [(key: String, name: String, single: Bool, wildcards: Bool)] = [
        ("host_header", "host-header", true, true),
        ("http_header", "http-header", false, true),
        ("http_request_method", "http-request-method", true, false),
        ("path_pattern", "path-pattern", true, true),
        ("source_ip", "source-ip", true, false),
    ]

    /// A rule's priority range; uniqueness is checked once per listener (grouping its rules by priority, linear in
    /// their number), or, for rules of a listener outside the document, by the text of `listener_arn`.
    static func listenerRulePriority(_ resource: ResourceView) -> [Violation] {
        if resource.type == "aws_lb_listener" { return listenerPriorityClashes(resource) }
        guard let priority = AttributeValue.int(resource["priority"]) else { return [] }
        guard (1...50000).contains(priority) else {
            return [Violation("priority", "listener rule priority \(priority) is outside 1–50000")]
        }
        let document = resource.document
        guard document.target(of: resource["listener_arn"], ofType: "aws_lb_listener") == nil,
            let text = resource["listener_arn"]?.templateText
        else { return [] }
        let clashes = document.resources(ofType: "aws_lb_listener_rule", withText: text, in: "listener_arn")
            .filter {
                $0.address != resource.address && $0["listener_arn"]?.templateText == text
                    && AttributeValue.int($0["priority"]) == priority
            }
            .map { "`\($0.address)`" }
        guard !clashes.isEmpty else { return [] }
        return [
            Violation(
                "priority",
                "listener rule priority \(priority) is also used by \(Wording.list(clashes)) on the same listener"
            )
        ]
    }

    /// Rules of one listener that share a priority.
    private static func listenerPriorityClashes(_ listener: ResourceView) -> [Violation] {
        let document = listener.document
        var seen: Set<ResourceAddress> = []
        var byPriority: [Int: [ResourceAddress]] = [:]
        for edge in document.incoming[listener.address] ?? []
        where ResourceTypeAliases.canonical(edge.from.type) == "aws_lb_listener_rule"
            && edge.attribute == "listener_arn"
            && seen.insert(edge.from).inserted
        {
            if let priority = AttributeValue.int(document.attributes(of: edge.from)?["priority"]) {
                byPriority[priority, default: []].append(edge.from)
            }
        }
        return byPriority.keys.sorted().compactMap { priority in
            guard let rules = byPriority[priority], rules.count > 1 else { return nil }
            return Violation(
                nil,
                "listener rules \(Wording.list(rules.sorted().map { "`\($0)`" })) share priority \(priority); priorities must be unique per listener"
            )
        }
    }

    static func listenerRuleConditions(_ rule: ResourceView) -> [Violation] {
        var violations: [Violation] = []
        var typeCounts: [String: Int] = [:]
        var evaluations = 0
        var wildcards = 0
        for (index, condition) in (rule["condition"]?.blocks ?? []).enumerated() {
            for type in ruleConditionTypes {
                for block in condition[type.key]?.blocks ?? [] {
                    typeCounts[type.key, default: 0] += 1
                    let values = (block["values"]?.arrayValue ?? []) + (block["regex_values"]?.arrayValue ?? [])
                    if values.count > 3 {
                        violations.append(
                            Violation(
                                "condition[\(index)].\(type.key).values",
                                "the \(type.name) condition has \(values.count) values; the limit is 3 per condition"
                            )
                        )
                    }
                    evaluations += values.count
                    if type.wildcards {
                        wildcards += (block["values"]?.arrayValue ?? []).compactMap(\.literalString).map(wildcardCount)
                            .reduce(0, +)
                    }
                }
            }
            let queries = condition["query_string"]?.blocks ?? []
            if queries.count > 3 {
                violations.append(
                    Violation(
                        "condition[\(index)].query_string",
                        "the query-string condition has \(queries.count) key/value pairs; the limit is 3 per condition"
                    )
                )
            }
            evaluations += queries.count
            for query in queries {
                wildcards += [query["key"], query["value"]].compactMap { AttributeValue.string($0) }.map(
                    wildcardCount
                ).reduce(
                    0,
                    +
                )
            }
        }
        for type in ruleConditionTypes where type.single {
            if let count = typeCounts[type.key], count > 1 {
                violations.append(
                    Violation("condition", "the rule has \(count) \(type.name) conditions; AWS allows one per rule")
                )
            }
        }
        if evaluations > 5 {
            violations.append(
                Violation(
                    "condition",
                    "the rule's conditions have \(evaluations) values in all; the limit is 5 match evaluations per rule"
                )
            )
        }
        if wildcards > 5 {
            violations.append(
                Violation(
                    "condition",
                    "the rule's condition values contain \(wildcards) wildcards (`*` or `?`); the limit is 5 per rule"
                )
            )
        }
        return violations
    }

    private static func wildcardCount(_ text: String) -> Int {
        text.unicodeScalars.filter { $0 == "*" || $0 == "?" }.count
    }

    /// Forward actions (`action` of a rule, `default_action` of a listener) with more than five target groups.
    static func forwardTargetGroupCount(_ resource: ResourceView) -> [Violation] {
        let key = resource.type == "aws_lb_listener" ? "default_action" : "action"
        var violations: [Violation] = []
        for (index, action) in (resource[key]?.blocks ?? []).enumerated() {
            let groups = action["forward"]?.blocks.flatMap { $0["target_group"]?.blocks ?? [] } ?? []
            if groups.count > 5 {
                violations.append(
                    Violation(
                        "\(key)[\(index)].forward.target_group",
                        "the forward action lists \(groups.count) target groups; the limit is 5"
                    )
                )
            }
        }
        return violations
    }

    /// A target group's type against the network mode of the ECS tasks registered in it.
    static func targetGroupTargetType(_ group: ResourceView) -> [Violation] {
        guard
            let targetType = group["target_type"] == nil ? "instance" : AttributeValue.string(group["target_type"])
        else {
            return []
        }
        let document = group.document
        var violations: [Violation] = []
        for service in document.referrers(to: group.address, ofType: "aws_ecs_service", through: "load_balancer") {
            let attached = (service["load_balancer"]?.blocks ?? []).contains {
                document.target(of: $0["target_group_arn"])?.address == group.address
            }
            guard attached,
                let task = document.target(of: service["task_definition"], ofType: "aws_ecs_task_definition"),
                let mode = AttributeValue.string(task["network_mode"])
            else { continue }
            let required = mode == "awsvpc" ? "ip" : (mode == "bridge" || mode == "host") ? "instance" : nil
            guard let required, required != targetType else { continue }
            violations.append(
                Violation(
                    "target_type",
                    "target_type is `\(targetType)`, but `\(service.address)` registers `\(mode)` tasks of `\(task.address)`, which need `\(required)`"
                )
            )
        }
        return violations
    }

    /// The load balancers whose listeners or listener rules forward to a target group.
    static func targetGroupLoadBalancers(_ group: ResourceView) -> [Violation] {
        let document = group.document
        var balancers: [String] = []
        func add(listener: ResourceView?) {
            guard let listener, let balancer = document.target(of: listener["load_balancer_arn"]) else { return }
            let name = "`\(balancer.address)`"
            if !balancers.contains(name) { balancers.append(name) }
        }
        for listener in document.referrers(to: group.address, ofType: "aws_lb_listener", through: "default_action") {
            add(listener: listener)
        }
        for rule in document.referrers(to: group.address, ofType: "aws_lb_listener_rule", through: "action") {
            add(listener: document.target(of: rule["listener_arn"]))
        }
        guard balancers.count > 1 else { return [] }
        return [
            Violation(
                nil,
                "the target group receives traffic from \(balancers.count) load balancers (\(Wording.list(balancers))); a target group can belong to only one"
            )
        ]
    }

    /// The rules of all listeners of an Application Load Balancer.
    static func loadBalancerRuleCount(_ balancer: ResourceView) -> [Violation] {
        guard (AttributeValue.string(balancer["load_balancer_type"]) ?? "application") == "application" else {
            return []
        }
        let document = balancer.document
        let rules = document.referrers(
            to: balancer.address,
            ofType: "aws_lb_listener",
            through: "load_balancer_arn"
        )
        .map { document.referrers(to: $0.address, ofType: "aws_lb_listener_rule", through: "listener_arn").count }
        .reduce(0, +)
        guard rules > 100 else { return [] }
        return [
            Violation(
                nil,
                "the load balancer's listeners have \(rules) rules; the default quota is 100 rules per Application Load Balancer"
            )
        ]
    }

    /// HTTPS and TLS listeners need a certificate; a certificate (also an `aws_lb_listener_certificate`'s) must be from
    /// the load balancer's region.
    static func listenerCertificate(_ resource: ResourceView) -> [Violation] {
        if resource.type == "aws_lb_listener" {
            guard let proto = AttributeValue.string(resource["protocol"]), proto == "HTTPS" || proto == "TLS" else {
                return []
            }
            if AttributeValue.isAbsent(resource["certificate_arn"]) {
                return [Violation("certificate_arn", "the \(proto) listener has no certificate_arn")]
            }
        }
        guard let region = Providers.region(of: resource) else { return [] }
        let certificate = resource["certificate_arn"]
        let certificateRegion: String?
        let shown: String
        if let arn = AttributeValue.string(certificate) {
            certificateRegion = Providers.region(ofARN: arn)
            shown = "certificate `\(arn)`"
        } else if let issuer = resource.document.target(of: certificate) {
            certificateRegion = Providers.region(of: issuer)
            shown = "`\(issuer.address)`"
        } else {
            return []
        }
        guard let certificateRegion, certificateRegion != region else { return [] }
        return [
            Violation(
                "certificate_arn",
                "\(shown) is in \(certificateRegion), but the load balancer is in \(region) (\(Providers.description(of: resource))); ACM certificates are regional"
            )
        ]
    }

    static func listenerSSLPolicy(_ listener: ResourceView) -> [Violation] {
        guard let policy = AttributeValue.string(listener["ssl_policy"]),
            !ELBSecurityPolicies.names.contains(policy)
        else {
            return []
        }
        return [Violation("ssl_policy", "ssl_policy `\(policy)` is not one of the predefined ELB security policies")]
    }
}

/// The ELBv2 naming rules shared by load balancers and target groups: the common length and character limit, plus
/// ELBv2's own rules about hyphens and the `internal-` prefix.
enum ELBName {
    /// Made once: building the set of extra characters for every name cost more than checking the name.
    private static let allowedCharacters = NameCharacters.alphanumeric(or: "-")

    static func violations(_ value: JSONValue?, kind: String, forbidInternalPrefix: Bool) -> [Violation] {
        guard let name = AttributeValue.string(value) else { return [] }
        let limit = NameLimit(
            kind: "\(kind) name",
            maximum: 32,
            charset: "letters, digits and hyphens",
            allows: Self.allowedCharacters
        )
        var found = limit.violations(value)
        if name.hasPrefix("-") || name.hasSuffix("-") {
            found.append(Violation("name", "\(kind) name `\(name)` must not begin or end with a hyphen"))
        }
        if forbidInternalPrefix && name.hasPrefix("internal-") {
            found.append(Violation("name", "\(kind) name `\(name)` must not start with `internal-`"))
        }
        return found
    }
}

/// The predefined Elastic Load Balancing security policies (ALB and NLB tables of the ELB user guides, including the
/// FIPS and post-quantum policies). ELB has no custom policies for ALB or NLB.
enum ELBSecurityPolicies {
    static let names: Set<String> = [
        "ELBSecurityPolicy-2015-05",
        "ELBSecurityPolicy-2016-08",
        "ELBSecurityPolicy-FS-2018-06",
        "ELBSecurityPolicy-FS-1-1-2019-08",
        "ELBSecurityPolicy-FS-1-2-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2020-10",
        "ELBSecurityPolicy-TLS-1-0-2015-04",
        "ELBSecurityPolicy-TLS-1-1-2017-01",
        "ELBSecurityPolicy-TLS-1-2-2017-01",
        "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
        "ELBSecurityPolicy-TLS13-1-0-2021-06",
        "ELBSecurityPolicy-TLS13-1-1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
        "ELBSecurityPolicy-TLS13-1-3-2021-06",
        "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07",
        "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
    ]
}
