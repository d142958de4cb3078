import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the KMS rules (Sources/InfraPolicy/Services/KMS.swift), every family.
    static let kms: [RuleFixture] = [
        RuleFixture(
            .kmsKeyRotation,
            passing: [
                Doc.one("aws_kms_key", ["enable_key_rotation": true]),
                Doc.one("aws_kms_key", ["customer_master_key_spec": "RSA_2048"]),
            ],
            failing: [Doc.one("aws_kms_key", [:])],
            unknown: [
                .at("enable_key_rotation"),
                .at("customer_master_key_spec"),
            ]
        ),
        RuleFixture(
            .kmsPublicPolicy,
            passing: [
                // The default policy: the account root, which delegates to IAM; then `*` limited to the account,
                // as AWS-managed keys write it.
                Doc.one(
                    "aws_kms_key_policy",
                    [
                        "key_id": "1234abcd-12ab-34cd-56ef-1234567890ab",
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"arn:aws:iam::111122223333:root"}"#,
                            action: "kms:*"
                        ),
                    ]
                ),
                Doc.one(
                    "aws_kms_key",
                    [
                        "enable_key_rotation": true,
                        "policy": PublicResourcePolicy.json(
                            principal: #"{"AWS":"*"}"#,
                            action: "kms:Decrypt",
                            condition: #"{"StringEquals":{"kms:CallerAccount":"111122223333","#
                                + #""kms:ViaService":"s3.us-east-1.amazonaws.com"}}"#
                        ),
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_kms_key_policy",
                    [
                        "key_id": "1234abcd-12ab-34cd-56ef-1234567890ab",
                        "policy": PublicResourcePolicy.json(principal: #"{"AWS":"*"}"#, action: "kms:*"),
                    ]
                ),
                // kms:ViaService alone lets any account use the key through the service.
                Doc.one(
                    "aws_kms_key",
                    [
                        "enable_key_rotation": true,
                        "policy": PublicResourcePolicy.json(
                            principal: #""*""#,
                            action: "kms:Decrypt",
                            condition: #"{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}"#
                        ),
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "policy",
                message: "the policy lets anyone use the key: it grants `*` with no condition limiting the caller"
            ),
            unknown: [
                .at("policy", of: "aws_kms_key_policy.main")
            ]
        ),
    ]
}
