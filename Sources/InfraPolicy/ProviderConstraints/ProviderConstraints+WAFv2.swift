import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_wafv2_ip_set, aws_wafv2_web_acl, aws_wafv2_web_acl_association, aws_wafv2_web_acl_logging_configuration).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let wafv2: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_wafv2_ip_set",
            source: "internal/service/wafv2/ip_set.go",
            [
                .length("description", 1...256),
                .oneOf("ip_address_version", ["IPV4", "IPV6"]),
                .length("name", 1...128),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 1...102),
                .conflicts("name_prefix", ["name"]),
                .oneOf("scope", ["CLOUDFRONT", "REGIONAL"]),
            ]
        ),
        ResourceConstraints(
            "aws_wafv2_web_acl",
            source: "internal/service/wafv2/web_acl.go",
            [
                .length("name", 1...128),
                .matches(
                    "name",
                    #"^[0-9A-Za-z_-]+$"#,
                    "must contain only alphanumeric hyphen and underscore characters",
                    example: "app-acl"
                ),
                .length("description", 1...256),
                .oneOf("scope", ["CLOUDFRONT", "REGIONAL"]),
                .length("visibility_config.metric_name", 1...128),
                .matches(
                    "visibility_config.metric_name",
                    #"^[0-9A-Za-z_-]+$"#,
                    "must contain only alphanumeric hyphen and underscore characters",
                    example: "app-acl"
                ),
                .matches(
                    "rule.visibility_config.metric_name",
                    #"^[0-9A-Za-z_-]+$"#,
                    "must contain only alphanumeric hyphen and underscore characters",
                    example: "rate-limit"
                ),
                .range("rule.statement.rate_based_statement.limit", 10...2000000000),
                .oneOf(
                    "rule.statement.rate_based_statement.aggregate_key_type",
                    ["IP", "FORWARDED_IP", "CUSTOM_KEYS", "CONSTANT"]
                ),
            ]
        ),
        ResourceConstraints(
            "aws_wafv2_web_acl_association",
            source: "internal/service/wafv2/web_acl_association.go",
            [
                .arn("resource_arn"),
                .arn("web_acl_arn"),
            ]
        ),
        ResourceConstraints(
            "aws_wafv2_web_acl_logging_configuration",
            source: "internal/service/wafv2/web_acl_logging_configuration.go",
            [
                .arn("log_destination_configs"),
                .oneOf("logging_filter.default_behavior", ["KEEP", "DROP"]),
                .oneOf("logging_filter.filter.behavior", ["KEEP", "DROP"]),
                .oneOf(
                    "logging_filter.filter.condition.action_condition.action",
                    ["ALLOW", "BLOCK", "COUNT", "CAPTCHA", "CHALLENGE", "EXCLUDED_AS_COUNT"]
                ),
                .length("logging_filter.filter.condition.label_name_condition.label_name", 1...1024),
                .oneOf("logging_filter.filter.requirement", ["MEETS_ALL", "MEETS_ANY"]),
                .length("redacted_fields.single_header.name", 1...40),
                .arn("resource_arn"),
            ]
        ),
    ]
}
