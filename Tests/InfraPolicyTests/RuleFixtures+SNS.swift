import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the SNS rules (Sources/InfraPolicy/Services/SNS.swift), every family.
    static let sns: [RuleFixture] = [
        RuleFixture(
            .snsEncrypted,
            passing: [Doc.one("aws_sns_topic", ["kms_master_key_id": "alias/alerts"])],
            failing: [Doc.one("aws_sns_topic", [:])],
            unknown: [
                .at("kms_master_key_id")
            ]
        ),
        RuleFixture(
            .snsPublicPolicy,
            passing: [
                // CloudWatch alarms and EventBridge publish as services; `*` limited to the account.
                Doc.one(
                    "aws_sns_topic_policy",
                    [
                        "arn": "arn:aws:sns:us-east-1:111122223333:alerts",
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"Service":"events.amazonaws.com"}"#,
                            action: "sns:Publish"
                        ),
                    ]
                ),
                Doc.one(
                    "aws_sns_topic",
                    [
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"*"}"#,
                            action: "sns:Publish",
                            condition: #"{"StringEquals":{"AWS:SourceOwner":"111122223333"}}"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_sns_topic_policy",
                    [
                        "arn": "arn:aws:sns:us-east-1:111122223333:alerts",
                        "policy": PublicResourcePolicy.json(principal: #"{"AWS":"*"}"#, action: "sns:Subscribe"),
                    ]
                ),
                Doc.one("aws_sns_topic", ["policy": PublicResourcePolicy.json(principal: #""*""#, action: "sns:*")]),
            ],
            pinned: PinnedFinding(
                attribute: "policy",
                message: "the policy lets anyone use the topic: it grants `*` with no condition limiting the caller"
            ),
            unknown: [
                .at("policy", of: "aws_sns_topic_policy.main")
            ]
        ),
    ]
}
