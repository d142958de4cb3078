import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_db_instance, aws_db_subnet_group).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let rds: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_db_instance",
            source: "internal/service/rds/instance.go",
            [
                .range("backup_retention_period", 0...35),
                .conflicts("backup_target", ["s3_import"]),
                .conflicts("character_set_name", ["s3_import"]),
                .oneOf("database_insights_mode", ["standard", "advanced"]),
                .conflicts("db_name", ["replicate_source_db"]),
                .conflicts("domain", ["domain_fqdn"]),
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
                .conflicts("password_wo", ["password"]),
                .arn("performance_insights_kms_key_id"),
                .intOneOf("performance_insights_retention_period", [7, 731]),
                .oneOf("replica_mode", ["open-read-only", "mounted"]),
                .conflicts("restore_to_point_in_time", ["s3_import"]),
                .conflicts("s3_import", ["snapshot_identifier"]),
                .conflicts("timezone", ["s3_import"]),
                .conflicts("username", ["replicate_source_db"]),
            ]
        ),
        ResourceConstraints(
            "aws_db_subnet_group",
            source: "internal/service/rds/subnet_group.go",
            [
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
            ]
        ),
    ]
}
