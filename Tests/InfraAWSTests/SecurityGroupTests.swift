import InfraAWS
import InfraCore
import Testing

@Suite struct SecurityGroupTests {
    static let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
    static let alb = EC2.SecurityGroup("alb", name: "app-alb", description: "Load balancer", vpc: vpc)
    static let app = EC2.SecurityGroup("app", name: "app-tasks", description: "Tasks", vpc: vpc)

    @Test func groupHasNoInlineRules() throws {
        let resource = try #require(Self.alb.resources.only)
        #expect(resource.address.description == "aws_security_group.alb")
        #expect(
            resource.attributes == [
                "name": "app-alb",
                "description": "Load balancer",
                "vpc_id": .expression("${aws_vpc.main.id}"),
                "tags": ["Name": "app-alb"],
                "lifecycle": ["create_before_destroy": true],
            ]
        )
        #expect(Self.alb.id.value == .expression("${aws_security_group.alb.id}"))
    }

    @Test func allowBetweenTwoGroupsWritesOneEgressAndOneIngressRule() throws {
        let allow = EC2.Allow(.tcp(8080), from: .group(Self.alb), to: .group(Self.app), "ALB to tasks")
        let resources = allow.resources
        #expect(
            resources.map(\.address.description) == [
                "aws_vpc_security_group_egress_rule.alb_to_app_tcp_8080",
                "aws_vpc_security_group_ingress_rule.app_from_alb_tcp_8080",
            ]
        )
        let egress = try #require(resources.first)
        #expect(
            egress.attributes == [
                "security_group_id": .expression("${aws_security_group.alb.id}"),
                "referenced_security_group_id": .expression("${aws_security_group.app.id}"),
                "ip_protocol": "tcp",
                "from_port": 8080,
                "to_port": 8080,
                "description": "ALB to tasks",
            ]
        )
        let ingress = try #require(resources.last)
        #expect(
            ingress.attributes == [
                "security_group_id": .expression("${aws_security_group.app.id}"),
                "referenced_security_group_id": .expression("${aws_security_group.alb.id}"),
                "ip_protocol": "tcp",
                "from_port": 8080,
                "to_port": 8080,
                "description": "ALB to tasks",
            ]
        )
    }

    @Test func allowToAnywhereWritesOnlyEgress() throws {
        let allow = EC2.Allow(.tcp(443), from: .group(Self.app), to: .anywhere, "HTTPS out")
        let rule = try #require(allow.resources.only)
        #expect(rule.address.description == "aws_vpc_security_group_egress_rule.app_to_anywhere_tcp_443")
        #expect(rule.attributes["cidr_ipv4"] == "0.0.0.0/0")
        #expect(rule.attributes["referenced_security_group_id"] == nil)
        #expect(rule.attributes["security_group_id"] == .expression("${aws_security_group.app.id}"))
    }

    @Test func allowFromAnywhereWritesOnlyIngress() throws {
        let allow = EC2.Allow(.tcp(443), from: .anywhere, to: .group(Self.alb), "HTTPS in")
        let rule = try #require(allow.resources.only)
        #expect(rule.address.description == "aws_vpc_security_group_ingress_rule.alb_from_anywhere_tcp_443")
        #expect(rule.attributes["cidr_ipv4"] == "0.0.0.0/0")
    }

    @Test func portRangesAndOtherCIDRsInLabels() throws {
        let dynamic = EC2.Allow(.ephemeral, from: .group(Self.alb), to: .group(Self.app), "dynamic host ports")
        #expect(
            dynamic.resources.map(\.address.name) == ["alb_to_app_tcp_32768_65535", "app_from_alb_tcp_32768_65535"]
        )
        let egress = try #require(dynamic.resources.first)
        #expect(egress.attributes["from_port"] == 32768)
        #expect(egress.attributes["to_port"] == 65535)

        let office = EC2.Allow(.tcp(22), from: .cidr("203.0.113.0/24"), to: .group(Self.app), "office SSH")
        let rule = try #require(office.resources.only)
        #expect(rule.address.name == "app_from__203_0_113_0_24_tcp_22")
        #expect(ResourceAddress.isValidLabel(rule.address.name))
        #expect(rule.attributes["cidr_ipv4"] == "203.0.113.0/24")
    }

    @Test func allowBetweenTwoCIDRsWritesNothing() {
        let allow = EC2.Allow(.tcp(80), from: .anywhere, to: .cidr("10.0.0.0/8"), "no group on either side")
        #expect(allow.resources.isEmpty)
    }

    @Test func rulesRememberTheDeclaringLine() {
        let (allow, line) = (EC2.Allow(.tcp(5432), from: .group(Self.app), to: .group(Self.alb), "db"), #line)
        let expected = SourceLocation(file: "Tests/InfraAWSTests/SecurityGroupTests.swift", line: line)
        #expect(allow.resources.allSatisfy { $0.location == expected })
    }
}
