import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_eip, aws_launch_template).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ec2: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_eip",
            source: "internal/service/ec2/ec2_eip.go",
            [
                .oneOf("domain", ["vpc", "standard"]),
                .conflicts("domain", ["vpc"]),
                .conflicts("vpc", ["domain"]),
            ]
        ),
        ResourceConstraints("aws_launch_template", source: "internal/service/ec2/ec2_launch_template.go", []),
    ]
}
