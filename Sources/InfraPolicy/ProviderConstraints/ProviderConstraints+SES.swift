import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ses_active_receipt_rule_set, aws_ses_domain_dkim, aws_ses_domain_identity, aws_ses_domain_identity_verification, aws_ses_domain_mail_from, aws_ses_email_identity, aws_ses_receipt_rule, aws_ses_receipt_rule_set).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ses: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_ses_active_receipt_rule_set",
            source: "internal/service/ses/active_receipt_rule_set.go",
            [
                .length("rule_set_name", 1...64)
            ]
        ),
        ResourceConstraints("aws_ses_domain_dkim", source: "internal/service/ses/domain_dkim.go", []),
        ResourceConstraints("aws_ses_domain_identity", source: "internal/service/ses/domain_identity.go", []),
        ResourceConstraints(
            "aws_ses_domain_identity_verification",
            source: "internal/service/ses/domain_identity_verification.go",
            []
        ),
        ResourceConstraints(
            "aws_ses_domain_mail_from",
            source: "internal/service/ses/domain_mail_from.go",
            [
                .oneOf("behavior_on_mx_failure", ["UseDefaultValue", "RejectMessage"])
            ]
        ),
        ResourceConstraints("aws_ses_email_identity", source: "internal/service/ses/email_identity.go", []),
        ResourceConstraints(
            "aws_ses_receipt_rule",
            source: "internal/service/ses/receipt_rule.go",
            [
                .length("add_header_action.header_name", 1...50),
                .length("add_header_action.header_value", 0...2048),
                .arn("bounce_action.topic_arn"),
                .arn("lambda_action.function_arn"),
                .oneOf("lambda_action.invocation_type", ["Event", "RequestResponse"]),
                .arn("lambda_action.topic_arn"),
                .length("name", 1...64),
                .matches(
                    "name",
                    #"^[0-9A-Za-z._-]+$"#,
                    "must contain only alphanumeric, period, underscore, and hyphen characters"
                ),
                .matches("name", #"^[0-9A-Za-z]"#, "must begin with a alphanumeric character"),
                .matches("name", #"[0-9A-Za-z]$"#, "must end with a alphanumeric character"),
                .arn("s3_action.iam_role_arn"),
                .arn("s3_action.kms_key_arn"),
                .atLeast("s3_action.position", 1),
                .arn("s3_action.topic_arn"),
                .oneOf("sns_action.encoding", ["UTF-8", "Base64"]),
                .arn("sns_action.topic_arn"),
                .oneOf("stop_action.scope", ["RuleSet"]),
                .arn("stop_action.topic_arn"),
                .oneOf("tls_policy", ["Require", "Optional"]),
                .arn("workmail_action.organization_arn"),
                .arn("workmail_action.topic_arn"),
            ]
        ),
        ResourceConstraints(
            "aws_ses_receipt_rule_set",
            source: "internal/service/ses/receipt_rule_set.go",
            [
                .length("rule_set_name", 1...64)
            ]
        ),
    ]
}
