import InfraAWS
import InfraCore
import Testing

@Suite struct NetworkTierTests {
    func network(
        tiers: [EC2.Network.Tier],
        nat: EC2.Network.NAT = .none,
        publicIP: Bool = false,
        endpoints: [EC2.Network.Endpoint] = []
    ) throws -> EC2.Network {
        EC2.Network(
            "main",
            cidr: try #require(IPv4CIDR("10.0.0.0/16")),
            zones: ["sa-east-1a", "sa-east-1b"],
            tiers: tiers,
            nat: nat,
            mapPublicIPOnLaunch: publicIP,
            endpoints: endpoints,
            flowLogs: nil
        )
    }

    @Test func publicAndIsolatedWithoutNAT() throws {
        let network = try network(tiers: [.isolated, .public], publicIP: true)
        #expect(network.tiers == [.public, .isolated])
        #expect(network.privateSubnets.isEmpty)
        #expect(
            network.isolatedSubnets.map(\.traversal) == [
                "aws_subnet.main_isolated_a.id", "aws_subnet.main_isolated_b.id",
            ]
        )
        let addresses = Snippet.addresses(network)
        #expect(!addresses.contains { $0.hasPrefix("aws_nat_gateway") || $0.hasPrefix("aws_eip") })
        #expect(addresses.contains("aws_route_table.main_isolated"))
        #expect(!addresses.contains { $0.hasPrefix("aws_route.main_isolated") })
        let isolated = try #require(Snippet.json(network, "aws_subnet.main_isolated_b"))
        #expect(isolated.contains(#""cidr_block": "10.0.21.0/24""#))
        #expect(isolated.contains(#""map_public_ip_on_launch": false"#))
        #expect(
            try #require(Snippet.json(network, "aws_subnet.main_public_a")).contains(
                #""map_public_ip_on_launch": true"#
            )
        )
    }

    @Test func natIsOnlyMadeForPrivateSubnets() throws {
        let network = try network(tiers: [.public, .isolated], nat: .perZone)
        #expect(!Snippet.addresses(network).contains { $0.hasPrefix("aws_nat_gateway") })
    }

    @Test func gatewayAndInterfaceEndpoints() throws {
        let network = try network(
            tiers: [.public, .private, .isolated],
            nat: .single,
            endpoints: [.interface("sqs"), .gateway("s3"), .interface("secretsmanager")]
        )
        let addresses = Snippet.addresses(network)
        for expected in [
            "aws_vpc_endpoint.main_s3", "aws_vpc_endpoint.main_sqs", "aws_vpc_endpoint.main_secretsmanager",
            "aws_security_group.main_endpoints", "aws_vpc_security_group_ingress_rule.main_endpoints_from_vpc_tcp_443",
        ] {
            #expect(addresses.contains(expected), "missing \(expected)")
        }
        let s3 = try #require(Snippet.json(network, "aws_vpc_endpoint.main_s3"))
        #expect(s3.contains(#""service_name": "com.amazonaws.sa-east-1.s3""#))
        #expect(s3.contains(#""vpc_endpoint_type": "Gateway""#))
        #expect(
            s3.contains("${aws_route_table.main_private_a.id}") && s3.contains("${aws_route_table.main_isolated.id}")
        )
        let sqs = try #require(Snippet.json(network, "aws_vpc_endpoint.main_sqs"))
        #expect(sqs.contains(#""private_dns_enabled": true"#))
        #expect(sqs.contains("${aws_subnet.main_private_a.id}"))
        #expect(!sqs.contains("main_isolated"))
    }

    @Test func ipv6AndListPeersWriteOneRulePerRange() {
        let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
        let alb = EC2.SecurityGroup("alb", name: "alb", description: "ALB", vpc: vpc)
        let v4 = EC2.Allow(
            .tcp(443),
            from: .ipv4(["173.245.48.0/20", "103.21.244.0/22"]),
            to: .group(alb),
            "Cloudflare"
        )
        let v6 = EC2.Allow(.tcp(443), from: .ipv6(["2400:cb00::/32"]), to: .group(alb), "Cloudflare IPv6")
        #expect(
            Snippet.addresses(v4) == [
                "aws_vpc_security_group_ingress_rule.alb_from__173_245_48_0_20_tcp_443",
                "aws_vpc_security_group_ingress_rule.alb_from__103_21_244_0_22_tcp_443",
            ]
        )
        #expect(Snippet.addresses(v6) == ["aws_vpc_security_group_ingress_rule.alb_from_ipv6_2400_cb00_32_tcp_443"])
        #expect(v6.resources.first?.attributes["cidr_ipv6"] == "2400:cb00::/32")
        let list = EC2.Allow(.tcp(443), from: .group(alb), to: .prefixList(.existing("pl-6ea54007")), "S3")
        #expect(list.resources.first?.attributes["prefix_list_id"] == "pl-6ea54007")
    }
}
