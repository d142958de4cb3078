import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the ElastiCache rules (Sources/InfraPolicy/Services/ElastiCache.swift), every family.
    static let elastiCache: [RuleFixture] = [
        RuleFixture(
            .elastiCacheAtRestEncryption,
            passing: [Doc.one("aws_elasticache_replication_group", ["at_rest_encryption_enabled": true])],
            failing: [Doc.one("aws_elasticache_replication_group", [:])],
            unknown: [
                .at("at_rest_encryption_enabled")
            ]
        ),
        RuleFixture(
            .elastiCacheTransitEncryption,
            passing: [Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": true])],
            failing: [Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": false])],
            unknown: [
                .at("transit_encryption_enabled")
            ]
        ),
        RuleFixture(
            .elastiCacheAuthToken,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": .expression("${aws_secretsmanager_secret_version.redis.secret_string}")]
                )
            ],
            failing: [Doc.one("aws_elasticache_replication_group", [:])],
            unknown: [
                .at("auth_token")
            ]
        ),
        RuleFixture(
            .elastiCacheAuthTokenFormat,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": Doc.name(32, "x"), "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": .expression("${random_password.redis.result}"), "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "Aa1!&#$^<>-Aa1!&#$^<>-", "transit_encryption_enabled": true]
                ),
                Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": false]),
            ],
            failing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "short-token", "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "token-with-an-at@sign", "transit_encryption_enabled": true]
                ),
                Doc.one("aws_elasticache_replication_group", ["auth_token": Doc.name(32, "x")]),
            ],
            unknown: [
                .at("auth_token")
            ]
        ),
        RuleFixture(
            .elastiCacheMultiAZ,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "num_cache_clusters": 2]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    [
                        "multi_az_enabled": true, "automatic_failover_enabled": true, "num_node_groups": 2,
                        "replicas_per_node_group": 1,
                    ]
                ),
                Doc.one("aws_elasticache_replication_group", ["num_cache_clusters": 1]),
            ],
            failing: [
                Doc.one("aws_elasticache_replication_group", ["multi_az_enabled": true, "num_cache_clusters": 2]),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "num_cache_clusters": 1]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "replicas_per_node_group": 0]
                ),
            ],
            unknown: [
                .at("automatic_failover_enabled")
            ]
        ),
    ]
}
