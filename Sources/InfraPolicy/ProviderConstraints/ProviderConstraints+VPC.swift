import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_default_security_group, aws_flow_log, aws_internet_gateway, aws_nat_gateway, aws_route, aws_route_table, aws_route_table_association, aws_security_group, aws_security_group_rule, aws_subnet, aws_vpc, aws_vpc_endpoint, aws_vpc_endpoint_route_table_association, aws_vpc_security_group_egress_rule, aws_vpc_security_group_ingress_rule).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

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
        ResourceConstraints(
            "aws_nat_gateway",
            source: "internal/service/ec2/vpc_nat_gateway.go",
            [
                .oneOf("connectivity_type", ["private", "public"]),
                .conflicts("secondary_private_ip_address_count", ["secondary_private_ip_addresses"]),
                .conflicts("secondary_private_ip_addresses", ["secondary_private_ip_address_count"]),
            ]
        ),
        ResourceConstraints(
            "aws_route",
            source: "internal/service/ec2/vpc_route.go",
            [
                .exactlyOneOf([
                    "carrier_gateway_id", "core_network_arn", "egress_only_gateway_id", "gateway_id",
                    "local_gateway_id", "nat_gateway_id", "network_interface_id", "transit_gateway_id",
                    "vpc_endpoint_id", "vpc_peering_connection_id",
                ]),
                .exactlyOneOf(["destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id"]),
                .cidr("destination_cidr_block"),
                .cidr("destination_ipv6_cidr_block"),
            ]
        ),
        ResourceConstraints("aws_route_table", source: "internal/service/ec2/vpc_route_table.go", []),
        ResourceConstraints(
            "aws_route_table_association",
            source: "internal/service/ec2/vpc_route_table_association.go",
            [
                .exactlyOneOf(["gateway_id", "subnet_id"])
            ]
        ),
        ResourceConstraints(
            "aws_security_group",
            source: "internal/service/ec2/vpc_security_group.go",
            [
                .length("description", 0...255),
                .length("name", 0...255),
                .conflicts("name", ["name_prefix"]),
                .length("name_prefix", 0...229),
                .conflicts("name_prefix", ["name"]),
            ]
        ),
        ResourceConstraints(
            "aws_security_group_rule",
            source: "internal/service/ec2/vpc_security_group_rule.go",
            [
                .conflicts("cidr_blocks", ["source_security_group_id"]),
                .length("description", 0...255),
                .conflicts("ipv6_cidr_blocks", ["source_security_group_id"]),
                .notEmpty("prefix_list_ids"),
                .conflicts("self", ["cidr_blocks"]),
                .conflicts("source_security_group_id", ["cidr_blocks"]),
                .oneOf("type", ["egress", "ingress"]),
            ]
        ),
        ResourceConstraints(
            "aws_subnet",
            source: "internal/service/ec2/vpc_subnet.go",
            [
                .conflicts("availability_zone", ["availability_zone_id"]),
                .conflicts("availability_zone_id", ["availability_zone"]),
                .requiredWith("customer_owned_ipv4_pool", ["map_customer_owned_ip_on_launch", "outpost_arn"]),
                .notEmpty("enable_lni_at_device_index"),
                .arn("outpost_arn"),
                .oneOf("private_dns_hostname_type_on_launch", ["ip-name", "resource-name"]),
                .cidr("cidr_block"),
                .cidr("ipv6_cidr_block"),
            ]
        ),
        ResourceConstraints(
            "aws_vpc",
            source: "internal/service/ec2/vpc_.go",
            [
                .conflicts("assign_generated_ipv6_cidr_block", ["ipv6_ipam_pool_id"]),
                .conflicts("cidr_block", ["ipv4_netmask_length"]),
                .oneOf("instance_tenancy", ["default", "dedicated"]),
                .requiredWith("ipv4_netmask_length", ["ipv4_ipam_pool_id"]),
                .conflicts("ipv4_netmask_length", ["cidr_block"]),
                .requiredWith("ipv6_cidr_block", ["ipv6_ipam_pool_id"]),
                .conflicts("ipv6_cidr_block", ["ipv6_netmask_length"]),
                .requiredWith("ipv6_cidr_block_network_border_group", ["assign_generated_ipv6_cidr_block"]),
                .conflicts("ipv6_ipam_pool_id", ["assign_generated_ipv6_cidr_block"]),
                .requiredWith("ipv6_netmask_length", ["ipv6_ipam_pool_id"]),
                .conflicts("ipv6_netmask_length", ["ipv6_cidr_block"]),
                .cidr("cidr_block"),
            ]
        ),
        ResourceConstraints(
            "aws_vpc_endpoint",
            source: "internal/service/ec2/vpc_endpoint.go",
            [
                .oneOf("dns_options.dns_record_ip_type", ["ipv4", "dualstack", "ipv6", "service-defined"]),
                .oneOf("ip_address_type", ["ipv4", "dualstack", "ipv6"]),
                .json("policy"),
                .arn("resource_configuration_arn"),
                .conflicts("resource_configuration_arn", ["service_name"]),
                .conflicts("service_name", ["resource_configuration_arn"]),
                .arn("service_network_arn"),
                .conflicts("service_network_arn", ["service_name"]),
                .oneOf(
                    "vpc_endpoint_type",
                    ["Interface", "Gateway", "GatewayLoadBalancer", "Resource", "ServiceNetwork"]
                ),
            ]
        ),
        ResourceConstraints(
            "aws_vpc_endpoint_route_table_association",
            source: "internal/service/ec2/vpc_endpoint_route_table_association.go",
            []
        ),
        ResourceConstraints(
            "aws_vpc_security_group_egress_rule",
            source: "internal/service/ec2/vpc_security_group_egress_rule.go",
            [
                .range("from_port", (-1)...65535),
                .range("to_port", (-1)...65535),
                .cidr("cidr_ipv4"),
                .cidr("cidr_ipv6"),
                .exactlyOneOf(["cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"]),
            ]
        ),
        ResourceConstraints(
            "aws_vpc_security_group_ingress_rule",
            source: "internal/service/ec2/vpc_security_group_ingress_rule.go",
            [
                .range("from_port", (-1)...65535),
                .range("to_port", (-1)...65535),
                .cidr("cidr_ipv4"),
                .cidr("cidr_ipv6"),
                .exactlyOneOf(["cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"]),
            ]
        ),
    ]
}
