import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ecs_capacity_provider, aws_ecs_cluster, aws_ecs_cluster_capacity_providers, aws_ecs_service, aws_ecs_task_definition).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ecs: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_ecs_capacity_provider",
            source: "internal/service/ecs/capacity_provider.go",
            [
                .arn("auto_scaling_group_provider.auto_scaling_group_arn"),
                .oneOf("auto_scaling_group_provider.managed_draining", ["ENABLED", "DISABLED"]),
                .range("auto_scaling_group_provider.managed_scaling.instance_warmup_period", 0...10000),
                .range("auto_scaling_group_provider.managed_scaling.maximum_scaling_step_size", 1...10000),
                .range("auto_scaling_group_provider.managed_scaling.minimum_scaling_step_size", 1...10000),
                .oneOf("auto_scaling_group_provider.managed_scaling.status", ["ENABLED", "DISABLED"]),
                .range("auto_scaling_group_provider.managed_scaling.target_capacity", 1...100),
                .oneOf("auto_scaling_group_provider.managed_termination_protection", ["ENABLED", "DISABLED"]),
            ]
        ),
        ResourceConstraints(
            "aws_ecs_cluster",
            source: "internal/service/ecs/cluster.go",
            [
                .oneOf("configuration.execute_command_configuration.logging", ["NONE", "DEFAULT", "OVERRIDE"]),
                .length("name", 1...255),
                .arn("service_connect_defaults.namespace"),
                .oneOf("setting.name", ["containerInsights"]),
            ]
        ),
        ResourceConstraints(
            "aws_ecs_cluster_capacity_providers",
            source: "internal/service/ecs/cluster_capacity_providers.go",
            [
                .length("cluster_name", 1...255),
                .range("default_capacity_provider_strategy.base", 0...100000),
                .range("default_capacity_provider_strategy.weight", 0...1000),
            ]
        ),
        ResourceConstraints("aws_ecs_service", source: "internal/service/ecs/service.go", []),
        ResourceConstraints(
            "aws_ecs_task_definition",
            source: "internal/service/ecs/task_definition.go",
            [
                .range("ephemeral_storage.size_in_gib", 21...200),
                .arn("execution_role_arn"),
                .length("family", 1...255),
                .oneOf("ipc_mode", ["host", "task", "none"]),
                .oneOf("network_mode", ["bridge", "host", "awsvpc", "none"]),
                .oneOf("pid_mode", ["host", "task"]),
                .oneOf("placement_constraints.type", ["memberOf"]),
                .oneOf("proxy_configuration.type", ["APPMESH"]),
                .oneOf("requires_compatibilities", ["EC2", "FARGATE", "EXTERNAL"]),
                .oneOf("runtime_platform.cpu_architecture", ["X86_64", "ARM64"]),
                .oneOf(
                    "runtime_platform.operating_system_family",
                    [
                        "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2016_FULL",
                        "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL",
                        "WINDOWS_SERVER_20H2_CORE", "LINUX",
                    ]
                ),
                .arn("task_role_arn"),
                .oneOf("volume.docker_volume_configuration.scope", ["task", "shared"]),
                .oneOf("volume.efs_volume_configuration.authorization_config.iam", ["ENABLED", "DISABLED"]),
                .oneOf("volume.efs_volume_configuration.transit_encryption", ["ENABLED", "DISABLED"]),
                .arn("volume.fsx_windows_file_server_volume_configuration.authorization_config.credentials_parameter"),
            ]
        ),
    ]
}
