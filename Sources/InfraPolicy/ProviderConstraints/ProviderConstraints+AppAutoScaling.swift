import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_appautoscaling_policy, aws_appautoscaling_scheduled_action, aws_appautoscaling_target).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

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
