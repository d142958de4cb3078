import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_service_discovery_private_dns_namespace, aws_service_discovery_service).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let serviceDiscovery: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_service_discovery_private_dns_namespace",
            source: "internal/service/servicediscovery/private_dns_namespace.go",
            [
                .length("name", 1...1024)
            ]
        ),
        ResourceConstraints(
            "aws_service_discovery_service",
            source: "internal/service/servicediscovery/service.go",
            [
                .oneOf("dns_config.dns_records.type", ["SRV", "A", "AAAA", "CNAME"]),
                .oneOf("dns_config.routing_policy", ["MULTIVALUE", "WEIGHTED"]),
                .oneOf("health_check_config.type", ["HTTP", "HTTPS", "TCP"]),
                .oneOf("type", ["HTTP"]),
            ]
        ),
    ]
}
