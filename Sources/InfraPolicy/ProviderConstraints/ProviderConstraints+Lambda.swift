import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_lambda_function, aws_lambda_permission).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let lambda: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_lambda_function",
            source: "internal/service/lambda/function.go",
            [
                .oneOf("architectures", ["x86_64", "arm64"]),
                .arn("code_signing_config_arn"),
                .arn("dead_letter_config.target_arn"),
                .range("ephemeral_storage.size", 512...10240),
                .arn("file_system_config.arn"),
                .length("function_name", 1...140),
                .length("handler", 1...128),
                .arn("kms_key_arn"),
                .arn("layers"),
                .oneOf("logging_config.application_log_level", ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]),
                .oneOf("logging_config.log_format", ["JSON", "Text"]),
                .length("logging_config.log_group", 1...512),
                .oneOf("logging_config.system_log_level", ["DEBUG", "INFO", "WARN"]),
                .range("memory_size", 128...10240),
                .oneOf("package_type", ["Zip", "Image"]),
                .requiredWith("replacement_security_group_ids", ["replace_security_groups_on_destroy"]),
                .arn("role"),
                .oneOf(
                    "runtime",
                    [
                        "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
                        "nodejs16.x", "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7",
                        "python3.8", "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
                        "dotnet6", "dotnet8", "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided",
                        "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2", "ruby3.3", "ruby3.4",
                        "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13",
                        "nodejs22.x",
                    ]
                ),
                .conflicts("s3_object_version", ["filename"]),
                .oneOf("snap_start.apply_on", ["PublishedVersions", "None"]),
                .range("timeout", 1...900),
                .oneOf("tracing_config.mode", ["Active", "PassThrough"]),
                .exactlyOneOf(["filename", "image_uri", "s3_bucket"]),
            ]
        ),
        ResourceConstraints(
            "aws_lambda_permission",
            source: "internal/service/lambda/permission.go",
            [
                .length("event_source_token", 1...256),
                .length("function_name", 1...140),
                .oneOf("function_url_auth_type", ["NONE", "AWS_IAM"]),
                .length("qualifier", 1...128),
                .arn("source_arn"),
                .conflicts("statement_id", ["statement_id_prefix"]),
                .conflicts("statement_id_prefix", ["statement_id"]),
            ]
        ),
    ]
}
