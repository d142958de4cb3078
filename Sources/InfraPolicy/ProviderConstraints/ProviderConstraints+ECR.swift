import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ecr_lifecycle_policy, aws_ecr_repository, aws_ecr_repository_policy).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ecr: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_ecr_lifecycle_policy",
            source: "internal/service/ecr/lifecycle_policy.go",
            [
                .json("policy")
            ]
        ),
        ResourceConstraints(
            "aws_ecr_repository",
            source: "internal/service/ecr/repository.go",
            [
                .oneOf("encryption_configuration.encryption_type", ["AES256", "KMS", "KMS_DSSE"]),
                .oneOf("image_tag_mutability", ["MUTABLE", "IMMUTABLE"]),
            ]
        ),
        ResourceConstraints(
            "aws_ecr_repository_policy",
            source: "internal/service/ecr/repository_policy.go",
            [
                .json("policy")
            ]
        ),
    ]
}
