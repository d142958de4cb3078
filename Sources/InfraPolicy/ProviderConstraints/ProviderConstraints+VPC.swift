import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_default_security_group, aws_flow_log, aws_internet_gateway).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let vpc: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_default_security_group",
            source: "internal/service/ec2/vpc_default_security_group.go",
            []
        ),
        ResourceConstraints(
            "aws_flow_log",
            source: "internal/service/ec2/vpc_flow_log.go",
            [
                .arn("deliver_cross_account_role"),
                .oneOf("destination_options.file_format", ["plain-text", "parquet"]),
                .arn("iam_role_arn"),
                .arn("log_destination"),
                .conflicts("log_destination", ["log_group_name"]),
                .oneOf("log_destination_type", ["cloud-watch-logs", "s3", "kinesis-data-firehose"]),
                .conflicts("log_group_name", ["log_destination"]),
                .intOneOf("max_aggregation_interval", [60, 600]),
                .oneOf("traffic_type", ["ACCEPT", "REJECT", "ALL"]),
                .exactlyOneOf(["eni_id", "subnet_id", "transit_gateway_attachment_id", "transit_gateway_id", "vpc_id"]),
            ]
        ),
        ResourceConstraints("aws_internet_gateway", source: "internal/service/ec2/vpc_internet_gateway.go", []),
    ]
}
