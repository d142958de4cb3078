import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_route53_record, aws_route53_zone).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

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
