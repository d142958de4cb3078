import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let dynamoDBCustomerKey: RuleID = "DDB002"
    public static let dynamoDBPointInTimeRecovery: RuleID = "DDB001"
}

/// DynamoDB tables. infragen's stacks render none, but cdktf and Wing output often holds one, and `lint --tf-json`
/// should say what checkov says about it.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum DynamoDBRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .dynamoDBPointInTimeRecovery,
            family: .security,
            severity: .warning,
            title: "DynamoDB tables keep point-in-time recovery",
            rationale:
                "Point-in-time recovery restores a table to any second of the last 35 days, the only undo for a bad write or delete; on-demand backups must be taken before the mistake.",
            remediation: "set `point_in_time_recovery { enabled = true }`",
            checkov: ["CKV_AWS_28"],
            resourceTypes: ["aws_dynamodb_table"],
            check: { resource in
                AttributeValue.boolean(AttributeValue.member("enabled", of: resource["point_in_time_recovery"]))
                    .mayBe(true) ? [] : [Violation("point_in_time_recovery", "point-in-time recovery is off")]
            }
        ),
        Rule(
            .dynamoDBCustomerKey,
            family: .security,
            severity: .note,
            title: "DynamoDB tables are encrypted with a KMS key",
            rationale:
                "Tables are always encrypted, by default with a key AWS owns and no one can audit; a KMS key (customer-managed, or aws/dynamodb) adds a key policy and CloudTrail records of each use.",
            remediation: "set `server_side_encryption { enabled = true, kms_key_arn = … }`",
            checkov: ["CKV_AWS_119"],
            resourceTypes: ["aws_dynamodb_table"],
            check: { resource in
                let encryption = resource["server_side_encryption"]
                let enabled = AttributeValue.boolean(AttributeValue.member("enabled", of: encryption))
                // Enabled without a key ARN means the AWS-managed key aws/dynamodb: a KMS key, with CloudTrail records.
                return enabled.mayBe(true) ? [] : [Violation("server_side_encryption", "table uses an AWS-owned key")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
