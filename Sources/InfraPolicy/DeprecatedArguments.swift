/// What replaces a deprecated argument or block of hashicorp/aws, for SCH007's message.
///
/// The embedded schema keeps only the `deprecated` flag, not the provider's deprecation text, so without this table
/// a finding could only send the reader to the documentation, where `terraform validate` quotes the replacement.
/// The entries carry over the provider's own deprecation notices (5.100.0) for arguments a configuration sets;
/// computed attributes nobody writes are left out. `DeprecatedArgumentsTests` checks each entry against the schema.
enum DeprecatedArguments {
    /// The advice for `path` of `type`, e.g. "use the aws_s3_bucket_acl resource instead"; `nil` where the table has
    /// none. `path` is the schema path: block indices (`rule[0].prefix`) are ignored.
    static func replacement(type: String, path: String) -> String? {
        table[type]?[schemaPath(path)]
    }

    /// `rule[0].prefix` → `rule.prefix`.
    static func schemaPath(_ path: String) -> String {
        guard path.contains("[") else { return path }
        var result = ""
        var skipping = false
        for character in path {
            if character == "[" {
                skipping = true
            } else if character == "]" {
                skipping = false
            } else if !skipping {
                result.append(character)
            }
        }
        return result
    }

    private static func resource(_ name: String) -> String { "use the \(name) resource instead" }

    /// By resource type, then schema path.
    static let table: [String: [String: String]] = [
        "aws_s3_bucket": [
            "acceleration_status": resource("aws_s3_bucket_accelerate_configuration"),
            "acl": resource("aws_s3_bucket_acl"),
            "grant": resource("aws_s3_bucket_acl"),
            "policy": resource("aws_s3_bucket_policy"),
            "request_payer": resource("aws_s3_bucket_request_payment_configuration"),
            "cors_rule": resource("aws_s3_bucket_cors_configuration"),
            "lifecycle_rule": resource("aws_s3_bucket_lifecycle_configuration"),
            "logging": resource("aws_s3_bucket_logging"),
            "object_lock_configuration": "use the top-level `object_lock_enabled` and the "
                + "aws_s3_bucket_object_lock_configuration resource instead",
            "object_lock_configuration.object_lock_enabled": "use the top-level `object_lock_enabled` instead",
            "object_lock_configuration.rule": resource("aws_s3_bucket_object_lock_configuration"),
            "replication_configuration": resource("aws_s3_bucket_replication_configuration"),
            "server_side_encryption_configuration": resource("aws_s3_bucket_server_side_encryption_configuration"),
            "versioning": resource("aws_s3_bucket_versioning"),
            "website": resource("aws_s3_bucket_website_configuration"),
        ],
        "aws_s3_bucket_object": [
            "bucket": resource("aws_s3_object"),
            "key": resource("aws_s3_object"),
        ],
        "aws_s3_bucket_lifecycle_configuration": ["rule.prefix": "use `rule.filter` instead"],
        "aws_s3_bucket_replication_configuration": ["rule.prefix": "use `rule.filter` instead"],
        "aws_iam_role": [
            "managed_policy_arns": resource("aws_iam_role_policy_attachment")
                + " (and aws_iam_role_policy_attachments_exclusive where Terraform should own every attachment)",
            "inline_policy": resource("aws_iam_role_policy")
                + " (and aws_iam_role_policies_exclusive where Terraform should own every inline policy)",
        ],
        "aws_api_gateway_deployment": [
            "stage_name": resource("aws_api_gateway_stage"),
            "stage_description": resource("aws_api_gateway_stage"),
            "canary_settings": resource("aws_api_gateway_stage"),
        ],
        "aws_eip": ["vpc": "use `domain = \"vpc\"` instead"],
        "aws_instance": [
            "cpu_core_count": "use the `cpu_options` block instead",
            "cpu_threads_per_core": "use the `cpu_options` block instead",
        ],
        "aws_spot_instance_request": [
            "cpu_core_count": "use the `cpu_options` block instead",
            "cpu_threads_per_core": "use the `cpu_options` block instead",
        ],
        "aws_flow_log": ["log_group_name": "use `log_destination` instead"],
        "aws_cloudwatch_event_rule": ["is_enabled": "use `state` instead"],
        "aws_eks_addon": [
            "resolve_conflicts": "use `resolve_conflicts_on_create` and `resolve_conflicts_on_update` instead"
        ],
        "aws_batch_job_queue": ["compute_environments": "use `compute_environment_order` blocks instead"],
        "aws_guardduty_organization_configuration": ["auto_enable": "use `auto_enable_organization_members` instead"],
        "aws_dx_gateway_association": ["vpn_gateway_id": "use `associated_gateway_id` instead"],
        "aws_ssm_association": ["instance_id": "use `targets` instead"],
        "aws_redshift_cluster": [
            "logging": resource("aws_redshift_logging"),
            "snapshot_copy": resource("aws_redshift_snapshot_copy"),
        ],
        "aws_launch_template": [
            "elastic_gpu_specifications": "AWS no longer offers Elastic Graphics: remove the block",
            "elastic_inference_accelerator": "AWS no longer offers Elastic Inference: remove the block",
        ],
        "aws_sagemaker_notebook_instance": [
            "accelerator_types": "AWS no longer offers Elastic Inference: remove the argument"
        ],
    ]
}
