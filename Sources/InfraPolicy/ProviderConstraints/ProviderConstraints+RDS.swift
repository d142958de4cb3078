import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_db_instance, aws_db_parameter_group, aws_db_subnet_group, aws_rds_cluster, aws_rds_cluster_instance, aws_rds_cluster_parameter_group).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let rds: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_db_instance",
            source: "internal/service/rds/instance.go",
            [
                .range("backup_retention_period", 0...35),
                .oneOf("backup_target", ["outposts", "region"]),
                .conflicts("backup_target", ["s3_import"]),
                .conflicts("character_set_name", ["s3_import"]),
                .oneOf("database_insights_mode", ["standard", "advanced"]),
                .conflicts("db_name", ["replicate_source_db"]),
                .conflicts("domain", ["domain_fqdn"]),
                .arn("domain_auth_secret_arn"),
                .conflicts("domain_auth_secret_arn", ["domain"]),
                .conflicts("domain_dns_ips", ["domain"]),
                .conflicts("domain_fqdn", ["domain"]),
                .conflicts("domain_iam_role_name", ["domain_fqdn"]),
                .conflicts("domain_ou", ["domain"]),
                .oneOf(
                    "enabled_cloudwatch_logs_exports",
                    [
                        "agent", "alert", "audit", "diag.log", "error", "general", "iam-db-auth-error", "listener",
                        "notify.log", "oemagent", "postgresql", "slowquery", "trace", "upgrade",
                    ]
                ),
                .oneOf(
                    "engine_lifecycle_support",
                    ["open-source-rds-extended-support", "open-source-rds-extended-support-disabled"]
                ),
                .conflicts("identifier", ["identifier_prefix"]),
                .conflicts("identifier_prefix", ["identifier"]),
                .arn("kms_key_id"),
                .length("master_user_secret_kms_key_id", 1...2048),
                .intOneOf("monitoring_interval", [0, 1, 5, 10, 15, 30, 60]),
                .arn("monitoring_role_arn"),
                .oneOf("network_type", ["DUAL", "IPV4"]),
                .conflicts("password", ["password_wo"]),
                .requiredWith("password_wo", ["password_wo_version"]),
                .conflicts("password_wo", ["password"]),
                .arn("performance_insights_kms_key_id"),
                .anyOf(
                    "performance_insights_retention_period",
                    [
                        .intOneOf("performance_insights_retention_period", [7, 731]),
                        .multipleOf("performance_insights_retention_period", 31),
                    ]
                ),
                .oneOf("replica_mode", ["open-read-only", "mounted"]),
                .conflicts("restore_to_point_in_time", ["s3_import"]),
                .conflicts("s3_import", ["snapshot_identifier"]),
                .conflicts("timezone", ["s3_import"]),
                .conflicts("username", ["replicate_source_db"]),
                .matches(
                    "identifier",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"identifier\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "identifier",
                    #"^[a-z]"#,
                    "first character of \"identifier\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("identifier", "--", "\"identifier\" cannot contain two consecutive hyphens").from(
                    "internal/service/rds/validate.go"
                ),
                .doesNotMatch("identifier", "-$", "\"identifier\" cannot end with a hyphen").from(
                    "internal/service/rds/validate.go"
                ),
                .matches(
                    "identifier_prefix",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"identifier_prefix\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "identifier_prefix",
                    #"^[a-z]"#,
                    "first character of \"identifier_prefix\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("identifier_prefix", "--", "\"identifier_prefix\" cannot contain two consecutive hyphens")
                    .from("internal/service/rds/validate.go"),
                .matches(
                    "final_snapshot_identifier",
                    #"^[A-Za-z]"#,
                    "must begin with alphabetic character",
                    example: "app-db-final"
                ),
                .matches(
                    "final_snapshot_identifier",
                    #"^[0-9A-Za-z-]+$"#,
                    "must only contain alphanumeric characters and hyphens",
                    example: "app-db-final"
                ),
                .doesNotMatch("final_snapshot_identifier", "--", "cannot contain two consecutive hyphens"),
                .doesNotMatch("final_snapshot_identifier", "-$", "cannot end in a hyphen"),
                .matches(
                    "custom_iam_instance_profile",
                    #"^AWSRDSCustom.*$"#,
                    "must begin with AWSRDSCustom",
                    example: "AWSRDSCustomInstanceProfile"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_db_parameter_group",
            source: "internal/service/rds/parameter_group.go",
            [
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .oneOf("parameter.apply_method", ["immediate", "pending-reboot"]),
                .matches(
                    "name",
                    #"^[0-9a-z.-]+$"#,
                    "only lowercase alphanumeric characters, periods, and hyphens allowed in parameter group \"name\"",
                    example: "app-postgres16"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "name",
                    #"^[a-z]"#,
                    "first character of parameter group \"name\" must be a letter",
                    example: "app-postgres16"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("name", "--", "parameter group \"name\" cannot contain two consecutive hyphens").from(
                    "internal/service/rds/validate.go"
                ),
                .doesNotMatch("name", "-$", "parameter group \"name\" cannot end with a hyphen").from(
                    "internal/service/rds/validate.go"
                ),
                .length("name", 0...255).from("internal/service/rds/validate.go"),
                .matches(
                    "name_prefix",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in parameter group \"name_prefix\"",
                    example: "app-"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "name_prefix",
                    #"^[a-z]"#,
                    "first character of parameter group \"name_prefix\" must be a letter",
                    example: "app-"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch(
                    "name_prefix",
                    "--",
                    "parameter group \"name_prefix\" cannot contain two consecutive hyphens"
                ).from("internal/service/rds/validate.go"),
                .length("name_prefix", 0...255).from("internal/service/rds/validate.go"),
            ]
        ),
        ResourceConstraints(
            "aws_db_subnet_group",
            source: "internal/service/rds/subnet_group.go",
            [
                .length("name", 0...255),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...229),
                .conflicts("name_prefix", ["name"]),
                .matches(
                    "name",
                    #"^[0-9a-z_ .-]+$"#,
                    "only lowercase alphanumeric characters, hyphens, underscores, periods, and spaces allowed in \"name\"",
                    example: "app-db"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("name", "(?i)^default$", "\"Default\" is not allowed as \"name\"").from(
                    "internal/service/rds/validate.go"
                ),
                .length("name", 0...255).from("internal/service/rds/validate.go"),
                .matches(
                    "name_prefix",
                    #"^[0-9a-z_ .-]+$"#,
                    "only lowercase alphanumeric characters, hyphens, underscores, periods, and spaces allowed in \"name_prefix\"",
                    example: "app-db-"
                ).from("internal/service/rds/validate.go"),
                .length("name_prefix", 0...229).from("internal/service/rds/validate.go"),
            ]
        ),
        ResourceConstraints(
            "aws_rds_cluster",
            source: "internal/service/rds/cluster.go",
            [
                .range("backtrack_window", 0...259200),
                .atMost("backup_retention_period", 35),
                .conflicts("cluster_identifier", ["cluster_identifier_prefix"]),
                .conflicts("cluster_identifier_prefix", ["cluster_identifier"]),
                .oneOf("cluster_scalability_type", ["standard", "limitless"]),
                .oneOf("database_insights_mode", ["standard", "advanced"]),
                .oneOf(
                    "enabled_cloudwatch_logs_exports",
                    [
                        "audit", "error", "general", "iam-db-auth-error", "instance", "postgresql", "slowquery",
                        "upgrade",
                    ]
                ),
                .oneOf("engine", ["aurora-mysql", "aurora-postgresql", "mysql", "postgres"]),
                .oneOf(
                    "engine_lifecycle_support",
                    ["open-source-rds-extended-support", "open-source-rds-extended-support-disabled"]
                ),
                .oneOf("engine_mode", ["global", "multimaster", "parallelquery", "provisioned", "serverless", ""]),
                .arn("kms_key_id"),
                .conflicts("master_password", ["master_password_wo"]),
                .requiredWith("master_password_wo", ["master_password_wo_version"]),
                .conflicts("master_password_wo", ["master_password"]),
                .length("master_user_secret_kms_key_id", 1...2048),
                .arn("monitoring_role_arn"),
                .oneOf("network_type", ["DUAL", "IPV4"]),
                .arn("performance_insights_kms_key_id"),
                .conflicts("restore_to_point_in_time", ["s3_import"]),
                .conflicts("s3_import", ["snapshot_identifier"]),
                .range("scaling_configuration.seconds_before_timeout", 60...600),
                .range("scaling_configuration.seconds_until_auto_pause", 300...86400),
                .oneOf("scaling_configuration.timeout_action", ["ForceApplyCapacityChange", "RollbackCapacityChange"]),
                .floatRange("serverlessv2_scaling_configuration.max_capacity", 1.000000, 256.000000),
                .floatRange("serverlessv2_scaling_configuration.min_capacity", 0.000000, 256.000000),
                .range("serverlessv2_scaling_configuration.seconds_until_auto_pause", 300...86400),
                .conflicts("snapshot_identifier", ["global_cluster_identifier"]),
                .matches(
                    "cluster_identifier",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "cluster_identifier",
                    #"^[a-z]"#,
                    "first character of \"cluster_identifier\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch(
                    "cluster_identifier",
                    "--",
                    "\"cluster_identifier\" cannot contain two consecutive hyphens"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("cluster_identifier", "-$", "\"cluster_identifier\" cannot end with a hyphen").from(
                    "internal/service/rds/validate.go"
                ),
                .matches(
                    "cluster_identifier_prefix",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier_prefix\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "cluster_identifier_prefix",
                    #"^[a-z]"#,
                    "first character of \"cluster_identifier_prefix\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch(
                    "cluster_identifier_prefix",
                    "--",
                    "\"cluster_identifier_prefix\" cannot contain two consecutive hyphens"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "final_snapshot_identifier",
                    #"^[A-Za-z]"#,
                    "must begin with alphabetic character",
                    example: "app-db-final"
                ),
                .matches(
                    "final_snapshot_identifier",
                    #"^[0-9A-Za-z-]+$"#,
                    "must only contain alphanumeric characters and hyphens",
                    example: "app-db-final"
                ),
                .doesNotMatch("final_snapshot_identifier", "--", "cannot contain two consecutive hyphens"),
                .doesNotMatch("final_snapshot_identifier", "-$", "cannot end in a hyphen"),
            ]
        ),
        ResourceConstraints(
            "aws_rds_cluster_instance",
            source: "internal/service/rds/cluster_instance.go",
            [
                .oneOf("engine", ["aurora-mysql", "aurora-postgresql", "mysql", "postgres"]),
                .conflicts("identifier", ["identifier_prefix"]),
                .conflicts("identifier_prefix", ["identifier"]),
                .arn("performance_insights_kms_key_id"),
                .anyOf(
                    "performance_insights_retention_period",
                    [
                        .atLeast("performance_insights_retention_period", 7),
                        .atMost("performance_insights_retention_period", 731),
                        .intOneOf("performance_insights_retention_period", [7, 731]),
                        .multipleOf("performance_insights_retention_period", 31),
                    ]
                ),
                .matches(
                    "identifier",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"identifier\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "identifier",
                    #"^[a-z]"#,
                    "first character of \"identifier\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("identifier", "--", "\"identifier\" cannot contain two consecutive hyphens").from(
                    "internal/service/rds/validate.go"
                ),
                .doesNotMatch("identifier", "-$", "\"identifier\" cannot end with a hyphen").from(
                    "internal/service/rds/validate.go"
                ),
                .matches(
                    "identifier_prefix",
                    #"^[0-9a-z-]+$"#,
                    "only lowercase alphanumeric characters and hyphens allowed in \"identifier_prefix\"",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .matches(
                    "identifier_prefix",
                    #"^[a-z]"#,
                    "first character of \"identifier_prefix\" must be a letter",
                    example: "app-db-1"
                ).from("internal/service/rds/validate.go"),
                .doesNotMatch("identifier_prefix", "--", "\"identifier_prefix\" cannot contain two consecutive hyphens")
                    .from("internal/service/rds/validate.go"),
            ]
        ),
        ResourceConstraints(
            "aws_rds_cluster_parameter_group",
            source: "internal/service/rds/cluster_parameter_group.go",
            [
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .oneOf("parameter.apply_method", ["immediate", "pending-reboot"]),
            ]
        ),
    ]
}
