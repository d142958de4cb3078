import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ecr_lifecycle_policy, aws_ecr_repository, aws_ecr_repository_policy).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

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
