import InfraCore
import InfraPolicy
import Testing

/// What EC2002 and EC2003 say about a security group rule open to the internet, and where they point.
///
/// With every protocol open AWS ignores the ports (a rule reads `0`–`0`), so "port 0 open" would tell a reviewer the
/// opposite of the truth; for ICMP the port attributes hold a message type and code. Terraform converts a number
/// written for the protocol (`-1`) to its text, so both spellings are read alike. Any other protocol than TCP, UDP,
/// ICMP and ICMPv6 is allowed on every port, so its port range is not what the finding names.
@Suite struct SecurityGroupOpeningTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let type: String
        let body: JSONValue
        let rule: RuleID
        let attribute: String
        let message: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "inline ingress, protocol -1, ports 0-0",
            type: "aws_security_group",
            body: [
                "ingress": [
                    ["cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]
                ]
            ],
            rule: .securityGroupOpenIngress,
            attribute: "ingress[0].protocol",
            message: "all protocols and ports open to 0.0.0.0/0"
        ),
        Case(
            label: "standalone ingress, protocol written as the number -1",
            type: "aws_security_group_rule",
            body: [
                "type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": -1, "from_port": 0, "to_port": 0,
            ],
            rule: .securityGroupOpenIngress,
            attribute: "protocol",
            message: "all protocols and ports open to 0.0.0.0/0"
        ),
        Case(
            label: "standalone ingress, protocol ALL",
            type: "aws_security_group_rule",
            body: [
                "type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "ALL", "from_port": 0, "to_port": 0,
            ],
            rule: .securityGroupOpenIngress,
            attribute: "protocol",
            message: "all protocols and ports open to 0.0.0.0/0"
        ),
        Case(
            label: "VPC ingress rule, ip_protocol -1 from ::/0",
            type: "aws_vpc_security_group_ingress_rule",
            body: ["cidr_ipv6": "::/0", "ip_protocol": "-1"],
            rule: .securityGroupOpenIngress,
            attribute: "ip_protocol",
            message: "all protocols and ports open to ::/0"
        ),
        Case(
            label: "inline ingress, ICMP every type",
            type: "aws_security_group",
            body: [
                "ingress": [
                    ["cidr_blocks": ["0.0.0.0/0"], "protocol": "icmp", "from_port": -1, "to_port": -1]
                ]
            ],
            rule: .securityGroupOpenIngress,
            attribute: "ingress[0].from_port",
            message: "ICMP open to 0.0.0.0/0"
        ),
        Case(
            label: "VPC ingress rule, SSH",
            type: "aws_vpc_security_group_ingress_rule",
            body: ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 22, "to_port": 22],
            rule: .securityGroupOpenIngress,
            attribute: "from_port",
            message: "port 22 open to 0.0.0.0/0"
        ),
        Case(
            label: "standalone ingress, every TCP port",
            type: "aws_security_group_rule",
            body: [
                "type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "tcp", "from_port": 0,
                "to_port": 65535,
            ],
            rule: .securityGroupOpenIngress,
            attribute: "from_port",
            message: "ports 0-65535 open to 0.0.0.0/0"
        ),
        // AWS applies a rule of any protocol but TCP, UDP, ICMP and ICMPv6 to every port, whatever the range says.
        Case(
            label: "standalone ingress, ESP (protocol 50) on port 443",
            type: "aws_security_group_rule",
            body: [
                "type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "50", "from_port": 443, "to_port": 443,
            ],
            rule: .securityGroupOpenIngress,
            attribute: "protocol",
            message: "protocol 50, every port, open to 0.0.0.0/0"
        ),
        Case(
            label: "inline ingress, SCTP (132) written as a number, ports 0-0",
            type: "aws_security_group",
            body: [
                "ingress": [
                    ["cidr_blocks": ["0.0.0.0/0"], "protocol": 132, "from_port": 0, "to_port": 0]
                ]
            ],
            rule: .securityGroupOpenIngress,
            attribute: "ingress[0].protocol",
            message: "protocol 132, every port, open to 0.0.0.0/0"
        ),
        Case(
            label: "VPC ingress rule, TCP by number (6) on RDP",
            type: "aws_vpc_security_group_ingress_rule",
            body: ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "6", "from_port": 3389, "to_port": 3389],
            rule: .securityGroupOpenIngress,
            attribute: "from_port",
            message: "port 3389 open to 0.0.0.0/0"
        ),
        Case(
            label: "standalone egress, protocol written as the number -1",
            type: "aws_security_group_rule",
            body: [
                "type": "egress", "cidr_blocks": ["0.0.0.0/0"], "protocol": -1, "from_port": 0, "to_port": 0,
            ],
            rule: .securityGroupOpenEgress,
            attribute: "protocol",
            message: "all protocols and ports open to the internet"
        ),
    ]

    @Test(arguments: cases)
    func findingNamesWhatIsOpenAndPointsAtIt(_ testCase: Case) throws {
        let document: JSONValue = ["resource": [testCase.type: ["web": testCase.body]]]
        let hits = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == testCase.rule.rawValue }
        let finding = try #require(hits.first, "no \(testCase.rule.rawValue) finding")
        #expect(hits.count == 1)
        #expect(finding.attribute == testCase.attribute)
        #expect(finding.message.hasSuffix(testCase.message), "message: \(finding.message)")
    }
}
