import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_route53_record, aws_route53_zone).
// Read from the provider source named per type; each was confirmed against the 5.100.0 binary with
// `terraform validate` on a violating value (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let route53: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_route53_record",
            source: "internal/service/route53/record.go",
            [
                .conflicts("cidr_routing_policy", ["failover_routing_policy"]),
                .conflicts("failover_routing_policy", ["cidr_routing_policy"]),
                .conflicts("geolocation_routing_policy", ["cidr_routing_policy"]),
                .conflicts("geoproximity_routing_policy", ["cidr_routing_policy"]),
                .conflicts("latency_routing_policy", ["cidr_routing_policy"]),
                .requiredWith("ttl", ["records"]),
                .conflicts("ttl", ["alias"]),
                .oneOf(
                    "type",
                    [
                        "SOA", "A", "TXT", "NS", "CNAME", "MX", "NAPTR", "PTR", "SRV", "SPF", "AAAA", "CAA", "DS",
                        "TLSA", "SSHFP", "SVCB", "HTTPS",
                    ]
                ),
                .conflicts("weighted_routing_policy", ["cidr_routing_policy"]),
                .notEmpty("zone_id"),
                .exactlyOneOf(["alias", "records"]),
            ]
        ),
        ResourceConstraints(
            "aws_route53_zone",
            source: "internal/service/route53/zone.go",
            [
                .length("comment", 0...256),
                .length("delegation_set_id", 0...32),
                .conflicts("delegation_set_id", ["vpc"]),
                .length("name", 1...1024),
                .conflicts("vpc", ["delegation_set_id"]),
            ]
        ),
    ]
}
