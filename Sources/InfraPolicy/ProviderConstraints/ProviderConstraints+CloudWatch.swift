import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_cloudwatch_dashboard, aws_cloudwatch_event_rule, aws_cloudwatch_event_target, aws_cloudwatch_log_group, aws_cloudwatch_log_metric_filter, aws_cloudwatch_metric_alarm).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let cloudWatch: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_cloudwatch_dashboard",
            source: "internal/service/cloudwatch/dashboard.go",
            [
                .json("dashboard_body"),
                .length("dashboard_name", 0...255),
                .matches("dashboard_name", #"^[0-9A-Za-z_-]+$"#, "must match ^[0-9A-Za-z_-]+$"),
            ]
        ),
        ResourceConstraints(
            "aws_cloudwatch_event_rule",
            source: "internal/service/events/rule.go",
            [
                .length("description", 0...512),
                .anyOf(
                    "event_bus_name",
                    [
                        .arn("event_bus_name"), .length("event_bus_name", 1...1600),
                        .matches("event_bus_name", #"^[/\.\-_A-Za-z0-9]+$"#, "must match ^[/\\.\\-_A-Za-z0-9]+$"),
                    ]
                ),
                .json("event_pattern"),
                .conflicts("is_enabled", ["state"]),
                .length("name", 0...64),
                .matches("name", #"^[0-9A-Za-z_.-]+$"#, "must match ^[0-9A-Za-z_.-]+$"),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...64),
                .matches("name_prefix", #"^[0-9A-Za-z_.-]+$"#, "must match ^[0-9A-Za-z_.-]+$"),
                .conflicts("name_prefix", ["name"]),
                .arn("role_arn"),
                .length("schedule_expression", 0...256),
                .oneOf("state", ["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]),
                .conflicts("state", ["is_enabled"]),
                .atLeastOneOf(["event_pattern", "schedule_expression"]),
            ]
        ),
        ResourceConstraints(
            "aws_cloudwatch_event_target",
            source: "internal/service/events/target.go",
            [
                .length("appsync_target.graphql_operation", 1...1048576),
                .arn("arn"),
                .range("batch_target.array_size", 2...10000),
                .range("batch_target.job_attempts", 1...10),
                .arn("dead_letter_config.arn"),
                .range("ecs_target.capacity_provider_strategy.base", 0...100000),
                .range("ecs_target.capacity_provider_strategy.weight", 0...1000),
                .length("ecs_target.group", 1...255),
                .oneOf("ecs_target.launch_type", ["EC2", "FARGATE", "EXTERNAL"]),
                .length("ecs_target.ordered_placement_strategy.field", 0...255),
                .oneOf("ecs_target.ordered_placement_strategy.type", ["random", "spread", "binpack"]),
                .oneOf("ecs_target.placement_constraint.type", ["distinctInstance", "memberOf"]),
                .length("ecs_target.platform_version", 0...1600),
                .oneOf("ecs_target.propagate_tags", ["TASK_DEFINITION"]),
                .range("ecs_target.task_count", 1...2147483647),
                .arn("ecs_target.task_definition_arn"),
                .anyOf(
                    "event_bus_name",
                    [
                        .arn("event_bus_name"), .length("event_bus_name", 1...1600),
                        .matches("event_bus_name", #"^[/\.\-_A-Za-z0-9]+$"#, "must match ^[/\\.\\-_A-Za-z0-9]+$"),
                    ]
                ),
                .json("input"),
                .conflicts("input", ["input_path"]),
                .length("input_path", 0...256),
                .conflicts("input_path", ["input"]),
                .conflicts("input_transformer", ["input"]),
                .length("kinesis_target.partition_key_path", 1...256),
                .length("redshift_target.database", 1...64),
                .length("redshift_target.db_user", 1...128),
                .arn("redshift_target.secrets_manager_arn"),
                .length("redshift_target.sql", 1...100000),
                .length("redshift_target.statement_name", 1...500),
                .range("retry_policy.maximum_event_age_in_seconds", 0...86400),
                .range("retry_policy.maximum_retry_attempts", 0...185),
                .arn("role_arn"),
                .length("rule", 0...64),
                .matches("rule", #"^[0-9A-Za-z_.-]+$"#, "must match ^[0-9A-Za-z_.-]+$"),
                .length("run_command_targets.key", 1...128),
                .length("run_command_targets.values", 1...256),
                .length("target_id", 0...64),
                .matches("target_id", #"^[0-9A-Za-z_.-]+$"#, "must match ^[0-9A-Za-z_.-]+$"),
            ]
        ),
        ResourceConstraints(
            "aws_cloudwatch_log_group",
            source: "internal/service/logs/group.go",
            [
                .oneOf("log_group_class", ["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"]),
                .length("name", 0...512),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...483),
                .conflicts("name_prefix", ["name"]),
                .intOneOf(
                    "retention_in_days",
                    [
                        0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
                        3288, 3653,
                    ]
                ),
                .matches(
                    "name",
                    #"^[\.\-_/#A-Za-z0-9]+$"#,
                    "isn't a valid log group name (alphanumeric characters, underscores, hyphens, slashes, hash signs and dots are allowed)",
                    example: "/ecs/app"
                ).from("internal/service/logs/validate.go"),
                .length("name", 1...512).from("internal/service/logs/validate.go"),
                .matches(
                    "name_prefix",
                    #"^[\.\-_/#A-Za-z0-9]+$"#,
                    "isn't a valid log group name (alphanumeric characters, underscores, hyphens, slashes, hash signs and dots are allowed)",
                    example: "/ecs/app-"
                ).from("internal/service/logs/validate.go"),
            ]
        ),
        ResourceConstraints(
            "aws_cloudwatch_log_metric_filter",
            source: "internal/service/logs/metric_filter.go",
            [
                .length("log_group_name", 0...512),
                .length("metric_transformation.name", 0...255),
                .length("metric_transformation.namespace", 0...255),
                .oneOf(
                    "metric_transformation.unit",
                    [
                        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes",
                        "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count",
                        "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
                        "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second",
                        "Count/Second", "None",
                    ]
                ),
                .length("metric_transformation.value", 0...100),
                .length("name", 0...512),
                .length("pattern", 0...1024),
                .matches(
                    "log_group_name",
                    #"^[\.\-_/#A-Za-z0-9]+$"#,
                    "isn't a valid log group name (alphanumeric characters, underscores, hyphens, slashes, hash signs and dots are allowed)",
                    example: "/ecs/app"
                ),
                .matches(
                    "name",
                    #"^[^:*]+$"#,
                    "isn't a valid log metric name (must not contain colon nor asterisk)",
                    example: "errors"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_cloudwatch_metric_alarm",
            source: "internal/service/cloudwatch/metric_alarm.go",
            [
                .length("alarm_description", 0...1024),
                .length("alarm_name", 1...255),
                .oneOf(
                    "comparison_operator",
                    [
                        "GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold",
                        "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold",
                        "LessThanLowerThreshold", "GreaterThanUpperThreshold",
                    ]
                ),
                .atLeast("datapoints_to_alarm", 1),
                .oneOf("evaluate_low_sample_count_percentiles", ["evaluate", "ignore"]),
                .atLeast("evaluation_periods", 1),
                .conflicts("extended_statistic", ["statistic"]),
                .length("metric_name", 1...255),
                .conflicts("metric_name", ["metric_query"]),
                .conflicts("metric_query", ["metric_name"]),
                .length("namespace", 1...255),
                .conflicts("namespace", ["metric_query"]),
                .anyOf("period", [.intOneOf("period", [10, 20, 30]), .multipleOf("period", 60)]),
                .conflicts("period", ["metric_query"]),
                .oneOf("statistic", ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]),
                .conflicts("statistic", ["extended_statistic"]),
                .conflicts("threshold", ["threshold_metric_id"]),
                .length("threshold_metric_id", 1...255),
                .conflicts("threshold_metric_id", ["threshold"]),
                .oneOf("treat_missing_data", ["breaching", "ignore", "missing", "notBreaching"]),
                .oneOf(
                    "unit",
                    [
                        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes",
                        "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count",
                        "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
                        "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second",
                        "Count/Second", "None",
                    ]
                ),
                .doesNotMatch("namespace", ":", "must not contain colon characters"),
                .anyOf(
                    "alarm_actions",
                    [
                        .arn("alarm_actions"),
                        .matches(
                            "alarm_actions",
                            #"^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$"#,
                            "an EC2 automation ARN",
                            example: "arn:aws:automate:us-east-1:ec2:stop"
                        ),
                    ]
                ),
                .anyOf(
                    "insufficient_data_actions",
                    [
                        .arn("insufficient_data_actions"),
                        .matches(
                            "insufficient_data_actions",
                            #"^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$"#,
                            "an EC2 automation ARN",
                            example: "arn:aws:automate:us-east-1:ec2:stop"
                        ),
                    ]
                ),
                .anyOf(
                    "ok_actions",
                    [
                        .arn("ok_actions"),
                        .matches(
                            "ok_actions",
                            #"^arn:[\w-]+:automate:[\w-]+:ec2:(reboot|recover|stop|terminate)$"#,
                            "an EC2 automation ARN",
                            example: "arn:aws:automate:us-east-1:ec2:stop"
                        ),
                    ]
                ),
            ]
        ),
    ]
}
