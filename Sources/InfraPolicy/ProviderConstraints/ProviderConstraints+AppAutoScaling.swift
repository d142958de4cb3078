import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_appautoscaling_policy, aws_appautoscaling_scheduled_action, aws_appautoscaling_target).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let appAutoScaling: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_appautoscaling_policy",
            source: "internal/service/appautoscaling/policy.go",
            [
                .length("name", 0...255),
                .conflicts(
                    "target_tracking_scaling_policy_configuration.customized_metric_specification",
                    ["predefined_metric_specification"]
                ),
                .conflicts(
                    "target_tracking_scaling_policy_configuration.predefined_metric_specification",
                    ["customized_metric_specification"]
                ),
            ]
        ),
        ResourceConstraints(
            "aws_appautoscaling_scheduled_action",
            source: "internal/service/appautoscaling/scheduled_action.go",
            [
                .atLeastOneOf(["max_capacity", "min_capacity"], in: "scalable_target_action")
            ]
        ),
        ResourceConstraints("aws_appautoscaling_target", source: "internal/service/appautoscaling/target.go", []),
    ]
}
