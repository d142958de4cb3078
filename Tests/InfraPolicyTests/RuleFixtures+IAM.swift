import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the IAM rules (Sources/InfraPolicy/Services/IAM.swift), every family.
    static let iam: [RuleFixture] = [
        RuleFixture(
            .iamPassRoleWildcard,
            passing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .expression(
                            #"{"Statement":[{"Action":"iam:PassRole","Effect":"Allow","Resource":"${aws_iam_role.task.arn}","Sid":"Pass"}],"#
                                + #""Version":"2012-10-17"}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"P","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::1:role/x"}]}"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .expression(
                            #"{"Statement":[{"Action":["ecs:RunTask","iam:PassRole"],"Effect":"Allow","Resource":"*","Sid":"Run"}],"#
                                + #""Version":"2012-10-17"}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"P","Effect":"Allow","Action":["ecs:RunTask","iam:PassRole"],"Resource":"*"}]}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":{"Effect":"Allow","Action":"iam:*","Resource":["*"]}}"#)]
                ),
            ],
            pinned: PinnedFinding(attribute: "policy", message: "statement `Run` allows iam:PassRole on `*`"),
            unknown: [
                .at("policy")
            ]
        ),
        RuleFixture(
            .iamWildcardAction,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#)]
                ),
                Doc.withData(
                    Doc.one("aws_iam_policy", ["policy": .expression("${data.aws_iam_policy_document.read.json}")]),
                    [
                        (
                            "aws_iam_policy_document", "read",
                            ["statement": [["actions": ["s3:GetObject"], "resources": ["*"]]]]
                        )
                    ]
                ),
                Doc.withData(
                    Doc.one("aws_iam_policy", ["policy": .expression("${data.aws_iam_policy_document.deny.json}")]),
                    [
                        (
                            "aws_iam_policy_document", "deny",
                            ["statement": [["effect": "Deny", "actions": ["*"], "resources": ["*"]]]]
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_role",
                    [
                        "inline_policy": [
                            [
                                "name": "read",
                                "policy": .string(
                                    #"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#
                                ),
                            ]
                        ]
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#)]
                ),
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":["*"],"Resource":["*"]}]}"#)]
                ),
                Doc.one(
                    "aws_iam_user_policy",
                    ["policy": .string(#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#)]
                ),
                Doc.one(
                    "aws_iam_group_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#)]
                ),
                // AdministratorAccess written inline on the role.
                Doc.one(
                    "aws_iam_role",
                    [
                        "inline_policy": [
                            [
                                "name": "admin",
                                "policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#),
                            ]
                        ]
                    ]
                ),
                // The policy document as a data source, as cdktf and hand-written Terraform write it.
                Doc.withData(
                    Doc.one("aws_iam_policy", ["policy": .expression("${data.aws_iam_policy_document.admin.json}")]),
                    [("aws_iam_policy_document", "admin", ["statement": [["actions": ["*"], "resources": ["*"]]]])]
                ),
                Doc.withData(
                    Doc.one(
                        "aws_iam_role",
                        [
                            "inline_policy": [
                                ["name": "admin", "policy": .expression("${data.aws_iam_policy_document.admin.json}")]
                            ]
                        ]
                    ),
                    [
                        (
                            "aws_iam_policy_document", "admin",
                            ["statement": ["effect": "Allow", "actions": ["*"], "resources": ["*"]]]
                        )
                    ]
                ),
            ],
            unknown: [
                .at("policy")
            ]
        ),
        RuleFixture(
            .iamWildcardServiceOnAnyResource,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"*"}]}"#)]
                )
            ],
            unknown: [
                .at("policy")
            ]
        ),
        RuleFixture(
            .iamAssumeAnyRole,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::1:role/x"}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"Refresh","Effect":"Allow","Action":["autoscaling:StartInstanceRefresh","sts:AssumeRole"],"Resource":"*"}]}"#
                        )
                    ]
                )
            ],
            unknown: [
                .at("policy")
            ]
        ),
        RuleFixture(
            .iamAdministratorAccess,
            passing: [
                Doc.one("aws_iam_role_policy_attachment", ["policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"]),
                Doc.one("aws_iam_role", ["managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]]),
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy_attachment",
                    ["policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"]
                ),
                Doc.one(
                    "aws_iam_role",
                    [
                        "managed_policy_arns": [
                            "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
                        ]
                    ]
                ),
                Doc.one(
                    "aws_iam_user_policy_attachment",
                    ["policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"]
                ),
            ],
            unknown: [
                .at("policy_arn")
            ]
        ),
        RuleFixture(
            .iamPublicTrust,
            passing: [
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"ecs-tasks.amazonaws.com"}}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"*"}}]}"#
                        )
                    ]
                )
            ],
            unknown: [
                .at("assume_role_policy")
            ]
        ),
        RuleFixture(
            .iamRoleName,
            passing: [
                Doc.one("aws_iam_role", ["name": "aggregator-task_execution+x=y,z.w@v"]),
                Doc.one("aws_iam_role", ["name_prefix": Doc.name(38)]),
            ],
            failing: [
                Doc.one("aws_iam_role", ["name": Doc.name(65)]),
                Doc.one("aws_iam_role", ["name": "task role"]),
                Doc.one("aws_iam_role", ["name_prefix": Doc.name(39)]),
            ],
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .iamPolicyName,
            passing: [
                Doc.one("aws_iam_policy", ["name": Doc.name(128)]),
                Doc.one("aws_iam_role_policy", ["name": "read-secrets"]),
            ],
            failing: [
                Doc.one("aws_iam_policy", ["name": Doc.name(129)]),
                Doc.one("aws_iam_role_policy", ["name": "read/secrets"]),
            ],
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .iamInstanceProfileName,
            passing: [Doc.one("aws_iam_instance_profile", ["name": "aggregator-hosts"])],
            failing: [
                Doc.one("aws_iam_instance_profile", ["name": Doc.name(129)]),
                Doc.one("aws_iam_instance_profile", ["name_prefix": Doc.name(103)]),
            ],
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .iamProviderLiteralCredentials,
            passing: [
                Doc.resources([("aws_s3_bucket", "main", [:])], provider: ["aws": ["region": "eu-west-1"]]),
                Doc.resources(
                    [("aws_s3_bucket", "main", [:])],
                    provider: ["aws": ["region": "eu-west-1", "access_key": .expression("${var.access_key}")]]
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_s3_bucket", "main", [:])],
                    provider: ["aws": ["region": "eu-west-1", "access_key": "AKIAIOSFODNN7EXAMPLE"]]
                ),
                // List form, with an alias; every literal is reported once, on the first resource only.
                Doc.resources(
                    [("aws_s3_bucket", "a", [:]), ("aws_sqs_queue", "b", [:])],
                    provider: [
                        "aws": [
                            ["region": "eu-west-1"],
                            [
                                "alias": "us", "region": "us-east-1", "secret_key": "wJalrXUtnFEMI/K7MDENG",
                                "token": "FwoGZXIvYXdzEXAMPLE",
                            ],
                        ]
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "provider.aws[0].access_key",
                message: "provider aws sets access_key as a literal string"
            ),
            unknown: [
                .document(
                    Doc.resources(
                        [("aws_s3_bucket", "main", [:])],
                        provider: ["aws": ["access_key": .expression("${var.unknown}")]]
                    )
                )
            ]
        ),
    ]
}
