import InfraCore

/// Checks not yet moved to Services/.
enum LimitChecks {}

extension LimitChecks {
    static func eventNames(_ resource: ResourceView) -> [Violation] {
        if resource.address.type == "aws_cloudwatch_event_target" {
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
            task["network_mode"]?.literalString == "awsvpc", ecs["network_configuration"]?.blocks.isEmpty ?? true
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
        if let name = role["name"]?.literalString {
            inline += document.resources(ofType: "aws_iam_role_policy").filter { $0["role"]?.literalString == name }
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
        if let name = role["name"]?.literalString,
            document.resources(ofType: "aws_iam_role_policy_attachment").contains(where: {
                $0["role"]?.literalString == name
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

    static func elastiCacheAuthTokenFormat(_ group: ResourceView) -> [Violation] {
        guard !AttributeValue.isAbsent(group["auth_token"]) else { return [] }
        var violations: [Violation] = []
        if let token = group["auth_token"]?.literalString {
            if !(16...128).contains(token.count) {
                violations.append(
                    Violation("auth_token", "auth_token is \(token.count) characters long; it must be 16–128")
                )
            }
            let specials = Set("!&#$^<>-".unicodeScalars)
            if let bad = token.unicodeScalars.first(where: {
                !(NameCharacters.isAlphanumeric($0) || specials.contains($0))
            }) {
                violations.append(
                    Violation(
                        "auth_token",
                        "auth_token contains \(Wording.describe(bad)); only letters, digits and `! & # $ ^ < > -` are allowed"
                    )
                )
            }
        }
        if AttributeValue.bool(group["transit_encryption_enabled"], default: false) == false {
            violations.append(
                Violation("transit_encryption_enabled", "auth_token is set but transit_encryption_enabled is not true")
            )
        }
        return violations
    }

    static func elastiCacheMultiAZ(_ group: ResourceView) -> [Violation] {
        guard AttributeValue.bool(group["multi_az_enabled"]) == true else { return [] }
        var violations: [Violation] = []
        if AttributeValue.bool(group["automatic_failover_enabled"], default: false) == false {
            violations.append(
                Violation(
                    "automatic_failover_enabled",
                    "multi_az_enabled is true but automatic_failover_enabled is not"
                )
            )
        }
        if let clusters = AttributeValue.int(group["num_cache_clusters"]), clusters < 2 {
            violations.append(
                Violation(
                    "num_cache_clusters",
                    "multi_az_enabled is true with num_cache_clusters \(clusters); Multi-AZ needs at least 2 nodes"
                )
            )
        } else if AttributeValue.isAbsent(group["num_cache_clusters"]) {
            if AttributeValue.isAbsent(group["num_node_groups"]),
                AttributeValue.isAbsent(group["replicas_per_node_group"])
            {
                violations.append(
                    Violation(
                        "num_cache_clusters",
                        "multi_az_enabled is true but no replicas are configured (num_cache_clusters defaults to 1)"
                    )
                )
            } else if let replicas = AttributeValue.int(group["replicas_per_node_group"]), replicas < 1 {
                violations.append(
                    Violation(
                        "replicas_per_node_group",
                        "multi_az_enabled is true with replicas_per_node_group \(replicas); Multi-AZ needs a replica"
                    )
                )
            }
        }
        return violations
    }

    static func globalAcceleratorRegion(_ resource: ResourceView) -> [Violation] {
        guard let region = Providers.region(of: resource), region != "us-west-2" else { return [] }
        return [
            Violation(
                "provider",
                "Global Accelerator is managed only through us-west-2, but this resource uses \(Providers.description(of: resource)) in \(region)"
            )
        ]
    }

    /// Regions with SES email receiving (AWS General Reference, "Amazon Simple Email Service endpoints and quotas",
    /// table "Email receiving endpoints").
    static let sesReceivingRegions: Set<String> = [
        "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2", "eu-central-1",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-northeast-1",
    ]

    static func sesReceivingRegion(_ resource: ResourceView) -> [Violation] {
        guard let region = Providers.region(of: resource), !sesReceivingRegions.contains(region) else { return [] }
        return [
            Violation(
                "provider",
                "SES email receiving is not available in \(region) (\(Providers.description(of: resource)))"
            )
        ]
    }

    static func sesS3ActionBucketPolicy(_ rule: ResourceView) -> [Violation] {
        let document = rule.document
        let dependencies = Set(AttributeValue.strings(rule["depends_on"]) ?? [])
        var violations: [Violation] = []
        for (index, action) in (rule["s3_action"]?.blocks ?? []).enumerated() {
            guard let bucket = document.target(of: action["bucket_name"], ofType: "aws_s3_bucket") else { continue }
            // The policies on the bucket: `aws_s3_bucket_policy` resources, and the bucket's own `policy` argument.
            var sources: [(resource: ResourceView?, policy: JSONValue?)] =
                document.referrers(to: bucket.address, ofType: "aws_s3_bucket_policy", through: "bucket").map {
                    ($0, $0["policy"])
                }
            if !AttributeValue.isAbsent(bucket["policy"]) { sources.append((nil, bucket["policy"])) }
            guard sources.allSatisfy({ EmbeddedJSON.parse($0.policy) != nil }) else { continue }
            let allowing = sources.filter {
                allowsService($0.policy, service: "ses.amazonaws.com", action: "s3:PutObject")
            }
            let attribute = "s3_action[\(index)].bucket_name"
            guard let first = allowing.first else {
                violations.append(
                    Violation(
                        attribute,
                        "no bucket policy of `\(bucket.address)` allows ses.amazonaws.com to s3:PutObject"
                    )
                )
                continue
            }
            if let policy = first.resource, !dependencies.contains(policy.address.description) {
                violations.append(
                    Violation(
                        "depends_on",
                        "the receipt rule does not depend on `\(policy.address)`, so SES may check the bucket before the policy exists"
                    )
                )
            }
        }
        return violations
    }

    /// Whether a policy has an Allow statement for `service` (or any principal) and `action`.
    static func allowsService(_ policy: JSONValue?, service: String, action: String) -> Bool {
        guard let document = EmbeddedJSON.parse(policy) else { return false }
        let statements = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return statements.contains { statement in
            let principal = statement["Principal"]
            let principals =
                (AttributeValue.strings(principal?["Service"]) ?? [])
                + (AttributeValue.strings(principal?["AWS"]) ?? [])
                + (principal?.literalString.map { [$0] } ?? [])
            let actions = AttributeValue.strings(statement["Action"]) ?? []
            let rule = PolicyStatements(
                sid: "",
                effect: statement["Effect"]?.literalString ?? "",
                actions: actions,
                resources: []
            )
            return (principals.contains(service) || principals.contains("*")) && rule.allows(action)
        }
    }

    static func sesSingleActiveRuleSet(_ active: ResourceView) -> [Violation] {
        func key(_ resource: ResourceView) -> String {
            Providers.region(of: resource) ?? Providers.reference(of: resource) ?? "aws"
        }
        let mine = key(active)
        let others = active.document.resources(ofType: "aws_ses_active_receipt_rule_set")
            .filter { $0.address != active.address && key($0) == mine }
            .map { "`\($0.address)`" }
        guard !others.isEmpty else { return [] }
        return [
            Violation(
                "rule_set_name",
                "\(Wording.list(others)) also activates a rule set in the same region; only one rule set can be active per region"
            )
        ]
    }

    /// CloudFront web ACLs are managed through us-east-1 only.
    static func wafCloudFrontRegion(_ acl: ResourceView) -> [Violation] {
        guard acl["scope"]?.literalString == "CLOUDFRONT", let region = Providers.region(of: acl), region != "us-east-1"
        else {
            return []
        }
        return [
            Violation(
                "scope",
                "a CLOUDFRONT web ACL must be created through us-east-1, but this one uses \(Providers.description(of: acl)) in \(region)"
            )
        ]
    }

    static func wafScopeForRegionalResources(_ acl: ResourceView) -> [Violation] {
        guard let scope = acl["scope"]?.literalString, scope != "REGIONAL" else { return [] }
        let document = acl.document
        let associations = document.referrers(
            to: acl.address,
            ofType: "aws_wafv2_web_acl_association",
            through: "web_acl_arn"
        )
        guard let association = associations.first else { return [] }
        let resource =
            document.target(of: association["resource_arn"]).map { "`\($0.address)`" } ?? "a regional resource"
        return [
            Violation(
                "scope",
                "web ACL scope is `\(scope)`, but `\(association.address)` associates it with \(resource); only REGIONAL web ACLs can be associated"
            )
        ]
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
    static func problem(_ expression: String) -> String? {
        if expression.hasPrefix("rate("), expression.hasSuffix(")") {
            let parts = expression.dropFirst(5).dropLast().split(separator: " ")
            guard parts.count == 2, let value = Int(parts[0]), value > 0 else {
                return "`\(expression)` is not `rate(N unit)` with a positive whole N"
            }
            let unit = String(parts[1])
            let singular = ["minute", "hour", "day"]
            let plural = singular.map { $0 + "s" }
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
        return "`\(expression)` is neither a rate(…) nor a cron(…) expression"
    }
}
