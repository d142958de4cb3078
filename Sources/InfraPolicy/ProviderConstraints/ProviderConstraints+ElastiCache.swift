import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_elasticache_cluster, aws_elasticache_parameter_group, aws_elasticache_replication_group, aws_elasticache_subnet_group).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let elastiCache: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_elasticache_cluster",
            source: "internal/service/elasticache/cluster.go",
            [
                .oneOf("az_mode", ["single-az", "cross-az"]),
                .length("cluster_id", 1...50),
                .oneOf("engine", ["memcached", "redis", "valkey"]),
                .oneOf("ip_discovery", ["ipv4", "ipv6"]),
                .oneOf("log_delivery_configuration.destination_type", ["cloudwatch-logs", "kinesis-firehose"]),
                .oneOf("log_delivery_configuration.log_format", ["text", "json"]),
                .oneOf("log_delivery_configuration.log_type", ["slow-log", "engine-log"]),
                .oneOf("network_type", ["ipv4", "ipv6", "dual_stack"]),
                .oneOf("outpost_mode", ["single-outpost", "cross-outpost"]),
                .arn("preferred_outpost_arn"),
                .length("replication_group_id", 1...40),
                .arn("snapshot_arns"),
                .atMost("snapshot_retention_limit", 35),
                .exactlyOneOf(["engine", "replication_group_id"]),
                .matches(
                    "cluster_id",
                    #"^[0-9a-z-]+$"#,
                    "must contain only lowercase alphanumeric characters and hyphens",
                    example: "app-cache"
                ),
                .matches("cluster_id", #"^[a-z]"#, "must begin with a lowercase letter", example: "app-cache"),
            ]
        ),
        ResourceConstraints(
            "aws_elasticache_parameter_group",
            source: "internal/service/elasticache/parameter_group.go",
            []
        ),
        ResourceConstraints(
            "aws_elasticache_replication_group",
            source: "internal/service/elasticache/replication_group.go",
            [
                .conflicts("auth_token", ["user_group_ids"]),
                .oneOf("auth_token_update_strategy", ["SET", "ROTATE", "DELETE"]),
                .oneOf("cluster_mode", ["enabled", "disabled", "compatible"]),
                .notEmpty("description"),
                .oneOf("engine", ["redis", "valkey"]),
                .conflicts("global_replication_group_id", ["num_node_groups"]),
                .oneOf("ip_discovery", ["ipv4", "ipv6"]),
                .oneOf("log_delivery_configuration.destination_type", ["cloudwatch-logs", "kinesis-firehose"]),
                .oneOf("log_delivery_configuration.log_format", ["text", "json"]),
                .oneOf("log_delivery_configuration.log_type", ["slow-log", "engine-log"]),
                .oneOf("network_type", ["ipv4", "ipv6", "dual_stack"]),
                .arn("notification_topic_arn"),
                .conflicts("num_cache_clusters", ["num_node_groups"]),
                .conflicts("num_node_groups", ["num_cache_clusters"]),
                .range("replicas_per_node_group", 0...5),
                .conflicts("replicas_per_node_group", ["num_cache_clusters"]),
                .length("replication_group_id", 1...40),
                .arn("snapshot_arns"),
                .atMost("snapshot_retention_limit", 35),
                .oneOf("transit_encryption_mode", ["preferred", "required"]),
                .conflicts("user_group_ids", ["auth_token"]),
                .matches(
                    "replication_group_id",
                    #"^[0-9A-Za-z-]+$"#,
                    "must contain only alphanumeric characters and hyphens",
                    example: "app-redis"
                ),
                .matches("replication_group_id", #"^[A-Za-z]"#, "must begin with a letter", example: "app-redis"),
                .length("auth_token", 16...128),
                .matches(
                    "auth_token",
                    #"^[^@\"/]+$"#,
                    "only alphanumeric characters or symbols (excluding @, \", and /) allowed in \"auth_token\"",
                    example: "correct-horse-battery-staple"
                ),
            ]
        ),
        ResourceConstraints("aws_elasticache_subnet_group", source: "internal/service/elasticache/subnet_group.go", []),
    ]
}
