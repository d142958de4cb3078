import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_efs_access_point, aws_efs_backup_policy, aws_efs_file_system, aws_efs_file_system_policy, aws_efs_mount_target).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let efs: [ResourceConstraints] = [
        ResourceConstraints("aws_efs_access_point", source: "internal/service/efs/access_point.go", []),
        ResourceConstraints(
            "aws_efs_backup_policy",
            source: "internal/service/efs/backup_policy.go",
            [
                .oneOf("backup_policy.status", ["DISABLED", "ENABLED"])
            ]
        ),
        ResourceConstraints(
            "aws_efs_file_system",
            source: "internal/service/efs/file_system.go",
            [
                .notEmpty("availability_zone_name"),
                .length("creation_token", 0...64),
                .arn("kms_key_id"),
                .oneOf(
                    "lifecycle_policy.transition_to_archive",
                    [
                        "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS", "AFTER_30_DAYS", "AFTER_60_DAYS",
                        "AFTER_90_DAYS", "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS",
                    ]
                ),
                .oneOf(
                    "lifecycle_policy.transition_to_ia",
                    [
                        "AFTER_7_DAYS", "AFTER_14_DAYS", "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS",
                        "AFTER_1_DAY", "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS",
                    ]
                ),
                .oneOf("lifecycle_policy.transition_to_primary_storage_class", ["AFTER_1_ACCESS"]),
                .oneOf("performance_mode", ["generalPurpose", "maxIO"]),
                .oneOf("protection.replication_overwrite", ["ENABLED", "DISABLED"]),
                .oneOf("throughput_mode", ["bursting", "provisioned", "elastic"]),
            ]
        ),
        ResourceConstraints(
            "aws_efs_file_system_policy",
            source: "internal/service/efs/file_system_policy.go",
            [
                .json("policy")
            ]
        ),
        ResourceConstraints("aws_efs_mount_target", source: "internal/service/efs/mount_target.go", []),
    ]
}
