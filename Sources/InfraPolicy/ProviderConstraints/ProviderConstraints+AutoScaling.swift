import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_autoscaling_group, aws_autoscaling_policy).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let autoScaling: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_autoscaling_group",
            source: "internal/service/autoscaling/group.go",
            [
                .oneOf(
                    "availability_zone_distribution.capacity_distribution_strategy",
                    ["balanced-only", "balanced-best-effort"]
                ),
                .conflicts("availability_zones", ["vpc_zone_identifier"]),
                .oneOf(
                    "capacity_reservation_specification.capacity_reservation_preference",
                    ["capacity-reservations-only", "capacity-reservations-first", "none", "default"]
                ),
                .conflicts(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_ids",
                    ["capacity_reservation_resource_group_arns"]
                ),
                .arn(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_resource_group_arns"
                ),
                .conflicts(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_resource_group_arns",
                    ["capacity_reservation_ids"]
                ),
                .oneOf("desired_capacity_type", ["memory-mib", "units", "vcpu"]),
                .oneOf("initial_lifecycle_hook.default_result", ["ABANDON", "CONTINUE"]),
                .range("initial_lifecycle_hook.heartbeat_timeout", 30...7200),
                .oneOf(
                    "initial_lifecycle_hook.lifecycle_transition",
                    ["autoscaling:EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_TERMINATING"]
                ),
                .length("initial_lifecycle_hook.name", 1...255),
                .arn("initial_lifecycle_hook.notification_target_arn"),
                .arn("initial_lifecycle_hook.role_arn"),
                .anyOf(
                    "instance_maintenance_policy.max_healthy_percentage",
                    [
                        .range("instance_maintenance_policy.max_healthy_percentage", (-1)...(-1)),
                        .range("instance_maintenance_policy.max_healthy_percentage", 100...200),
                    ]
                ),
                .range("instance_maintenance_policy.min_healthy_percentage", (-1)...100),
                .range("instance_refresh.preferences.max_healthy_percentage", 100...200),
                .range("instance_refresh.preferences.min_healthy_percentage", 0...100),
                .oneOf("instance_refresh.preferences.scale_in_protected_instances", ["Refresh", "Ignore", "Wait"]),
                .oneOf("instance_refresh.preferences.standby_instances", ["Terminate", "Ignore", "Wait"]),
                .oneOf("instance_refresh.strategy", ["Rolling"]),
                .conflicts("load_balancers", ["traffic_source"]),
                .length("name", 0...255),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...229),
                .conflicts("name_prefix", ["name"]),
                .conflicts("target_group_arns", ["traffic_source"]),
                .conflicts("traffic_source", ["load_balancers"]),
                .conflicts("vpc_zone_identifier", ["availability_zones"]),
                .atLeast("warm_pool.min_size", 0),
                .oneOf("warm_pool.pool_state", ["Stopped", "Running", "Hibernated"]),
                .exactlyOneOf(["launch_configuration", "launch_template", "mixed_instances_policy"]),
            ]
        ),
        ResourceConstraints("aws_autoscaling_policy", source: "internal/service/autoscaling/policy.go", []),
    ]
}
