import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_globalaccelerator_accelerator, aws_globalaccelerator_endpoint_group, aws_globalaccelerator_listener).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let globalAccelerator: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_globalaccelerator_accelerator",
            source: "internal/service/globalaccelerator/accelerator.go",
            [
                .length("attributes.flow_logs_s3_bucket", 0...255),
                .length("attributes.flow_logs_s3_prefix", 0...255),
                .oneOf("ip_address_type", ["IPV4", "DUAL_STACK"]),
                .length("name", 1...255),
                .matches(
                    "name",
                    #"^[0-9A-Za-z-]+$"#,
                    "only alphanumeric characters and hyphens are allowed",
                    example: "app-accelerator"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_globalaccelerator_endpoint_group",
            source: "internal/service/globalaccelerator/endpoint_group.go",
            [
                .arn("endpoint_configuration.attachment_arn"),
                .length("endpoint_configuration.endpoint_id", 1...255),
                .range("endpoint_configuration.weight", 0...255),
                .range("health_check_interval_seconds", 10...30),
                .length("health_check_path", 1...255),
                .oneOf("health_check_protocol", ["TCP", "HTTP", "HTTPS"]),
                .arn("listener_arn"),
                .range("threshold_count", 1...10),
                .floatRange("traffic_dial_percentage", 0.000000, 100.000000),
            ]
        ),
        ResourceConstraints(
            "aws_globalaccelerator_listener",
            source: "internal/service/globalaccelerator/listener.go",
            [
                .oneOf("client_affinity", ["NONE", "SOURCE_IP"]),
                .oneOf("protocol", ["TCP", "UDP"]),
            ]
        ),
    ]
}
