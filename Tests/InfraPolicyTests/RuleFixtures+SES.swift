import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SES rules (Sources/InfraPolicy/Services/SES.swift), every family.
    static let ses: [RuleFixture] = [
        RuleFixture(
            .sesReceivingRegion,
            passing: [
                Doc.resources(
                    [("aws_ses_receipt_rule_set", "main", ["rule_set_name": "main"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                ),
                Doc.resources(
                    [
                        (
                            "aws_ses_receipt_rule", "main",
                            ["name": "store", "rule_set_name": "main", "provider": "aws.ses"]
                        )
                    ],
                    provider: Doc.providers(default: "sa-east-1", alias: "ses", aliasRegion: "us-east-1")
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_ses_receipt_rule_set", "main", ["rule_set_name": "main"])],
                    provider: ["aws": ["region": "sa-east-1"]]
                ),
                Doc.resources(
                    [("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main", "provider": "aws.ses"])],
                    provider: Doc.providers(default: "eu-west-1", alias: "ses", aliasRegion: "eu-south-1")
                ),
            ],
            unknown: [
                .at("provider", of: "aws_ses_receipt_rule_set.main")
            ]
        ),
        RuleFixture(
            .sesS3ActionBucketPolicy,
            passing: [
                Doc.receipt(policy: Doc.sesPolicy, dependsOn: true),
                Doc.receipt(policy: "${data.aws_iam_policy_document.mail.json}", dependsOn: true),
            ],
            failing: [
                Doc.receipt(policy: nil, dependsOn: false),
                Doc.receipt(
                    policy: #"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#,
                    dependsOn: true
                ),
                Doc.receipt(policy: Doc.sesPolicy, dependsOn: false),
            ],
            unknown: [
                .at("s3_action.bucket_name", of: "aws_ses_receipt_rule.store")
            ]
        ),
        RuleFixture(
            .sesSingleActiveRuleSet,
            passing: [
                Doc.resources([("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"])]),
                Doc.resources(
                    [
                        ("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"]),
                        (
                            "aws_ses_active_receipt_rule_set", "oregon",
                            ["rule_set_name": "main", "provider": "aws.us_west_2"]
                        ),
                    ],
                    provider: Doc.providers(default: "eu-west-1")
                ),
            ],
            failing: [
                Doc.resources([
                    ("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"]),
                    ("aws_ses_active_receipt_rule_set", "other", ["rule_set_name": "other"]),
                ])
            ]
        ),
    ]
}
