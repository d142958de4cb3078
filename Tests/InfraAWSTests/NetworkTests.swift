import InfraAWS
import InfraCore
import Testing

@Suite struct NetworkTests {
    static let zones = ["us-east-1a", "us-east-1b"]

    func makeNetwork(_ nat: EC2.Network.NAT) throws -> EC2.Network {
        EC2.Network("main", cidr: try #require(IPv4CIDR("10.0.0.0/16")), zones: Self.zones, nat: nat, flowLogs: nil)
    }

    func addresses(_ network: EC2.Network) -> [String] { network.resources.map(\.address.description) }

    func resource(_ network: EC2.Network, _ address: String) throws -> Resource {
        try #require(network.resources.first { $0.address.description == address })
    }

    static let common = [
        "aws_vpc.main",
        "aws_default_security_group.main",
        "aws_internet_gateway.main",
        "aws_route_table.main_public",
        "aws_route.main_public_internet",
        "aws_subnet.main_public_a",
        "aws_subnet.main_private_a",
        "aws_route_table_association.main_public_a",
        "aws_subnet.main_public_b",
        "aws_subnet.main_private_b",
        "aws_route_table_association.main_public_b",
    ]

    @Test func singleNATAddresses() throws {
        #expect(
            addresses(try makeNetwork(.single))
                == Self.common + [
                    "aws_eip.main_a",
                    "aws_nat_gateway.main_a",
                    "aws_route_table.main_private_a",
                    "aws_route_table_association.main_private_a",
                    "aws_route.main_private_a_nat",
                    "aws_route_table.main_private_b",
                    "aws_route_table_association.main_private_b",
                    "aws_route.main_private_b_nat",
                ]
        )
    }

    @Test func perZoneNATAddresses() throws {
        #expect(
            addresses(try makeNetwork(.perZone))
                == Self.common + [
                    "aws_eip.main_a",
                    "aws_nat_gateway.main_a",
                    "aws_eip.main_b",
                    "aws_nat_gateway.main_b",
                    "aws_route_table.main_private_a",
                    "aws_route_table_association.main_private_a",
                    "aws_route.main_private_a_nat",
                    "aws_route_table.main_private_b",
                    "aws_route_table_association.main_private_b",
                    "aws_route.main_private_b_nat",
                ]
        )
    }

    @Test func noNATAddresses() throws {
        #expect(
            addresses(try makeNetwork(.none))
                == Self.common + [
                    "aws_route_table.main_private_a",
                    "aws_route_table_association.main_private_a",
                    "aws_route_table.main_private_b",
                    "aws_route_table_association.main_private_b",
                ]
        )
    }

    @Test(arguments: [(EC2.Network.NAT.single, 1), (.perZone, 2), (.none, 0)])
    func natGatewayCounts(nat: EC2.Network.NAT, count: Int) throws {
        let resources = try makeNetwork(nat).resources
        #expect(resources.filter { $0.address.type == "aws_nat_gateway" }.count == count)
        #expect(resources.filter { $0.address.type == "aws_eip" }.count == count)
        #expect(
            resources.filter { $0.address.type == "aws_route" && $0.address.name.hasSuffix("_nat") }.count
                == (count == 0 ? 0 : 2)
        )
    }

    @Test(arguments: [
        ("aws_subnet.main_public_a", "10.0.0.0/24", "us-east-1a", "public"),
        ("aws_subnet.main_public_b", "10.0.1.0/24", "us-east-1b", "public"),
        ("aws_subnet.main_private_a", "10.0.10.0/24", "us-east-1a", "private"),
        ("aws_subnet.main_private_b", "10.0.11.0/24", "us-east-1b", "private"),
    ])
    func subnetRanges(address: String, cidr: String, zone: String, tier: String) throws {
        let subnet = try resource(try makeNetwork(.single), address)
        #expect(subnet.attributes["cidr_block"] == .string(cidr))
        #expect(subnet.attributes["availability_zone"] == .string(zone))
        #expect(subnet.attributes["vpc_id"] == .expression("${aws_vpc.main.id}"))
        #expect(subnet.attributes["map_public_ip_on_launch"] == false)
        #expect(subnet.attributes["tags"]?["Tier"] == .string(tier))
    }

    @Test func vpcAttributes() throws {
        let vpc = try resource(try makeNetwork(.single), "aws_vpc.main")
        #expect(
            vpc.attributes == [
                "cidr_block": "10.0.0.0/16",
                "enable_dns_hostnames": true,
                "enable_dns_support": true,
                "tags": ["Name": "main"],
            ]
        )
    }

    @Test func singleNATServesEveryZoneFromTheFirst() throws {
        let network = try makeNetwork(.single)
        for zone in ["a", "b"] {
            let route = try resource(network, "aws_route.main_private_\(zone)_nat")
            #expect(route.attributes["nat_gateway_id"] == .expression("${aws_nat_gateway.main_a.id}"))
            #expect(route.attributes["route_table_id"] == .expression("${aws_route_table.main_private_\(zone).id}"))
            #expect(route.attributes["destination_cidr_block"] == "0.0.0.0/0")
        }
        let gateway = try resource(network, "aws_nat_gateway.main_a")
        #expect(gateway.attributes["subnet_id"] == .expression("${aws_subnet.main_public_a.id}"))
        #expect(gateway.attributes["allocation_id"] == .expression("${aws_eip.main_a.id}"))
        #expect(gateway.dependsOn.map(\.address) == [ResourceAddress(type: "aws_internet_gateway", name: "main")])
    }

    @Test func perZoneNATKeepsEachZoneOnItsOwnGateway() throws {
        let network = try makeNetwork(.perZone)
        let route = try resource(network, "aws_route.main_private_b_nat")
        #expect(route.attributes["nat_gateway_id"] == .expression("${aws_nat_gateway.main_b.id}"))
        let gateway = try resource(network, "aws_nat_gateway.main_b")
        #expect(gateway.attributes["subnet_id"] == .expression("${aws_subnet.main_public_b.id}"))
    }

    @Test func subnetReferences() throws {
        let network = try makeNetwork(.single)
        #expect(network.vpcID.value == .expression("${aws_vpc.main.id}"))
        #expect(
            network.publicSubnets.map(\.traversal) == ["aws_subnet.main_public_a.id", "aws_subnet.main_public_b.id"]
        )
        #expect(
            network.privateSubnets.map(\.traversal) == ["aws_subnet.main_private_a.id", "aws_subnet.main_private_b.id"]
        )
    }

    @Test(arguments: EC2.Network.NAT.allCases)
    func everyReferenceResolvesInsideTheNetwork(nat: EC2.Network.NAT) throws {
        let configuration = TerraformConfiguration(
            requiredVersion: ">= 1.10.0",
            requiredProviders: [:],
            backend: nil,
            providers: []
        )
        let model = StackModel(
            stack: "demo",
            environment: "dev",
            configuration: configuration,
            resources: try makeNetwork(nat).resources
        )
        #expect(ModelChecks.check(model).isEmpty)
    }

    @Test func locationIsTheDeclaringLine() throws {
        let (network, line) = (
            EC2.Network("edge", cidr: try #require(IPv4CIDR("10.1.0.0/16")), zones: Self.zones, flowLogs: nil), #line
        )
        let expected = SourceLocation(file: "Tests/InfraAWSTests/NetworkTests.swift", line: line)
        #expect(network.resources.allSatisfy { $0.location == expected })
    }
}
