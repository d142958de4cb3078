import InfraCore
import InfraPolicy

extension RuleFixtures {
    static let dataSecurity: [RuleFixture] = [
        RuleFixture(
            .rdsBackupRetention,
            passing: [
                Doc.one("aws_db_instance", ["backup_retention_period": 7]),
                Doc.one("aws_rds_cluster", ["backup_retention_period": 14]),
            ],
            failing: [Doc.one("aws_db_instance", ["backup_retention_period": 1]), Doc.one("aws_rds_cluster", [:])]
        ),
        RuleFixture(
            .rdsDeletionProtection,
            passing: [Doc.one("aws_db_instance", ["deletion_protection": true])],
            failing: [Doc.one("aws_db_instance", [:])]
        ),
        RuleFixture(
            .rdsFinalSnapshot,
            passing: [
                Doc.one("aws_db_instance", ["skip_final_snapshot": false, "final_snapshot_identifier": "x-final"])
            ],
            failing: [Doc.one("aws_db_instance", ["skip_final_snapshot": true])]
        ),
        RuleFixture(
            .rdsCopyTagsToSnapshot,
            passing: [Doc.one("aws_db_instance", ["copy_tags_to_snapshot": true])],
            failing: [Doc.one("aws_rds_cluster", [:])]
        ),
        RuleFixture(
            .rdsAutoMinorUpgrade,
            passing: [Doc.one("aws_db_instance", [:])],
            failing: [Doc.one("aws_db_instance", ["auto_minor_version_upgrade": false])]
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
            passing: [Doc.one("aws_rds_cluster", ["storage_encrypted": true])],
            failing: [Doc.one("aws_rds_cluster", [:])]
        ),
        RuleFixture(
            .auroraDeletionProtection,
            passing: [Doc.one("aws_rds_cluster", ["deletion_protection": true])],
            failing: [Doc.one("aws_rds_cluster", ["deletion_protection": false])]
        ),
        RuleFixture(
            .rdsClusterInstancePublic,
            passing: [Doc.one("aws_rds_cluster_instance", ["publicly_accessible": false])],
            failing: [Doc.one("aws_rds_cluster_instance", ["publicly_accessible": true])]
        ),
        RuleFixture(
            .rdsIAMAuthentication,
            passing: [Doc.one("aws_db_instance", ["iam_database_authentication_enabled": true])],
            failing: [Doc.one("aws_db_instance", [:])]
        ),
        RuleFixture(
            .s3PublicAccessBlock,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    ("aws_s3_bucket_public_access_block", "b", publicAccessBlock(all: true)),
                ])
            ],
            failing: [
                Doc.one("aws_s3_bucket", [:]),
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    ("aws_s3_bucket_public_access_block", "b", publicAccessBlock(all: false)),
                ]),
            ]
        ),
        RuleFixture(
            .s3Versioning,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_versioning", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "versioning_configuration": [["status": "Enabled"]],
                        ]
                    ),
                ])
            ],
            failing: [
                Doc.one("aws_s3_bucket", [:]),
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_versioning", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "versioning_configuration": [["status": "Suspended"]],
                        ]
                    ),
                ]),
            ]
        ),
        RuleFixture(
            .s3TLSOnly,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_policy", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "policy": .expression(
                                #"{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"${aws_s3_bucket.b.arn}","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
                            ),
                        ]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .s3PublicACL,
            passing: [Doc.one("aws_s3_bucket_acl", ["acl": "private"])],
            failing: [
                Doc.one("aws_s3_bucket_acl", ["acl": "public-read"]),
                Doc.one("aws_s3_bucket", ["acl": "public-read-write"]),
            ]
        ),
        RuleFixture(
            .s3DefaultEncryption,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_server_side_encryption_configuration", "b",
                        ["bucket": .expression("${aws_s3_bucket.b.id}"), "rule": [["apply_server_side_encryption_by_default": [["sse_algorithm": "AES256"]]]]]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .s3ForceDestroy,
            passing: [Doc.one("aws_s3_bucket", ["force_destroy": false])],
            failing: [Doc.one("aws_s3_bucket", ["force_destroy": true])]
        ),
        RuleFixture(
            .s3OwnershipEnforced,
            passing: [
                Doc.resources([
                    ("aws_s3_bucket", "b", [:]),
                    (
                        "aws_s3_bucket_ownership_controls", "b",
                        [
                            "bucket": .expression("${aws_s3_bucket.b.id}"),
                            "rule": [["object_ownership": "BucketOwnerEnforced"]],
                        ]
                    ),
                ])
            ],
            failing: [Doc.one("aws_s3_bucket", [:])]
        ),
        RuleFixture(
            .sqsEncrypted,
            passing: [
                Doc.one("aws_sqs_queue", [:]),
                Doc.one("aws_sqs_queue", ["sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/x"]),
            ],
            failing: [Doc.one("aws_sqs_queue", ["sqs_managed_sse_enabled": false])]
        ),
        RuleFixture(
            .sqsDeadLetterQueue,
            passing: [
                Doc.resources([
                    (
                        "aws_sqs_queue", "jobs",
                        [
                            "redrive_policy": .expression(
                                #"{"deadLetterTargetArn":"${aws_sqs_queue.jobs_failed.arn}","maxReceiveCount":5}"#
                            )
                        ]
                    ),
                    ("aws_sqs_queue", "jobs_failed", [:]),
                ])
            ],
            failing: [Doc.one("aws_sqs_queue", [:])]
        ),
        RuleFixture(
            .snsEncrypted,
            passing: [Doc.one("aws_sns_topic", ["kms_master_key_id": "alias/alerts"])],
            failing: [Doc.one("aws_sns_topic", [:])]
        ),
        RuleFixture(
            .efsEncrypted,
            passing: [Doc.one("aws_efs_file_system", ["encrypted": true])],
            failing: [Doc.one("aws_efs_file_system", [:])]
        ),
        RuleFixture(
            .elastiCacheAtRestEncryption,
            passing: [Doc.one("aws_elasticache_replication_group", ["at_rest_encryption_enabled": true])],
            failing: [Doc.one("aws_elasticache_replication_group", [:])]
        ),
        RuleFixture(
            .elastiCacheTransitEncryption,
            passing: [Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": true])],
            failing: [Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": false])]
        ),
        RuleFixture(
            .elastiCacheAuthToken,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": .expression("${aws_secretsmanager_secret_version.redis.secret_string}")]
                )
            ],
            failing: [Doc.one("aws_elasticache_replication_group", [:])]
        ),
        RuleFixture(
            .kmsKeyRotation,
            passing: [
                Doc.one("aws_kms_key", ["enable_key_rotation": true]),
                Doc.one("aws_kms_key", ["customer_master_key_spec": "RSA_2048"]),
            ],
            failing: [Doc.one("aws_kms_key", [:])]
        ),
        RuleFixture(
            .logGroupKMS,
            passing: [Doc.one("aws_cloudwatch_log_group", ["kms_key_id": .expression("${aws_kms_key.main.arn}")])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30])]
        ),
        RuleFixture(
            .logRetentionOneYear,
            passing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 365])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30])]
        ),
        RuleFixture(
            .secretsRecoveryWindow,
            passing: [Doc.one("aws_secretsmanager_secret", ["recovery_window_in_days": 7])],
            failing: [Doc.one("aws_secretsmanager_secret", ["recovery_window_in_days": 0])]
        ),
        RuleFixture(
            .secretsCustomerKey,
            passing: [Doc.one("aws_secretsmanager_secret", ["kms_key_id": .expression("${aws_kms_key.main.arn}")])],
            failing: [Doc.one("aws_secretsmanager_secret", ["name": "app/token"])]
        ),
        RuleFixture(
            .ssmSecretParameter,
            passing: [
                Doc.one("aws_ssm_parameter", ["name": "/app/db_password", "type": "SecureString"]),
                Doc.one("aws_ssm_parameter", ["name": "/app/log_level", "type": "String"]),
            ],
            failing: [Doc.one("aws_ssm_parameter", ["name": "/app/api_token", "type": "String"])]
        ),
    ]

    static func publicAccessBlock(all: Bool) -> JSONValue {
        [
            "bucket": .expression("${aws_s3_bucket.b.id}"),
            "block_public_acls": true,
            "block_public_policy": .bool(all),
            "ignore_public_acls": true,
            "restrict_public_buckets": true,
        ]
    }
}
