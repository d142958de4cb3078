import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_autoscaling_group).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let autoScaling: [ResourceConstraints] = [
        ResourceConstraints("aws_autoscaling_group", source: "internal/service/autoscaling/group.go", [])
    ]
}
