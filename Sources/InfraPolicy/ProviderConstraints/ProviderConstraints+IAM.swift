import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_iam_instance_profile, aws_iam_policy, aws_iam_role, aws_iam_role_policy, aws_iam_role_policy_attachment, aws_iam_service_linked_role).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let iam: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_iam_instance_profile",
            source: "internal/service/iam/instance_profile.go",
            [
                .length("name", 1...128),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 1...102),
                .conflicts("name_prefix", ["name"]),
                .matches("name", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .matches("name_prefix", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
            ]
        ),
        ResourceConstraints(
            "aws_iam_policy",
            source: "internal/service/iam/policy.go",
            [
                .length("name", 1...128),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 1...102),
                .conflicts("name_prefix", ["name"]),
                .json("policy"),
                .matches("name", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .matches("name_prefix", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
            ]
        ),
        ResourceConstraints(
            "aws_iam_role",
            source: "internal/service/iam/role.go",
            [
                .json("assume_role_policy"),
                .length("description", 0...1000),
                .length("inline_policy.name", 1...128),
                .notEmpty("inline_policy.name"),
                .json("inline_policy.policy"),
                .arn("managed_policy_arns"),
                .range("max_session_duration", 3600...43200),
                .length("name", 1...64),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 1...38),
                .conflicts("name_prefix", ["name"]),
                .length("path", 0...512),
                .arn("permissions_boundary"),
                .matches("name", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .matches("name_prefix", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .matches("inline_policy.name", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
            ]
        ),
        ResourceConstraints(
            "aws_iam_role_policy",
            source: "internal/service/iam/role_policy.go",
            [
                .length("name", 1...128),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 1...102),
                .conflicts("name_prefix", ["name"]),
                .json("policy"),
                .length("role", 1...128),
                .matches("role", #"[\w+=,.@-]+"#, "must match [\\w+=,.@-]+"),
                .matches("name", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .matches("name_prefix", #"^[\w+=,.@-]*$"#, "must match [\\w+=,.@-]", example: "app-task-role"),
                .doesNotMatch("role", "^arn:", "\"role\" must be the role's name not its ARN"),
            ]
        ),
        ResourceConstraints(
            "aws_iam_role_policy_attachment",
            source: "internal/service/iam/role_policy_attachment.go",
            [
                .arn("policy_arn")
            ]
        ),
        ResourceConstraints("aws_iam_service_linked_role", source: "internal/service/iam/service_linked_role.go", []),
    ]
}
