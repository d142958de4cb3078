import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_eip, aws_instance, aws_key_pair, aws_launch_template).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ec2: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_eip",
            source: "internal/service/ec2/ec2_eip.go",
            [
                .oneOf("domain", ["vpc", "standard"]),
                .conflicts("domain", ["vpc"]),
                .conflicts("vpc", ["domain"]),
            ]
        ),
        ResourceConstraints(
            "aws_instance",
            source: "internal/service/ec2/ec2_instance.go",
            [
                .oneOf(
                    "capacity_reservation_specification.capacity_reservation_preference",
                    ["capacity-reservations-only", "open", "none"]
                ),
                .oneOf("cpu_options.amd_sev_snp", ["enabled", "disabled"]),
                .oneOf("credit_specification.cpu_credits", ["standard", "unlimited"]),
                .oneOf("ebs_block_device.volume_type", ["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]),
                .conflicts("host_resource_group_arn", ["placement_group"]),
                .oneOf("instance_market_options.market_type", ["spot", "capacity-block"]),
                .oneOf(
                    "instance_market_options.spot_options.instance_interruption_behavior",
                    ["hibernate", "stop", "terminate"]
                ),
                .oneOf("instance_market_options.spot_options.spot_instance_type", ["one-time", "persistent"]),
                .conflicts("ipv6_address_count", ["ipv6_addresses"]),
                .conflicts("ipv6_addresses", ["ipv6_address_count"]),
                .length("launch_template.id", 1...255),
                .length("launch_template.name", 0...125),
                .length("launch_template.version", 1...255),
                .oneOf("maintenance_options.auto_recovery", ["disabled", "default"]),
                .oneOf("metadata_options.http_endpoint", ["disabled", "enabled"]),
                .oneOf("metadata_options.http_protocol_ipv6", ["disabled", "enabled"]),
                .range("metadata_options.http_put_response_hop_limit", 1...64),
                .oneOf("metadata_options.http_tokens", ["optional", "required"]),
                .oneOf("metadata_options.instance_metadata_tags", ["disabled", "enabled"]),
                .conflicts("network_interface", ["subnet_id"]),
                .conflicts("placement_group", ["host_resource_group_arn"]),
                .oneOf("private_dns_name_options.hostname_type", ["ip-name", "resource-name"]),
                .oneOf("root_block_device.volume_type", ["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]),
                .oneOf("tenancy", ["default", "dedicated", "host"]),
                .conflicts("user_data", ["user_data_base64"]),
                .conflicts("user_data_base64", ["user_data"]),
                .atLeastOneOf(["ami", "instance_type", "launch_template"]),
                .atLeastOneOf(["ami", "launch_template"]),
                .atLeastOneOf(["instance_type", "launch_template"]),
                .exactlyOneOf(
                    ["capacity_reservation_preference", "capacity_reservation_target"],
                    in: "capacity_reservation_specification"
                ),
                .exactlyOneOf(["id", "name"], in: "launch_template"),
            ]
        ),
        ResourceConstraints(
            "aws_key_pair",
            source: "internal/service/ec2/ec2_key_pair.go",
            [
                .length("key_name", 0...255),
                .conflicts("key_name", ["key_name_prefix"]),
                .length("key_name_prefix", 0...229),
                .conflicts("key_name_prefix", ["key_name"]),
            ]
        ),
        ResourceConstraints(
            "aws_launch_template",
            source: "internal/service/ec2/ec2_launch_template.go",
            [
                .arn("block_device_mappings.ebs.kms_key_id"),
                .range("block_device_mappings.ebs.throughput", 125...1000),
                .range("block_device_mappings.ebs.volume_initialization_rate", 100...300),
                .oneOf(
                    "block_device_mappings.ebs.volume_type",
                    ["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]
                ),
                .oneOf(
                    "capacity_reservation_specification.capacity_reservation_preference",
                    ["capacity-reservations-only", "open", "none"]
                ),
                .conflicts(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_id",
                    ["capacity_reservation_resource_group_arn"]
                ),
                .arn(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_resource_group_arn"
                ),
                .conflicts(
                    "capacity_reservation_specification.capacity_reservation_target.capacity_reservation_resource_group_arn",
                    ["capacity_reservation_id"]
                ),
                .oneOf("cpu_options.amd_sev_snp", ["enabled", "disabled"]),
                .oneOf("credit_specification.cpu_credits", ["standard", "unlimited"]),
                .atLeast("default_version", 1),
                .length("description", 0...255),
                .arn("iam_instance_profile.arn"),
                .conflicts("iam_instance_profile.arn", ["name"]),
                .oneOf("instance_initiated_shutdown_behavior", ["stop", "terminate"]),
                .oneOf("instance_market_options.market_type", ["spot", "capacity-block"]),
                .multipleOf("instance_market_options.spot_options.block_duration_minutes", 60),
                .oneOf(
                    "instance_market_options.spot_options.instance_interruption_behavior",
                    ["hibernate", "stop", "terminate"]
                ),
                .oneOf("instance_market_options.spot_options.spot_instance_type", ["one-time", "persistent"]),
                .conflicts("instance_requirements", ["instance_type"]),
                .conflicts("instance_type", ["instance_requirements"]),
                .arn("license_specification.license_configuration_arn"),
                .oneOf("maintenance_options.auto_recovery", ["default", "disabled"]),
                .oneOf("metadata_options.http_endpoint", ["disabled", "enabled"]),
                .oneOf("metadata_options.http_protocol_ipv6", ["disabled", "enabled"]),
                .range("metadata_options.http_put_response_hop_limit", 1...64),
                .oneOf("metadata_options.http_tokens", ["optional", "required"]),
                .oneOf("metadata_options.instance_metadata_tags", ["disabled", "enabled"]),
                .length("name", 0...125),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...99),
                .conflicts("name_prefix", ["name"]),
                .range("network_interfaces.connection_tracking_specification.tcp_established_timeout", 60...432000),
                .range("network_interfaces.connection_tracking_specification.udp_stream_timeout", 60...180),
                .range("network_interfaces.connection_tracking_specification.udp_timeout", 30...60),
                .oneOf("network_interfaces.interface_type", ["efa", "efa-only", "interface"]),
                .arn("placement.host_resource_group_arn"),
                .conflicts("placement.host_resource_group_arn", ["host_id"]),
                .oneOf("placement.tenancy", ["default", "dedicated", "host"]),
                .oneOf("private_dns_name_options.hostname_type", ["ip-name", "resource-name"]),
                .conflicts("security_group_names", ["vpc_security_group_ids"]),
                .oneOf(
                    "tag_specifications.resource_type",
                    [
                        "capacity-reservation", "client-vpn-endpoint", "customer-gateway", "carrier-gateway",
                        "coip-pool", "declarative-policies-report", "dedicated-host", "dhcp-options",
                        "egress-only-internet-gateway", "elastic-ip", "elastic-gpu", "export-image-task",
                        "export-instance-task", "fleet", "fpga-image", "host-reservation", "image", "import-image-task",
                        "import-snapshot-task", "instance", "instance-event-window", "internet-gateway", "ipam",
                        "ipam-pool", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2", "key-pair", "launch-template",
                        "local-gateway", "local-gateway-route-table", "local-gateway-virtual-interface",
                        "local-gateway-virtual-interface-group", "local-gateway-route-table-vpc-association",
                        "local-gateway-route-table-virtual-interface-group-association", "natgateway", "network-acl",
                        "network-interface", "network-insights-analysis", "network-insights-path",
                        "network-insights-access-scope", "network-insights-access-scope-analysis", "outpost-lag",
                        "placement-group", "prefix-list", "replace-root-volume-task", "reserved-instances",
                        "route-table", "security-group", "security-group-rule", "service-link-virtual-interface",
                        "snapshot", "spot-fleet-request", "spot-instances-request", "subnet", "subnet-cidr-reservation",
                        "traffic-mirror-filter", "traffic-mirror-session", "traffic-mirror-target", "transit-gateway",
                        "transit-gateway-attachment", "transit-gateway-connect-peer",
                        "transit-gateway-multicast-domain", "transit-gateway-policy-table",
                        "transit-gateway-route-table", "transit-gateway-route-table-announcement", "volume", "vpc",
                        "vpc-endpoint", "vpc-endpoint-connection", "vpc-endpoint-service",
                        "vpc-endpoint-service-permission", "vpc-peering-connection", "vpn-connection", "vpn-gateway",
                        "vpc-flow-log", "capacity-reservation-fleet", "traffic-mirror-filter-rule",
                        "vpc-endpoint-connection-device-type", "verified-access-instance", "verified-access-group",
                        "verified-access-endpoint", "verified-access-policy", "verified-access-trust-provider",
                        "vpn-connection-device-type", "vpc-block-public-access-exclusion", "route-server",
                        "route-server-endpoint", "route-server-peer", "ipam-resource-discovery",
                        "ipam-resource-discovery-association", "instance-connect-endpoint",
                        "verified-access-endpoint-target", "ipam-external-resource-verification-token",
                        "mac-modification-task",
                    ]
                ),
                .conflicts("vpc_security_group_ids", ["security_group_names"]),
            ]
        ),
    ]
}
