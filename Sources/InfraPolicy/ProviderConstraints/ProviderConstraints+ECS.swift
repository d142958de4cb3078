import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ecs_capacity_provider, aws_ecs_cluster, aws_ecs_cluster_capacity_providers, aws_ecs_service, aws_ecs_task_definition).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

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
                .matches(
                    "name",
                    #"^[0-9A-Za-z_-]+$"#,
                    "The cluster name must consist of alphanumerics, hyphens, and underscores.",
                    example: "app-cluster"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_ecs_cluster_capacity_providers",
            source: "internal/service/ecs/cluster_capacity_providers.go",
            [
                .length("cluster_name", 1...255),
                .range("default_capacity_provider_strategy.base", 0...100000),
                .range("default_capacity_provider_strategy.weight", 0...1000),
                .matches(
                    "cluster_name",
                    #"^[0-9A-Za-z_-]+$"#,
                    "The cluster name must consist of alphanumerics, hyphens, and underscores.",
                    example: "app-cluster"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_ecs_service",
            source: "internal/service/ecs/service.go",
            [
                .oneOf("availability_zone_rebalancing", ["ENABLED", "DISABLED"]),
                .range("capacity_provider_strategy.base", 0...100000),
                .range("capacity_provider_strategy.weight", 0...1000),
                .oneOf("deployment_controller.type", ["ECS", "CODE_DEPLOY", "EXTERNAL"]),
                .range("health_check_grace_period_seconds", 0...2147483647),
                .oneOf("launch_type", ["EC2", "FARGATE", "EXTERNAL"]),
                .range("load_balancer.container_port", 0...65536),
                .arn("load_balancer.target_group_arn"),
                .oneOf("ordered_placement_strategy.type", ["random", "spread", "binpack"]),
                .oneOf("placement_constraints.type", ["distinctInstance", "memberOf"]),
                .oneOf("propagate_tags", ["TASK_DEFINITION", "SERVICE", "NONE"]),
                .oneOf("scheduling_strategy", ["REPLICA", "DAEMON"]),
                .oneOf(
                    "service_connect_configuration.log_configuration.log_driver",
                    ["json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens"]
                ),
                .range("service_connect_configuration.service.client_alias.port", 0...65535),
                .range("service_connect_configuration.service.ingress_port_override", 0...65535),
                .range("service_connect_configuration.service.timeout.idle_timeout_seconds", 0...2147483647),
                .range("service_connect_configuration.service.timeout.per_request_timeout_seconds", 0...2147483647),
                .arn("service_connect_configuration.service.tls.issuer_cert_authority.aws_pca_authority_arn"),
                .arn("service_connect_configuration.service.tls.role_arn"),
                .range("service_registries.container_port", 0...65536),
                .range("service_registries.port", 0...65536),
                .arn("service_registries.registry_arn"),
                .oneOf("volume_configuration.managed_ebs_volume.file_system_type", ["ext3", "ext4", "xfs", "ntfs"]),
                .arn("volume_configuration.managed_ebs_volume.role_arn"),
                .oneOf("volume_configuration.managed_ebs_volume.tag_specifications.resource_type", ["volume"]),
                .range("volume_configuration.managed_ebs_volume.throughput", 0...1000),
                .length("vpc_lattice_configurations.port_name", 1...64),
                .arn("vpc_lattice_configurations.role_arn"),
                .arn("vpc_lattice_configurations.target_group_arn"),
            ]
        ),
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
                .matches(
                    "family",
                    #"^[0-9A-Za-z_-]+$"#,
                    "see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html",
                    example: "app-web"
                ),
                .json("container_definitions"),
                .range("volume.efs_volume_configuration.transit_encryption_port", 0...65535),
            ]
        ),
    ]
}
