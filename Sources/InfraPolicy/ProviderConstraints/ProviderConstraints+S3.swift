import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_s3_bucket, aws_s3_bucket_cors_configuration, aws_s3_bucket_lifecycle_configuration, aws_s3_bucket_logging, aws_s3_bucket_notification, aws_s3_bucket_ownership_controls, aws_s3_bucket_policy, aws_s3_bucket_public_access_block, aws_s3_bucket_server_side_encryption_configuration, aws_s3_bucket_versioning, aws_s3_object).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let s3: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_s3_bucket",
            source: "internal/service/s3/bucket.go",
            [
                .oneOf("acceleration_status", ["Enabled", "Suspended"]),
                .oneOf(
                    "acl",
                    [
                        "private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
                        "log-delivery-write",
                    ]
                ),
                .conflicts("acl", ["grant"]),
                .length("bucket", 0...63),
                .conflicts("bucket", ["bucket_prefix"]),
                .length("bucket_prefix", 0...37),
                .conflicts("bucket_prefix", ["bucket"]),
                .conflicts("grant", ["acl"]),
                .atLeast("lifecycle_rule.expiration.days", 0),
                .length("lifecycle_rule.id", 0...255),
                .atLeast("lifecycle_rule.noncurrent_version_expiration.days", 1),
                .atLeast("lifecycle_rule.noncurrent_version_transition.days", 0),
                .atLeast("lifecycle_rule.transition.days", 0),
                .oneOf("object_lock_configuration.object_lock_enabled", ["Enabled"]),
                .atLeast("object_lock_configuration.rule.default_retention.days", 1),
                .oneOf("object_lock_configuration.rule.default_retention.mode", ["GOVERNANCE", "COMPLIANCE"]),
                .atLeast("object_lock_configuration.rule.default_retention.years", 1),
                .json("policy"),
                .oneOf("replication_configuration.rules.delete_marker_replication_status", ["Enabled"]),
                .oneOf("replication_configuration.rules.destination.access_control_translation.owner", ["Destination"]),
                .arn("replication_configuration.rules.destination.bucket"),
                .range("replication_configuration.rules.destination.metrics.minutes", 10...15),
                .range("replication_configuration.rules.destination.replication_time.minutes", 15...15),
                .length("replication_configuration.rules.filter.prefix", 0...1024),
                .length("replication_configuration.rules.id", 0...255),
                .length("replication_configuration.rules.prefix", 0...1024),
                .oneOf("request_payer", ["Requester", "BucketOwner"]),
                .oneOf(
                    "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm",
                    ["AES256", "aws:kms", "aws:kms:dsse"]
                ),
                .json("website.routing_rules"),
                .exactlyOneOf(["index_document", "redirect_all_requests_to"], in: "website"),
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_cors_configuration",
            source: "internal/service/s3/bucket_cors_configuration.go",
            [
                .length("bucket", 1...63),
                .length("cors_rule.id", 0...255),
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_lifecycle_configuration",
            source: "internal/service/s3/bucket_lifecycle_configuration.go",
            [
                .length("bucket", 1...63),
                .atLeast("rule.filter.and.object_size_greater_than", 0),
                .atLeast("rule.filter.and.object_size_less_than", 1),
                .length("rule.id", 1...255),
                .atLeast("rule.noncurrent_version_expiration.newer_noncurrent_versions", 1),
                .atLeast("rule.noncurrent_version_expiration.noncurrent_days", 1),
                .oneOf("rule.status", ["Disabled", "Enabled"]),
                .oneOf(
                    "rule.transition.storage_class",
                    ["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"]
                ),
                .oneOf(
                    "rule.noncurrent_version_transition.storage_class",
                    ["GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR"]
                ),
                .atLeast("rule.transition.days", 0),
                .oneOf(
                    "transition_default_minimum_object_size",
                    ["varies_by_storage_class", "all_storage_classes_128K"]
                ),
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_logging",
            source: "internal/service/s3/bucket_logging.go",
            [
                .length("bucket", 1...63),
                .oneOf("target_grant.grantee.type", ["CanonicalUser", "AmazonCustomerByEmail", "Group"]),
                .oneOf("target_grant.permission", ["FULL_CONTROL", "READ", "WRITE"]),
                .exactlyOneOf(["partitioned_prefix", "simple_prefix"], in: "target_object_key_format"),
            ]
        ),
        ResourceConstraints("aws_s3_bucket_notification", source: "internal/service/s3/bucket_notification.go", []),
        ResourceConstraints(
            "aws_s3_bucket_ownership_controls",
            source: "internal/service/s3/bucket_ownership_controls.go",
            [
                .notEmpty("bucket"),
                .oneOf("rule.object_ownership", ["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"]),
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_policy",
            source: "internal/service/s3/bucket_policy.go",
            [
                .json("policy")
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_public_access_block",
            source: "internal/service/s3/bucket_public_access_block.go",
            []
        ),
        ResourceConstraints(
            "aws_s3_bucket_server_side_encryption_configuration",
            source: "internal/service/s3/bucket_server_side_encryption_configuration.go",
            [
                .length("bucket", 1...63),
                .oneOf(
                    "rule.apply_server_side_encryption_by_default.sse_algorithm",
                    ["AES256", "aws:kms", "aws:kms:dsse"]
                ),
            ]
        ),
        ResourceConstraints(
            "aws_s3_bucket_versioning",
            source: "internal/service/s3/bucket_versioning.go",
            [
                .length("bucket", 1...63),
                .oneOf("versioning_configuration.mfa_delete", ["Enabled", "Disabled"]),
                .oneOf("versioning_configuration.status", ["Enabled", "Suspended", "Disabled"]),
            ]
        ),
        ResourceConstraints(
            "aws_s3_object",
            source: "internal/service/s3/object.go",
            [
                .oneOf(
                    "acl",
                    [
                        "private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
                        "bucket-owner-read", "bucket-owner-full-control",
                    ]
                ),
                .notEmpty("bucket"),
                .oneOf("checksum_algorithm", ["CRC32", "CRC32C", "SHA1", "SHA256", "CRC64NVME"]),
                .conflicts("content", ["source"]),
                .conflicts("content_base64", ["source"]),
                .conflicts("etag", ["kms_key_id"]),
                .notEmpty("key"),
                .arn("kms_key_id"),
                .oneOf("object_lock_legal_hold_status", ["ON", "OFF"]),
                .oneOf("object_lock_mode", ["GOVERNANCE", "COMPLIANCE"]),
                .oneOf("server_side_encryption", ["AES256", "aws:kms", "aws:kms:dsse"]),
                .conflicts("source", ["content"]),
                .oneOf(
                    "storage_class",
                    [
                        "STANDARD", "REDUCED_REDUNDANCY", "GLACIER", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
                        "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE",
                    ]
                ),
            ]
        ),
    ]
}
