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
                ),
                // `*` limited to the organization; a Deny naming everyone.
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": PublicTrust.json(#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#)]
                ),
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Principal":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
                        )
                    ]
                ),
                Doc.withData(
                    Doc.one(
                        "aws_iam_role",
                        ["assume_role_policy": .expression("${data.aws_iam_policy_document.trust.json}")]
                    ),
                    [("aws_iam_policy_document", "trust", PublicTrust.document(condition: "aws:SourceAccount"))]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"*"}}]}"#
                        )
                    ]
                ),
                // `*` among other AWS principals, and `*` with a condition that does not limit the caller.
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":["arn:aws:iam::123456789012:root","*"]}}]}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": PublicTrust.json(#"{"Bool":{"aws:SecureTransport":"true"}}"#)]
                ),
                // The trust policy as a data source.
                Doc.withData(
                    Doc.one(
                        "aws_iam_role",
                        ["assume_role_policy": .expression("${data.aws_iam_policy_document.trust.json}")]
                    ),
                    [("aws_iam_policy_document", "trust", PublicTrust.document(condition: nil))]
                ),
            ],
            unknown: [
                .at("assume_role_policy")
            ]
        ),
        RuleFixture(
            .iamGitHubOIDCSubject,
            passing: [
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": GitHubTrust.json(subject: "repo:acme/infra:ref:refs/heads/main")]
                ),
                // An owner given at plan, and an enterprise's own issuer (`…/ENTERPRISE:sub`).
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": GitHubTrust.json(subject: "repo:${var.owner}/infra:*")]
                ),
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": GitHubTrust.json(
                            subject: "repo:acme/infra:*",
                            key: "token.actions.githubusercontent.com/acme:sub"
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"ecs-tasks.amazonaws.com"}}]}"#
                        )
                    ]
                ),
                Doc.withData(
                    Doc.one(
                        "aws_iam_role",
                        ["assume_role_policy": .expression("${data.aws_iam_policy_document.trust.json}")]
                    ),
                    [("aws_iam_policy_document", "trust", GitHubTrust.document(subject: "repo:acme/*"))]
                ),
            ],
            failing: [
                Doc.one("aws_iam_role", ["assume_role_policy": GitHubTrust.json(subject: nil)]),
                Doc.one("aws_iam_role", ["assume_role_policy": GitHubTrust.json(subject: "repo:*")]),
                // An owner's name as a prefix, another owner's repositories, and a subject that names no repository.
                Doc.one("aws_iam_role", ["assume_role_policy": GitHubTrust.json(subject: "repo:acme*")]),
                Doc.one("aws_iam_role", ["assume_role_policy": GitHubTrust.json(subject: "repo:*/infra:ref:main")]),
                Doc.one("aws_iam_role", ["assume_role_policy": GitHubTrust.json(subject: "environment:production")]),
                Doc.withData(
                    Doc.one(
                        "aws_iam_role",
                        ["assume_role_policy": .expression("${data.aws_iam_policy_document.trust.json}")]
                    ),
                    [("aws_iam_policy_document", "trust", GitHubTrust.document(subject: nil))]
                ),
                // The provider by reference, with GitHub's URL.
                Doc.resources([
                    (
                        "aws_iam_role", "main",
                        ["assume_role_policy": .expression("${data.aws_iam_policy_document.trust.json}")]
                    ),
                    (
                        "aws_iam_openid_connect_provider", "github",
                        ["url": "https://token.actions.githubusercontent.com"]
                    ),
                ]).withTrust(
                    GitHubTrust.document(subject: nil, provider: Doc.ref("aws_iam_openid_connect_provider.github"))
                ),
            ],
            pinned: PinnedFinding(
                attribute: "assume_role_policy",
                message:
                    "the trust policy accepts GitHub's OIDC tokens without a `token.actions.githubusercontent.com:sub` condition, so every repository on GitHub can assume the role"
            ),
            unknown: [
                .at("assume_role_policy")
            ]
        ),
        RuleFixture(
            .iamPatternPrincipal,
            passing: [
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": PatternPrincipal.json("arn:aws:iam::111122223333:root")]
                ),
                // `*` alone is everyone (IAM006's), and a principal known only at plan is not judged.
                Doc.one("aws_iam_role", ["assume_role_policy": PatternPrincipal.json("*")]),
                Doc.one("aws_iam_role", ["assume_role_policy": PatternPrincipal.json("${var.trusted_role_arn}")]),
            ],
            failing: [
                Doc.one(
                    "aws_iam_role",
                    ["assume_role_policy": PatternPrincipal.json("arn:aws:iam::111122223333:role/app-*")]
                ),
                Doc.one(
                    "aws_sqs_queue_policy",
                    ["queue_url": "q", "policy": PatternPrincipal.json("arn:aws:iam::*:root")]
                ),
                Doc.withData(
                    Doc.one(
                        "aws_s3_bucket_policy",
                        ["bucket": "b", "policy": .expression("${data.aws_iam_policy_document.p.json}")]
                    ),
                    [
                        (
                            "aws_iam_policy_document", "p",
                            [
                                "statement": [
                                    [
                                        "actions": ["s3:GetObject"], "resources": ["*"],
                                        "principals": [["type": "Service", "identifiers": ["*.amazonaws.com"]]],
                                    ]
                                ]
                            ]
                        )
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "assume_role_policy",
                message:
                    "principal `arn:aws:iam::111122223333:role/app-*` has a wildcard inside it: IAM matches principals as written, not as patterns, so the statement lets no one in"
            ),
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

/// GitHub Actions trust policies for the IAM008 fixtures.
enum GitHubTrust {
    static let provider = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

    /// A JSON trust policy checking the audience, and the subject when one is given.
    static func json(subject: String?, key: String = "token.actions.githubusercontent.com:sub") -> JSONValue {
        let sub = subject.map { #","StringLike":{"\#(key)":"\#($0)"}"# } ?? ""
        return .string(
            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":"\#(provider)"},"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}\#(sub)}}]}"#
        )
    }

    /// An `aws_iam_policy_document` body with the same statement.
    static func document(subject: String?, provider: JSONValue = .string(provider)) -> JSONValue {
        var conditions: [JSONValue] = [
            [
                "test": "StringEquals", "variable": "token.actions.githubusercontent.com:aud",
                "values": ["sts.amazonaws.com"],
            ]
        ]
        if let subject {
            conditions.append(
                [
                    "test": "StringLike", "variable": "token.actions.githubusercontent.com:sub",
                    "values": [.string(subject)],
                ]
            )
        }
        return [
            "statement": [
                [
                    "actions": ["sts:AssumeRoleWithWebIdentity"],
                    "principals": [["type": "Federated", "identifiers": [provider]]],
                    "condition": .array(conditions),
                ]
            ]
        ]
    }
}

extension JSONValue {
    /// The document with an `aws_iam_policy_document` named `trust`.
    fileprivate func withTrust(_ body: JSONValue) -> JSONValue {
        Doc.withData(self, [("aws_iam_policy_document", "trust", body)])
    }
}

/// Trust policies that name every principal, for the IAM006 fixtures.
enum PublicTrust {
    /// A JSON trust policy allowing `*`, with the given `Condition` object.
    static func json(_ condition: String) -> JSONValue {
        .string(
            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":"*","Condition":"# + condition
                + "}]}"
        )
    }

    /// A policy-document data source allowing AWS principal `*`, with a condition on `condition` when given.
    static func document(condition: String?) -> JSONValue {
        var statement: [String: JSONValue] = [
            "actions": ["sts:AssumeRole"], "principals": [["type": "AWS", "identifiers": ["*"]]],
        ]
        if let condition {
            statement["condition"] = [
                ["test": "StringEquals", "variable": .string(condition), "values": ["123456789012"]]
            ]
        }
        return ["statement": [.object(statement)]]
    }
}

/// Policies naming one AWS principal, for the IAM009 fixtures.
enum PatternPrincipal {
    static func json(_ principal: String) -> JSONValue {
        .string(
            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"\#(principal)"}}]}"#
        )
    }
}
