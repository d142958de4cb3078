import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the RDS rules (Sources/InfraPolicy/Services/RDS.swift), every family.
    static let rds: [RuleFixture] = [
        RuleFixture(
            .rdsPublic,
            passing: [
                Doc.one(
                    "aws_db_instance",
                    ["publicly_accessible": false, "storage_encrypted": true, "multi_az": true]
                ), Doc.one("aws_db_instance", ["publicly_accessible": false]), Doc.one("aws_db_instance", [:]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["publicly_accessible": true, "storage_encrypted": true, "multi_az": true]),
                Doc.one("aws_db_instance", ["publicly_accessible": true]),
            ],
            pinned: PinnedFinding(attribute: "publicly_accessible", message: "publicly_accessible is true"),
            unknown: [
                .at("publicly_accessible")
            ]
        ),
        RuleFixture(
            .rdsStorageEncrypted,
            passing: [
                Doc.one("aws_db_instance", ["storage_encrypted": true]),
                Doc.one("aws_db_instance", ["storage_encrypted": true]),
                // A read replica is encrypted as its source is; RDS takes no `storage_encrypted` for it.
                Doc.one("aws_db_instance", ["replicate_source_db": .expression("${aws_db_instance.main.identifier}")]),
                // A restore is encrypted as its snapshot is.
                Doc.one("aws_db_instance", ["snapshot_identifier": "app-db-2026-11-30"]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["storage_encrypted": false]),
                Doc.one("aws_db_instance", ["storage_encrypted": false]), Doc.one("aws_db_instance", [:]),
            ],
            pinned: PinnedFinding(attribute: "storage_encrypted", message: "storage_encrypted is not true"),
            unknown: [
                .at("storage_encrypted")
            ]
        ),
        RuleFixture(
            .rdsMultiAZInProduction,
            passing: [Doc.one("aws_db_instance", ["multi_az": true]), Doc.one("aws_db_instance", ["multi_az": true])],
            failing: [
                Doc.one("aws_db_instance", ["multi_az": false]), Doc.one("aws_db_instance", ["multi_az": false]),
            ],
            pinned: PinnedFinding(attribute: "multi_az", message: "multi_az is not enabled in production"),
            unknown: [
                .at("multi_az")
            ]
        ),
        RuleFixture(
            .rdsBackupRetention,
            passing: [
                Doc.one("aws_db_instance", ["backup_retention_period": 7]),
                Doc.one("aws_rds_cluster", ["backup_retention_period": 14]),
                // Point-in-time recovery is the source's.
                Doc.one("aws_db_instance", ["replicate_source_db": "app-db"]),
            ],
            failing: [Doc.one("aws_db_instance", ["backup_retention_period": 1]), Doc.one("aws_rds_cluster", [:])],
            unknown: [
                .at("backup_retention_period")
            ]
        ),
        RuleFixture(
            .rdsDeletionProtection,
            passing: [Doc.one("aws_db_instance", ["deletion_protection": true])],
            failing: [Doc.one("aws_db_instance", [:])],
            unknown: [
                .at("deletion_protection")
            ]
        ),
        RuleFixture(
            .rdsFinalSnapshot,
            passing: [
                Doc.one("aws_db_instance", ["skip_final_snapshot": false, "final_snapshot_identifier": "x-final"]),
                // RDS makes no final snapshot of a read replica, so skipping it is what a replica needs.
                Doc.one("aws_db_instance", ["skip_final_snapshot": true, "replicate_source_db": "app-db"]),
            ],
            failing: [Doc.one("aws_db_instance", ["skip_final_snapshot": true])],
            unknown: [
                .at("skip_final_snapshot")
            ]
        ),
        RuleFixture(
            .rdsCopyTagsToSnapshot,
            passing: [Doc.one("aws_db_instance", ["copy_tags_to_snapshot": true])],
            failing: [Doc.one("aws_rds_cluster", [:])],
            unknown: [
                .at("copy_tags_to_snapshot")
            ]
        ),
        RuleFixture(
            .rdsAutoMinorUpgrade,
            passing: [Doc.one("aws_db_instance", [:])],
            failing: [Doc.one("aws_db_instance", ["auto_minor_version_upgrade": false])],
            unknown: [
                .at("auto_minor_version_upgrade")
            ]
        ),
        RuleFixture(
            .rdsPasswordInConfiguration,
            passing: [Doc.one("aws_db_instance", ["manage_master_user_password": true])],
            failing: [
                Doc.one("aws_db_instance", ["password": "hunter2hunter2"]),
                Doc.one("aws_rds_cluster", ["master_password": .expression("${random_password.db.result}")]),
            ]
        ),
        RuleFixture(
            .auroraStorageEncrypted,
            passing: [
                Doc.one("aws_rds_cluster", ["storage_encrypted": true]),
                // A restore is encrypted as its snapshot is (or with its `kms_key_id`).
                Doc.one("aws_rds_cluster", ["snapshot_identifier": .expression("${var.snapshot}")]),
            ],
            failing: [Doc.one("aws_rds_cluster", [:])],
            unknown: [
                .at("storage_encrypted")
            ]
        ),
        RuleFixture(
            .auroraDeletionProtection,
            passing: [Doc.one("aws_rds_cluster", ["deletion_protection": true])],
            failing: [Doc.one("aws_rds_cluster", ["deletion_protection": false])],
            unknown: [
                .at("deletion_protection")
            ]
        ),
        RuleFixture(
            .rdsClusterInstancePublic,
            passing: [Doc.one("aws_rds_cluster_instance", ["publicly_accessible": false])],
            failing: [Doc.one("aws_rds_cluster_instance", ["publicly_accessible": true])],
            unknown: [
                .at("publicly_accessible")
            ]
        ),
        RuleFixture(
            .rdsIAMAuthentication,
            passing: [Doc.one("aws_db_instance", ["iam_database_authentication_enabled": true])],
            failing: [Doc.one("aws_db_instance", [:])],
            unknown: [
                .at("iam_database_authentication_enabled")
            ]
        ),
        RuleFixture(
            .rdsIdentifier,
            passing: [
                Doc.one("aws_db_instance", ["identifier": "bmlt-aggregator"]),
                Doc.one("aws_db_instance", ["identifier": .expression("${var.env}-db")]),
                Doc.one("aws_rds_cluster", ["cluster_identifier": .string("a" + String(repeating: "1", count: 62))]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["identifier": .string("a" + String(repeating: "1", count: 63))]),
                Doc.one("aws_db_instance", ["identifier": "1db"]),
                Doc.one("aws_db_instance", ["identifier": "my--db"]),
                Doc.one("aws_db_instance", ["identifier": "mydb-"]),
                Doc.one("aws_db_instance", ["identifier": "My_DB"]),
                Doc.one(
                    "aws_rds_cluster",
                    ["cluster_identifier": "revendiste-production-aurora-postgresql-cluster-with-a-long-name"]
                ),
                Doc.one("aws_rds_cluster_instance", ["identifier_prefix": Doc.name(38)]),
            ],
            unknown: [
                .at("identifier")
            ]
        ),
        RuleFixture(
            .rdsFinalSnapshotIdentifier,
            passing: [
                Doc.one("aws_db_instance", ["skip_final_snapshot": false, "final_snapshot_identifier": "app-final"]),
                Doc.one("aws_rds_cluster", ["skip_final_snapshot": true]),
                Doc.one(
                    "aws_db_instance",
                    ["replicate_source_db": Doc.ref("aws_db_instance.primary", "identifier")]
                ),
                Doc.one("aws_db_instance", ["skip_final_snapshot": .expression("${var.ephemeral}")]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["identifier": "app"]),
                Doc.one("aws_rds_cluster", ["cluster_identifier": "app", "skip_final_snapshot": false]),
            ],
            unknown: [
                .at("final_snapshot_identifier")
            ]
        ),
        RuleFixture(
            .rdsMasterPassword,
            passing: [
                Doc.one("aws_db_instance", ["engine": "mysql", "password": "Correct-Horse-9!"]),
                Doc.one(
                    "aws_db_instance",
                    ["engine": "postgres", "password": .string(String(repeating: "p", count: 100))]
                ),
                Doc.one(
                    "aws_rds_cluster",
                    ["engine": "aurora-mysql", "master_password": .expression("${random_password.db.result}")]
                ),
            ],
            failing: [
                Doc.one("aws_db_instance", ["engine": "mysql", "password": "p@ssword123"]),
                Doc.one(
                    "aws_db_instance",
                    ["engine": "mysql", "password": .string(String(repeating: "p", count: 42))]
                ),
                Doc.one("aws_rds_cluster", ["engine": "aurora-postgresql", "master_password": "short"]),
                Doc.one("aws_db_instance", ["engine": "custom-engine", "password": "has space 12345"]),
            ],
            unknown: [
                .at("password")
            ]
        ),
        RuleFixture(
            .auroraServerlessV2Capacity,
            passing: [
                Doc.serverless(["min_capacity": 0.5, "max_capacity": 4]),
                Doc.serverless(["min_capacity": 0, "max_capacity": 1, "seconds_until_auto_pause": 300]),
                Doc.serverless(["min_capacity": 2.5, "max_capacity": 256]),
            ],
            failing: [
                Doc.serverless(["min_capacity": 0.25, "max_capacity": 4]),
                Doc.serverless(["min_capacity": 1, "max_capacity": 300]),
                Doc.serverless(["min_capacity": 1.3, "max_capacity": 4]),
                Doc.serverless(["min_capacity": 8, "max_capacity": 4]),
                Doc.serverless(["min_capacity": 0.5, "max_capacity": 0.5]),
            ],
            unknown: [
                .at("serverlessv2_scaling_configuration.min_capacity", of: "aws_rds_cluster.app")
            ]
        ),
        RuleFixture(
            .auroraServerlessV2Instance,
            passing: [
                Doc.serverless(["min_capacity": 0.5, "max_capacity": 4]),
                Doc.serverless(["min_capacity": 0.5, "max_capacity": 4], engineMode: "provisioned"),
            ],
            failing: [
                Doc.serverless(nil),
                Doc.serverless(["min_capacity": 0.5, "max_capacity": 4], engineMode: "serverless"),
            ],
            unknown: [
                .at("instance_class", of: "aws_rds_cluster_instance.app")
            ]
        ),
    ]
}
