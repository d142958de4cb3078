import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let snsEncrypted: RuleID = "SNS001"
    public static let snsPublicPolicy: RuleID = "SNS002"
}

/// SNS topics.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum SNSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .snsEncrypted,
            family: .security,
            severity: .error,
            title: "Topics are encrypted at rest",
            rationale: "Notifications often carry operational or personal data.",
            remediation:
                "set `kms_master_key_id` (a customer-managed key if CloudWatch or EventBridge publish to the topic)",
            checkov: ["CKV_AWS_26"],
            trivy: ["AVD-AWS-0095"],
            resourceTypes: ["aws_sns_topic"],
            check: { resource in
                resource["kms_master_key_id"] == nil ? [Violation("kms_master_key_id", "topic is not encrypted")] : []
            }
        ),
        Rule(
            .snsPublicPolicy,
            family: .security,
            severity: .error,
            title: "Topic policies do not let anyone use the topic",
            rationale:
                "A `*` principal with no condition on the caller lets any AWS account publish to the topic or subscribe to what it sends.",
            remediation:
                "name the principals, or keep `*` for a service and limit it with `aws:SourceArn` or `aws:SourceAccount`",
            checkov: ["CKV_AWS_169"],
            resourceTypes: ["aws_sns_topic_policy", "aws_sns_topic"],
            check: { PrincipalStatement.publicPolicyViolations(of: $0, noun: "topic") }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}
