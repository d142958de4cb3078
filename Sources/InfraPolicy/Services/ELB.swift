import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let albAccessLogs: RuleID = "ELB008"
    public static let albDeletionProtection: RuleID = "ELB007"
    public static let albDropInvalidHeaders: RuleID = "ELB006"
    public static let albNameLimits: RuleID = "ELB001"
    public static let albWAF: RuleID = "ELB004"
    public static let forwardTargetGroupCount: RuleID = "ELB103"
    public static let httpRedirectsToHTTPS: RuleID = "ELB005"
    public static let listenerCertificate: RuleID = "ELB106"
    public static let listenerRuleConditions: RuleID = "ELB102"
    public static let listenerRulePriority: RuleID = "ELB101"
    public static let listenerSSLPolicyExists: RuleID = "ELB107"
    public static let listenerTLSPolicy: RuleID = "ELB003"
    public static let loadBalancerRuleCount: RuleID = "ELB108"
    public static let targetGroupNameLimits: RuleID = "ELB002"
    public static let targetGroupSingleLoadBalancer: RuleID = "ELB105"
    public static let targetGroupTargetType: RuleID = "ELB104"
}

/// Elastic Load Balancing v2: load balancers, listeners, listener rules, target groups.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum ELBRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .listenerTLSPolicy,
            family: .security,
            severity: .error,
            title: "HTTPS and TLS listeners use a TLS 1.2+ policy",
            rationale: "Policies such as ELBSecurityPolicy-2016-08 still accept TLS 1.0 and 1.1 and weak ciphers.",
            remediation: "use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or another TLS13/FS-1-2 policy)",
            checkov: ["CKV_AWS_103", "CKV2_AWS_74"],
            trivy: ["AVD-AWS-0047"],
            resourceTypes: ["aws_lb_listener"],
            check: { resource in
                // A Network Load Balancer's TLS listener negotiates with the same security policies.
                guard let proto = ELBRules.listenerProtocol(resource), proto == "HTTPS" || proto == "TLS" else {
                    return []
                }
                let policy: String
                let reading = AttributeValue.text(resource["ssl_policy"])
                switch reading {
                case .known(let name): policy = name
                // What the API gives a listener created without one (the console picks a newer policy).
                case .absent: policy = "ELBSecurityPolicy-2016-08"
                case .unknown, .malformed: return []
                }
                let modern = policy.contains("TLS13") || policy.contains("FS-1-2") || policy.contains("TLS-1-2")
                guard !modern else { return [] }
                let subject =
                    reading == .absent ? "ssl_policy is not set, and the default `\(policy)`" : "ssl_policy `\(policy)`"
                return [Violation("ssl_policy", "\(subject) accepts TLS versions below 1.2")]
            }
        ),
        Rule(
            .albWAF,
            family: .security,
            severity: .warning,
            title: "Public production load balancers sit behind a WAF",
            rationale:
                "A web ACL blocks common exploits and floods before they reach the application. Applies to production environments only.",
            remediation:
                "associate an `aws_wafv2_web_acl` (scope REGIONAL) with the load balancer, or waive with the reason",
            scope: .production,
            checkov: ["CKV2_AWS_28"],
            resourceTypes: ["aws_lb"],
            check: { resource in
                // WAF attaches to Application Load Balancers only: a network or gateway one cannot have a web ACL.
                guard ELBRules.isApplication(resource), !AttributeValue.boolean(resource["internal"]).mayBe(true)
                else { return [] }
                // An association resource that refers to this load balancer (`resource_arn`) is the WAF.
                let associated = ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"].contains {
                    !resource.companions(ofType: $0).isEmpty
                }
                return associated
                    ? [] : [Violation(nil, "internet-facing load balancer has no WAF web ACL association")]
            }
        ),
        Rule(
            .httpRedirectsToHTTPS,
            family: .security,
            severity: .error,
            title: "HTTP listeners only redirect to HTTPS",
            rationale: "A plain-HTTP listener that forwards serves credentials and cookies in clear text.",
            remediation: "make the port-80 listener's default action a `redirect` to HTTPS 443 (HTTP_301)",
            checkov: ["CKV2_AWS_20", "CKV_AWS_2"],
            trivy: ["AVD-AWS-0054"],
            resourceTypes: ["aws_lb_listener"],
            check: { resource in
                guard ELBRules.listenerProtocol(resource) == "HTTP" else { return [] }
                let actions = resource["default_action"]
                let redirects =
                    AttributeValue.isUnknown(actions)
                    || (actions?.blocks ?? []).contains {
                        AttributeValue.text($0["type"]).mayBe("redirect")
                            && AttributeValue.text(AttributeValue.member("protocol", of: $0["redirect"])).mayBe("HTTPS")
                    }
                return redirects ? [] : [Violation("default_action", "HTTP listener does not redirect to HTTPS")]
            }
        ),
        Rule(
            .albDropInvalidHeaders,
            family: .security,
            severity: .warning,
            title: "Load balancers drop invalid HTTP headers",
            rationale:
                "Passing malformed headers through enables request-smuggling and header-injection attacks on the targets.",
            remediation: "set `drop_invalid_header_fields = true`",
            checkov: ["CKV_AWS_131"],
            trivy: ["AVD-AWS-0052"],
            resourceTypes: ["aws_lb"],
            check: { resource in
                guard ELBRules.isApplication(resource) else { return [] }
                return AttributeValue.boolean(resource["drop_invalid_header_fields"]).mayBe(true)
                    ? [] : [Violation("drop_invalid_header_fields", "drop_invalid_header_fields is not true")]
            }
        ),
        Rule(
            .albDeletionProtection,
            family: .security,
            severity: .warning,
            title: "Production load balancers are deletion protected",
            rationale:
                "Deleting a production load balancer drops every connection and loses its DNS name. Applies to production environments only.",
            remediation: "set `enable_deletion_protection = true`",
            scope: .production,
            checkov: ["CKV_AWS_150"],
            resourceTypes: ["aws_lb"],
            check: { resource in
                AttributeValue.boolean(resource["enable_deletion_protection"]).mayBe(true)
                    ? [] : [Violation("enable_deletion_protection", "deletion protection is off")]
            }
        ),
        Rule(
            .albAccessLogs,
            family: .security,
            severity: .note,
            title: "Load balancers write access logs",
            rationale: "Access logs are the record of who requested what, needed to investigate abuse.",
            remediation: "enable `access_logs` to an S3 bucket whose policy admits the regional ELB log delivery",
            checkov: ["CKV_AWS_91"],
            resourceTypes: ["aws_lb"],
            check: { resource in
                guard ELBRules.writesAccessLogs(resource),
                    !AttributeValue.boolean(AttributeValue.member("enabled", of: resource["access_logs"])).mayBe(true)
                else { return [] }
                return [Violation("access_logs", "access logs are not enabled")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .albNameLimits,
            family: .limits,
            severity: .error,
            title: "Load balancer names fit AWS's rules",
            rationale:
                "ELBv2 names are at most 32 characters of letters, digits and hyphens, without a leading or trailing hyphen and not starting with `internal-`; validate only checks literal names.",
            remediation: "shorten the name, e.g. drop the environment or use an abbreviation",
            resourceTypes: ["aws_lb"],
            check: { resource in ELBName.violations(resource["name"], kind: "load balancer", forbidInternalPrefix: true)
            }
        ),
        Rule(
            .targetGroupNameLimits,
            family: .limits,
            severity: .error,
            title: "Target group names fit AWS's rules",
            rationale:
                "Target group names are at most 32 characters of letters, digits and hyphens, without a leading or trailing hyphen; real stacks have failed on 33-character names.",
            remediation: "shorten the name (e.g. `rev-prod-api-tg`)",
            resourceTypes: ["aws_lb_target_group"],
            check: { resource in ELBName.violations(resource["name"], kind: "target group", forbidInternalPrefix: false)
            }
        ),
        Rule(
            .listenerRulePriority,
            family: .limits,
            severity: .error,
            title: "Listener rule priorities are 1–50000 and unique per listener",
            rationale:
                "CreateRule accepts priorities 1–50000 and fails with PriorityInUse when another rule of the listener already has the priority; validate checks neither for a computed value, and never looks across rules.",
            remediation:
                "give every rule of a listener its own priority, e.g. in steps of 10 per host (a clash is reported on the listener)",
            resourceTypes: ["aws_lb_listener_rule", "aws_lb_listener"],
            check: { ELBRules.listenerRulePriority($0) }
        ),
        Rule(
            .listenerRuleConditions,
            family: .limits,
            severity: .error,
            title: "Listener rule conditions stay within ALB's condition limits",
            rationale:
                "An ALB rule may have at most one each of host-header, http-request-method, path-pattern and source-ip, at most 3 match evaluations per condition, 5 per rule, and 5 wildcards per rule (ELB \"Condition types for listener rules\"); CreateRule rejects more.",
            remediation:
                "split the rule into several rules with their own priorities, or merge values into fewer patterns",
            resourceTypes: ["aws_lb_listener_rule"],
            check: { ELBRules.listenerRuleConditions($0) }
        ),
        Rule(
            .forwardTargetGroupCount,
            family: .limits,
            severity: .error,
            title: "A forward action names at most 5 target groups",
            rationale:
                "ALB quotas allow 5 target groups per forward action (weighted target groups); the provider does not count them.",
            remediation: "forward to at most five target groups; put further variants behind another rule",
            resourceTypes: ["aws_lb_listener", "aws_lb_listener_rule"],
            check: { ELBRules.forwardTargetGroupCount($0) }
        ),
        Rule(
            .targetGroupTargetType,
            family: .limits,
            severity: .error,
            title: "Target group target_type matches the network mode of its ECS tasks",
            rationale:
                "ECS registers awsvpc tasks by IP address, so their target group needs `target_type = \"ip\"`; bridge and host tasks register by instance and need `instance`. CreateService fails otherwise, after the target group exists.",
            remediation:
                "set `target_type = \"ip\"` for awsvpc (Fargate) services and `instance` for bridge or host networking",
            resourceTypes: ["aws_lb_target_group"],
            check: { ELBRules.targetGroupTargetType($0) }
        ),
        Rule(
            .targetGroupSingleLoadBalancer,
            family: .limits,
            severity: .error,
            title: "A target group belongs to one load balancer",
            rationale:
                "ALB quotas allow 1 load balancer per target group; a listener or rule of a second load balancer forwarding to it fails at apply.",
            remediation: "create one target group per load balancer",
            resourceTypes: ["aws_lb_target_group"],
            check: { ELBRules.targetGroupLoadBalancers($0) }
        ),
        Rule(
            .listenerCertificate,
            family: .limits,
            severity: .error,
            title: "HTTPS and TLS listeners have a certificate from their region",
            rationale:
                "CreateListener requires a default certificate for HTTPS and TLS listeners; `aws_lb_listener_certificate` only adds further ones.",
            remediation: "set `certificate_arn` to an ACM certificate in the load balancer's region",
            resourceTypes: ["aws_lb_listener", "aws_lb_listener_certificate"],
            check: { ELBRules.listenerCertificate($0) }
        ),
        Rule(
            .listenerSSLPolicyExists,
            family: .limits,
            severity: .error,
            title: "Listener ssl_policy is a predefined ELB security policy",
            rationale:
                "Application and Network Load Balancers support only the predefined ELBSecurityPolicy-* policies (ELB \"Security policies\" tables); any other name fails at CreateListener.",
            remediation: "use a predefined policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`",
            resourceTypes: ["aws_lb_listener"],
            check: { ELBRules.listenerSSLPolicy($0) }
        ),
        Rule(
            .loadBalancerRuleCount,
            family: .limits,
            severity: .warning,
            title: "An Application Load Balancer has at most 100 listener rules",
            rationale:
                "ALB quotas allow 100 rules per load balancer, not counting default rules; the quota can be raised on request, so this is advisory.",
            remediation: "request a quota increase before applying, or spread the hosts over several load balancers",
            resourceTypes: ["aws_lb"],
            check: { ELBRules.loadBalancerRuleCount($0) }
        ),
    ]
}
