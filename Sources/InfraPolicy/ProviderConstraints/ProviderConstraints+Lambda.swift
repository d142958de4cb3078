import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_lambda_alias, aws_lambda_event_source_mapping, aws_lambda_function, aws_lambda_function_event_invoke_config, aws_lambda_layer_version, aws_lambda_permission).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let lambda: [ResourceConstraints] = [
        ResourceConstraints("aws_lambda_alias", source: "internal/service/lambda/alias.go", []),
        ResourceConstraints(
            "aws_lambda_event_source_mapping",
            source: "internal/service/lambda/event_source_mapping.go",
            []
        ),
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
                .requiredWith("s3_bucket", ["s3_key"]),
                .conflicts("s3_object_version", ["filename"]),
                .oneOf("snap_start.apply_on", ["PublishedVersions", "None"]),
                .range("timeout", 1...900),
                .oneOf("tracing_config.mode", ["Active", "PassThrough"]),
                .exactlyOneOf(["filename", "image_uri", "s3_bucket"]),
                .matches(
                    "function_name",
                    #"^(arn:[\w-]+:lambda:)?([a-z]{2}-(?:[a-z]+-){1,2}\d{1}:)?(\d{12}:)?(function:)?([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$"#,
                    "must be valid function name or function ARN",
                    example: "app-import"
                ).from("internal/service/lambda/validate.go"),
                .matches(
                    "file_system_config.local_mount_path",
                    #"^/mnt/"#,
                    "must start with '/mnt/'",
                    example: "/mnt/data"
                ),
                .matches(
                    "logging_config.log_group",
                    #"^[\.\-_/#A-Za-z0-9]+$"#,
                    "must contain alphanumeric characters, underscores, hyphens, slashes, hash signs and dots only",
                    example: "/aws/lambda/app"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_lambda_function_event_invoke_config",
            source: "internal/service/lambda/function_event_invoke_config.go",
            [
                .arn("destination_config.on_failure.destination"),
                .arn("destination_config.on_success.destination"),
                .notEmpty("function_name"),
                .range("maximum_event_age_in_seconds", 60...21600),
                .range("maximum_retry_attempts", 0...2),
                .notEmpty("qualifier"),
            ]
        ),
        ResourceConstraints(
            "aws_lambda_layer_version",
            source: "internal/service/lambda/layer_version.go",
            [
                .oneOf("compatible_architectures", ["x86_64", "arm64"]),
                .oneOf(
                    "compatible_runtimes",
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
                .conflicts("filename", ["s3_bucket"]),
                .length("license_info", 0...512),
                .conflicts("s3_bucket", ["filename"]),
                .conflicts("s3_key", ["filename"]),
                .conflicts("s3_object_version", ["filename"]),
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
                .length("statement_id", 1...100),
                .conflicts("statement_id", ["statement_id_prefix"]),
                .length("statement_id_prefix", 1...100),
                .conflicts("statement_id_prefix", ["statement_id"]),
                .matches(
                    "function_name",
                    #"^(arn:[\w-]+:lambda:)?([a-z]{2}-(?:[a-z]+-){1,2}\d{1}:)?(\d{12}:)?(function:)?([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$"#,
                    "must be valid function name or function ARN",
                    example: "app-import"
                ).from("internal/service/lambda/validate.go"),
                .matches(
                    "action",
                    #"^(lambda:[*]|lambda:[A-Za-z]+|[*])$"#,
                    "must be a valid action (usually starts with lambda:)",
                    example: "lambda:InvokeFunction"
                ),
                .matches(
                    "statement_id",
                    #"^[0-9A-Za-z_-]+$"#,
                    "must contain alphanumeric, underscores or dashes only",
                    example: "AllowEventBridge"
                ),
                .matches(
                    "statement_id_prefix",
                    #"^[0-9A-Za-z_-]+$"#,
                    "must contain alphanumeric, underscores or dashes only",
                    example: "Allow"
                ),
                .matches(
                    "qualifier",
                    #"^[0-9A-Za-z$_-]+$"#,
                    "must contain alphanumeric, dollar signs, underscores or dashes only",
                    example: "live"
                ),
                .matches(
                    "source_account",
                    #"^\d{12}$"#,
                    "doesn't look like AWS Account ID (exactly 12 digits)",
                    example: "123456789012"
                ).from("internal/verify/validate.go"),
            ]
        ),
    ]
}
