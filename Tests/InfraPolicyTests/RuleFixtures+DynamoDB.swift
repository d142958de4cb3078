import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the DynamoDB rules (Sources/InfraPolicy/Services/DynamoDB.swift), every family.
    static let dynamoDB: [RuleFixture] = [
        RuleFixture(
            .dynamoDBPointInTimeRecovery,
            passing: [
                Doc.one("aws_dynamodb_table", ["hash_key": "id", "point_in_time_recovery": [["enabled": true]]])
            ],
            failing: [
                Doc.one("aws_dynamodb_table", ["hash_key": "id"]),
                Doc.one("aws_dynamodb_table", ["hash_key": "id", "point_in_time_recovery": [["enabled": false]]]),
            ],
            unknown: [
                .at("point_in_time_recovery"),
                .at("point_in_time_recovery.enabled", inFailing: 1),
            ]
        ),
        RuleFixture(
            .dynamoDBCustomerKey,
            passing: [
                Doc.one(
                    "aws_dynamodb_table",
                    ["server_side_encryption": [["enabled": true, "kms_key_arn": Doc.ref("aws_kms_key.table")]]]
                )
            ],
            failing: [
                Doc.one("aws_dynamodb_table", ["hash_key": "id"]),
                Doc.one("aws_dynamodb_table", ["server_side_encryption": [["enabled": false]]]),
            ],
            unknown: [
                .at("server_side_encryption.enabled")
            ]
        ),
    ]
}
