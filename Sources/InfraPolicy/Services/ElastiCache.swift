import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let elastiCacheAtRestEncryption: RuleID = "ECA001"
    public static let elastiCacheAuthToken: RuleID = "ECA003"
    public static let elastiCacheAuthTokenFormat: RuleID = "ECA101"
    public static let elastiCacheMultiAZ: RuleID = "ECA102"
    public static let elastiCacheTransitEncryption: RuleID = "ECA002"
}

/// ElastiCache (Redis) replication groups: encryption, AUTH, Multi-AZ.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum ElastiCacheRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .elastiCacheAtRestEncryption,
            family: .security,
            severity: .error,
            title: "ElastiCache encrypts data at rest",
            rationale:
                "Snapshots and swap of an unencrypted cache can be read by whoever obtains them; it can only be set at creation.",
            remediation: "set `at_rest_encryption_enabled = true`",
            checkov: ["CKV_AWS_29"],
            trivy: ["AVD-AWS-0045"],
            resourceTypes: ["aws_elasticache_replication_group"],
            check: { resource in
                AttributeValue.boolean(resource["at_rest_encryption_enabled"]).mayBe(true)
                    ? [] : [Violation("at_rest_encryption_enabled", "at-rest encryption is off")]
            }
        ),
        Rule(
            .elastiCacheTransitEncryption,
            family: .security,
            severity: .error,
            title: "ElastiCache encrypts data in transit",
            rationale: "Without TLS, cache contents and AUTH tokens cross the network in clear text.",
            remediation: "set `transit_encryption_enabled = true` and connect with rediss://",
            checkov: ["CKV_AWS_30"],
            trivy: ["AVD-AWS-0051"],
            resourceTypes: ["aws_elasticache_replication_group"],
            check: { resource in
                AttributeValue.boolean(resource["transit_encryption_enabled"]).mayBe(true)
                    ? [] : [Violation("transit_encryption_enabled", "transit encryption is off")]
            }
        ),
        Rule(
            .elastiCacheAuthToken,
            family: .security,
            severity: .warning,
            title: "Redis requires authentication",
            rationale: "Without AUTH, anything that reaches the port can read and write the cache.",
            remediation: "set `auth_token` from a secret (or use RBAC user groups)",
            checkov: ["CKV_AWS_31"],
            resourceTypes: ["aws_elasticache_replication_group"],
            check: { resource in
                resource["auth_token"] == nil && resource["user_group_ids"] == nil
                    ? [Violation("auth_token", "no AUTH token or user group")] : []
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .elastiCacheAuthTokenFormat,
            family: .limits,
            severity: .error,
            title: "Redis AUTH tokens fit ElastiCache's rules",
            rationale:
                "An AUTH token is 16–128 printable characters whose only non-alphanumeric characters are `! & # $ ^ < > -`, and requires in-transit encryption (ElastiCache AUTH docs).",
            remediation:
                "generate a token of letters and digits (16–128 characters) and set `transit_encryption_enabled = true`",
            resourceTypes: ["aws_elasticache_replication_group"],
            check: { ElastiCacheRules.elastiCacheAuthTokenFormat($0) }
        ),
        Rule(
            .elastiCacheMultiAZ,
            family: .limits,
            severity: .error,
            title: "Multi-AZ replication groups have automatic failover and a replica",
            rationale:
                "CreateReplicationGroup rejects Multi-AZ without automatic failover and at least two nodes (a primary and a replica).",
            remediation:
                "set `automatic_failover_enabled = true` and `num_cache_clusters` ≥ 2 (or replicas_per_node_group ≥ 1)",
            resourceTypes: ["aws_elasticache_replication_group"],
            check: { ElastiCacheRules.elastiCacheMultiAZ($0) }
        ),
    ]
}

extension ElastiCacheRules {
    static func elastiCacheAuthTokenFormat(_ group: ResourceView) -> [Violation] {
        guard !AttributeValue.isAbsent(group["auth_token"]) else { return [] }
        var violations: [Violation] = []
        if let token = AttributeValue.string(group["auth_token"]) {
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
}
