import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let auroraDeletionProtection: RuleID = "RDS011"
    public static let auroraServerlessV2Capacity: RuleID = "RDS104"
    public static let auroraServerlessV2Instance: RuleID = "RDS105"
    public static let auroraStorageEncrypted: RuleID = "RDS010"
    public static let rdsAutoMinorUpgrade: RuleID = "RDS008"
    public static let rdsBackupRetention: RuleID = "RDS004"
    public static let rdsClusterInstancePublic: RuleID = "RDS012"
    public static let rdsCopyTagsToSnapshot: RuleID = "RDS007"
    public static let rdsDeletionProtection: RuleID = "RDS005"
    public static let rdsFinalSnapshot: RuleID = "RDS006"
    public static let rdsFinalSnapshotIdentifier: RuleID = "RDS102"
    public static let rdsIAMAuthentication: RuleID = "RDS013"
    public static let rdsIdentifier: RuleID = "RDS101"
    public static let rdsMasterPassword: RuleID = "RDS103"
    public static let rdsMultiAZInProduction: RuleID = "RDS003"
    public static let rdsPasswordInConfiguration: RuleID = "RDS009"
    public static let rdsPublic: RuleID = "RDS001"
    public static let rdsStorageEncrypted: RuleID = "RDS002"
}

/// RDS: DB instances, Aurora clusters and cluster instances.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum RDSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .rdsPublic,
            family: .security,
            severity: .error,
            title: "RDS instances are not publicly accessible",
            rationale:
                "A public endpoint exposes the database's login to the whole internet; only the security group stands in the way.",
            remediation: "set `publicly_accessible = false` and reach the database from inside the VPC",
            checkov: ["CKV_AWS_17"],
            trivy: ["AVD-AWS-0180"],
            resourceTypes: ["aws_db_instance"],
            check: { resource in
                AttributeValue.boolean(resource["publicly_accessible"]).isKnown(true)
                    ? [Violation("publicly_accessible", "publicly_accessible is true")] : []
            }
        ),
        Rule(
            .rdsStorageEncrypted,
            family: .security,
            severity: .error,
            title: "RDS storage is encrypted at rest",
            rationale:
                "Unencrypted storage, snapshots and replicas can be read by anyone who gets a copy; encryption cannot be turned on later without a restore.",
            remediation: "set `storage_encrypted = true` (and `kms_key_id` for a customer-managed key)",
            checkov: ["CKV_AWS_16"],
            trivy: ["AVD-AWS-0080"],
            resourceTypes: ["aws_db_instance"],
            check: { resource in
                guard !RDSRules.encryptionIsInherited(resource) else { return [] }
                return AttributeValue.boolean(resource["storage_encrypted"]).mayBe(true)
                    ? [] : [Violation("storage_encrypted", "storage_encrypted is not true")]
            }
        ),
        Rule(
            .rdsMultiAZInProduction,
            family: .security,
            severity: .warning,
            title: "Production RDS instances are Multi-AZ",
            rationale:
                "A single-AZ instance is down for the length of a zone outage or a host failure; Multi-AZ fails over in about a minute. Applies to production environments only.",
            remediation: "set `multi_az = true` in production, or waive with the reason a single zone is acceptable",
            scope: .production,
            checkov: ["CKV_AWS_157"],
            resourceTypes: ["aws_db_instance"],
            check: { resource in
                AttributeValue.boolean(resource["multi_az"]).mayBe(true)
                    ? [] : [Violation("multi_az", "multi_az is not enabled in production")]
            }
        ),
        Rule(
            .rdsBackupRetention,
            family: .security,
            severity: .warning,
            title: "RDS keeps automated backups for at least 7 days",
            rationale: "Point-in-time recovery reaches back only as far as the retention period; 0 turns backups off.",
            remediation: "set `backup_retention_period` to 7 or more",
            checkov: ["CKV_AWS_133"],
            trivy: ["AVD-AWS-0077"],
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { resource in
                // Point-in-time recovery is the source's: a read replica keeps no backups unless asked to.
                guard !RDSRules.isReadReplica(resource) else { return [] }
                guard let days = AttributeValue.integer(resource["backup_retention_period"]).value else {
                    return AttributeValue.isAbsent(resource["backup_retention_period"])
                        ? [
                            Violation(
                                "backup_retention_period",
                                "backup_retention_period is not set (the default keeps 1 day)"
                            )
                        ] : []
                }
                return days >= 7 ? [] : [Violation("backup_retention_period", "backups are kept \(days) day(s)")]
            }
        ),
        Rule(
            .rdsDeletionProtection,
            family: .security,
            severity: .warning,
            title: "Production databases are deletion protected",
            rationale:
                "A stray destroy or a replaced resource deletes the database. Applies to production environments only.",
            remediation: "set `deletion_protection = true`",
            scope: .production,
            checkov: ["CKV_AWS_293"],
            trivy: ["AVD-AWS-0177"],
            resourceTypes: ["aws_db_instance"],
            check: { resource in
                AttributeValue.boolean(resource["deletion_protection"]).mayBe(true)
                    ? [] : [Violation("deletion_protection", "deletion_protection is not true")]
            }
        ),
        Rule(
            .rdsFinalSnapshot,
            family: .security,
            severity: .warning,
            title: "Databases take a final snapshot when destroyed",
            rationale: "skip_final_snapshot = true means a destroy loses the data for good.",
            remediation: "set `skip_final_snapshot = false` and a `final_snapshot_identifier`",
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { resource in
                // RDS takes no final snapshot of a read replica: deleting one with a snapshot identifier fails, so
                // `skip_final_snapshot = true` is what a replica needs.
                guard !RDSRules.isReadReplica(resource) else { return [] }
                return AttributeValue.boolean(resource["skip_final_snapshot"]).isKnown(true)
                    ? [Violation("skip_final_snapshot", "skip_final_snapshot is true")] : []
            }
        ),
        Rule(
            .rdsCopyTagsToSnapshot,
            family: .security,
            severity: .note,
            title: "Database snapshots carry the database's tags",
            rationale:
                "Untagged snapshots lose their owner and cost allocation, and outlive the reason they were kept.",
            remediation: "set `copy_tags_to_snapshot = true`",
            checkov: ["CKV2_AWS_60", "CKV_AWS_313"],
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { resource in
                AttributeValue.boolean(resource["copy_tags_to_snapshot"]).mayBe(true)
                    ? [] : [Violation("copy_tags_to_snapshot", "copy_tags_to_snapshot is not true")]
            }
        ),
        Rule(
            .rdsAutoMinorUpgrade,
            family: .security,
            severity: .note,
            title: "Databases take minor engine upgrades",
            rationale: "Minor versions carry security fixes; turning them off leaves known vulnerabilities in place.",
            remediation: "leave `auto_minor_version_upgrade` unset or true",
            checkov: ["CKV_AWS_226"],
            resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
            check: { resource in
                AttributeValue.boolean(resource["auto_minor_version_upgrade"]).isKnown(false)
                    ? [Violation("auto_minor_version_upgrade", "auto_minor_version_upgrade is false")] : []
            }
        ),
        Rule(
            .rdsPasswordInConfiguration,
            family: .security,
            severity: .error,
            title: "Database master passwords are not written in the configuration",
            rationale:
                "A password in the configuration is stored in plain text in Terraform state and, when literal, in version control.",
            remediation:
                "set `manage_master_user_password = true` so RDS generates and rotates it in Secrets Manager, or pass it write-only (`password_wo` or `master_password_wo`, Terraform 1.11+), which is kept out of state",
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { resource in
                ["password", "master_password"].compactMap { key in
                    resource[key].map { value in
                        Violation(
                            key,
                            value.literalString != nil
                                ? "\(key) is a literal in the configuration"
                                : "\(key) is set, so it is kept in Terraform state"
                        )
                    }
                }
            }
        ),
        Rule(
            .auroraStorageEncrypted,
            family: .security,
            severity: .error,
            title: "Aurora clusters are encrypted at rest",
            rationale:
                "Unencrypted cluster storage, snapshots and clones can be read by whoever obtains a copy; encryption cannot be added later.",
            remediation: "set `storage_encrypted = true`",
            checkov: ["CKV_AWS_96"],
            trivy: ["AVD-AWS-0079"],
            resourceTypes: ["aws_rds_cluster"],
            check: { resource in
                guard !RDSRules.encryptionIsInherited(resource) else { return [] }
                return AttributeValue.boolean(resource["storage_encrypted"]).mayBe(true)
                    ? [] : [Violation("storage_encrypted", "storage_encrypted is not true")]
            }
        ),
        Rule(
            .auroraDeletionProtection,
            family: .security,
            severity: .warning,
            title: "Production Aurora clusters are deletion protected",
            rationale:
                "A stray destroy deletes the cluster and, unless a final snapshot is kept, its data. Applies to production environments only.",
            remediation: "set `deletion_protection = true`",
            scope: .production,
            checkov: ["CKV_AWS_139"],
            resourceTypes: ["aws_rds_cluster"],
            check: { resource in
                AttributeValue.boolean(resource["deletion_protection"]).mayBe(true)
                    ? [] : [Violation("deletion_protection", "deletion_protection is not true")]
            }
        ),
        Rule(
            .rdsClusterInstancePublic,
            family: .security,
            severity: .error,
            title: "Aurora instances are not publicly accessible",
            rationale: "A public endpoint exposes the database's login to the whole internet.",
            remediation: "set `publicly_accessible = false`",
            checkov: ["CKV_AWS_17"],
            trivy: ["AVD-AWS-0180"],
            resourceTypes: ["aws_rds_cluster_instance"],
            check: { resource in
                AttributeValue.boolean(resource["publicly_accessible"]).isKnown(true)
                    ? [Violation("publicly_accessible", "publicly_accessible is true")] : []
            }
        ),
        Rule(
            .rdsIAMAuthentication,
            family: .security,
            severity: .note,
            title: "Databases accept IAM authentication",
            rationale:
                "IAM authentication replaces long-lived database passwords with short-lived tokens tied to a role.",
            remediation: "set `iam_database_authentication_enabled = true`",
            checkov: ["CKV_AWS_161"],
            trivy: ["AVD-AWS-0176"],
            resourceTypes: ["aws_db_instance"],
            check: { resource in
                AttributeValue.boolean(resource["iam_database_authentication_enabled"]).mayBe(true)
                    ? [] : [Violation("iam_database_authentication_enabled", "IAM database authentication is off")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .rdsIdentifier,
            family: .limits,
            severity: .error,
            title: "RDS identifiers fit RDS's rules",
            rationale:
                "DB instance and cluster identifiers are 1–63 letters, digits and hyphens, start with a letter, and have no `--` and no trailing hyphen; the provider also insists on lowercase (RDS stores identifiers lowercased). It never checks the length, and computed identifiers not even the characters.",
            remediation: "shorten the identifier and keep to lowercase letters, digits and single hyphens",
            resourceTypes: ["aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance"],
            check: { RDSRules.rdsIdentifier($0) }
        ),
        Rule(
            .rdsFinalSnapshotIdentifier,
            family: .limits,
            severity: .error,
            title: "A final snapshot has an identifier",
            rationale:
                "With skip_final_snapshot false (the provider default), DeleteDBInstance and DeleteDBCluster need a final snapshot identifier; without one, destroy fails after everything else is gone.",
            remediation: "set `final_snapshot_identifier`, or `skip_final_snapshot = true` for data you can lose",
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { RDSRules.rdsFinalSnapshotIdentifier($0) }
        ),
        Rule(
            .rdsMasterPassword,
            family: .limits,
            severity: .error,
            title: "A literal master password is one RDS accepts",
            rationale:
                "MasterUserPassword is printable ASCII other than `/`, `\"`, `@` and space, 8–41 characters for MySQL and MariaDB, 8–128 for PostgreSQL and SQL Server, 8–30 for Oracle (CreateDBInstance).",
            remediation:
                "let RDS manage the password (`manage_master_user_password = true`), or pick one within the engine's rules",
            resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
            check: { RDSRules.rdsMasterPassword($0) }
        ),
        Rule(
            .auroraServerlessV2Capacity,
            family: .limits,
            severity: .error,
            title: "Aurora Serverless v2 capacity is in half-ACU steps within 0.5–256",
            rationale:
                "ServerlessV2ScalingConfiguration takes multiples of 0.5 ACU: a minimum of 0.5 (0 on versions with auto-pause), a maximum of at least 1 and at most 256 (128 on older versions), minimum not above maximum.",
            remediation: "use half-ACU values such as 0.5 and 4 with min ≤ max",
            resourceTypes: ["aws_rds_cluster"],
            check: { RDSRules.auroraServerlessV2Capacity($0) }
        ),
        Rule(
            .auroraServerlessV2Instance,
            family: .limits,
            severity: .error,
            title: "db.serverless instances join a provisioned cluster with a v2 scaling configuration",
            rationale:
                "A `db.serverless` instance needs its cluster to have serverlessv2_scaling_configuration and engine_mode `provisioned` (the default); CreateDBInstance fails otherwise.",
            remediation:
                "add `serverlessv2_scaling_configuration` to the cluster and leave engine_mode unset or `provisioned`",
            resourceTypes: ["aws_rds_cluster_instance"],
            check: { RDSRules.auroraServerlessV2Instance($0) }
        ),
    ]
}
