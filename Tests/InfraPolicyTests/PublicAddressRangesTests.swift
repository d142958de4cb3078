import InfraCore
import Testing

@testable import InfraPolicy

/// Ranges that together reach every public address are the internet, however they are split.
@Suite struct PublicAddressRangesTests {
    /// Every public IPv4 range: 0.0.0.0/0 less the reserved ranges, as Python's `ipaddress` computes it
    /// (`address_exclude`, then `collapse_addresses`).
    static let everyPublicIPv4 = [
        "1.0.0.0/8", "2.0.0.0/7", "4.0.0.0/6", "8.0.0.0/7", "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3",
        "64.0.0.0/3", "96.0.0.0/6", "100.0.0.0/10", "100.128.0.0/9", "101.0.0.0/8", "102.0.0.0/7", "104.0.0.0/5",
        "112.0.0.0/5", "120.0.0.0/6", "124.0.0.0/7", "126.0.0.0/8", "128.0.0.0/3", "160.0.0.0/5", "168.0.0.0/8",
        "169.0.0.0/9", "169.128.0.0/10", "169.192.0.0/11", "169.224.0.0/12", "169.240.0.0/13", "169.248.0.0/14",
        "169.252.0.0/15", "169.255.0.0/16", "170.0.0.0/7", "172.0.0.0/12", "172.32.0.0/11", "172.64.0.0/10",
        "172.128.0.0/9", "173.0.0.0/8", "174.0.0.0/7", "176.0.0.0/4", "192.0.0.0/9", "192.128.0.0/11",
        "192.160.0.0/13", "192.169.0.0/16", "192.170.0.0/15", "192.172.0.0/14", "192.176.0.0/12", "192.192.0.0/10",
        "193.0.0.0/8", "194.0.0.0/7", "196.0.0.0/6", "200.0.0.0/5", "208.0.0.0/4",
    ]

    @Test(arguments: [
        (["0.0.0.0/0"], "0.0.0.0/0"),
        (["10.0.0.0/8", "::/0"], "::/0"),
        (["0.0.0.0/1", "128.0.0.0/1"], "every public IPv4 address (0.0.0.0/1 and 128.0.0.0/1)"),
        (
            ["128.0.0.0/1", "0.0.0.0/2", "64.0.0.0/2"],
            "every public IPv4 address (128.0.0.0/1, 0.0.0.0/2 and 64.0.0.0/2)"
        ),
        (everyPublicIPv4, "every public IPv4 address (1.0.0.0/8, 2.0.0.0/7 and 49 more)"),
        (["2000::/3"], "every public IPv6 address (2000::/3)"),
        (["10.0.0.0/8", "::/1", "8000::/1"], "every public IPv6 address (::/1 and 8000::/1)"),
    ])
    func rangesThatReachEveryone(cidrs: [String], named: String) {
        #expect(PublicAddressRanges.internet(in: cidrs) == named)
    }

    @Test(arguments: [
        ["10.0.0.0/8"],
        ["0.0.0.0/1"],
        ["0.0.0.0/1", "128.0.0.0/2"],
        Array(everyPublicIPv4.filter { $0 != "193.0.0.0/8" }),
        ["2001:db8::/32"],
        ["2000::/4"],
        ["${var.cidr}", "0.0.0.0/1"],
        [],
    ])
    func rangesThatLeaveSomeoneOut(cidrs: [String]) {
        #expect(PublicAddressRanges.internet(in: cidrs) == nil)
    }

    @Test(arguments: [
        ("10.1.2.0/24", [10, 1, 2, 0], 24),
        ("::/0", [UInt8](repeating: 0, count: 16), 0),
        ("::1/128", [UInt8](repeating: 0, count: 15) + [1], 128),
        ("fe80::/10", [0xfe, 0x80] + [UInt8](repeating: 0, count: 14), 10),
        ("2001:DB8:0:0:0:0:0:1/64", [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [1], 64),
    ])
    func prefixesAreRead(text: String, bytes: [UInt8], length: Int) {
        let prefix = PublicAddressRanges.prefix(text)
        #expect(prefix?.bytes == bytes)
        #expect(prefix?.length == length)
    }

    @Test(arguments: [
        "10.0.0/8", "256.0.0.0/8", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0", "::/129", "1::2::3/64", "12345::/16",
        "1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7::8/64", "::ffff:1.2.3.4/128", "${var.cidr}", "",
    ])
    func textThatIsNoRangeIsNotRead(text: String) {
        #expect(PublicAddressRanges.prefix(text) == nil)
    }

    /// The rules that look for the internet find it split, and say how it is reached.
    @Test func securityGroupsOpenedToTheSplitInternet() {
        let ingress: JSONValue = [
            "type": "ingress", "protocol": "tcp", "from_port": 22, "to_port": 22,
            "cidr_blocks": .strings(["0.0.0.0/1", "128.0.0.0/1"]), "security_group_id": "sg-0123456789abcdef0",
        ]
        var egress = ingress.objectValue ?? [:]
        egress["type"] = "egress"
        egress["protocol"] = "-1"
        let findings = RuleFixtureTests().findings(
            ["resource": ["aws_security_group_rule": ["ssh": ingress, "out": .object(egress)]]],
            environment: "prod"
        )
        let ssh = findings.first { $0.id == "EC2002" }
        #expect(ssh?.message.contains("port 22 open to every public IPv4 address (0.0.0.0/1 and 128.0.0.0/1)") == true)
        #expect(findings.contains { $0.id == "EC2003" && $0.address == "aws_security_group_rule.out" })
    }
    /// A rule that names a managed prefix list reaches the ranges the list holds, inline or as entry resources.
    @Test(arguments: [
        (["0.0.0.0/0"], [], "port 22 open to 0.0.0.0/0 through aws_ec2_managed_prefix_list.anyone"),
        (["203.0.113.0/24"], ["0.0.0.0/0"], "port 22 open to 0.0.0.0/0 through aws_ec2_managed_prefix_list.anyone"),
        (
            ["0.0.0.0/1"], ["128.0.0.0/1"],
            "port 22 open to every public IPv4 address (0.0.0.0/1 and 128.0.0.0/1)"
                + " through aws_ec2_managed_prefix_list.anyone"
        ),
        (["203.0.113.0/24"], ["198.51.100.0/24"], nil),
    ])
    func prefixListsAreTheRangesTheyHold(inline: [String], standalone: [String], message: String?) {
        let reference = JSONValue.expression("${aws_ec2_managed_prefix_list.anyone.id}")
        var resources: [String: JSONValue] = [
            "aws_ec2_managed_prefix_list": [
                "anyone": [
                    "name": "anyone", "address_family": "IPv4", "max_entries": 5,
                    "entry": .array(inline.map { ["cidr": .string($0)] }),
                ]
            ],
            "aws_security_group": [
                "ssh": [
                    "name": "ssh", "description": "ssh",
                    "ingress": [
                        [
                            "description": "ssh", "protocol": "tcp", "from_port": 22, "to_port": 22,
                            "prefix_list_ids": .array([reference]),
                        ]
                    ],
                ]
            ],
            "aws_vpc_security_group_ingress_rule": [
                "ssh": [
                    "security_group_id": "sg-0123456789abcdef0", "ip_protocol": "tcp", "from_port": 22,
                    "to_port": 22, "prefix_list_id": reference, "description": "ssh",
                ]
            ],
        ]
        var entries: [String: JSONValue] = [:]
        for (index, cidr) in standalone.enumerated() {
            entries["e\(index)"] = ["prefix_list_id": reference, "cidr": .string(cidr)]
        }
        if !entries.isEmpty { resources["aws_ec2_managed_prefix_list_entry"] = .object(entries) }
        let found = RuleFixtureTests().findings(["resource": .object(resources)], environment: "prod")
            .filter { $0.id == "EC2002" }
        #expect(found.map(\.message) == (message.map { [$0, $0] } ?? []), "\(found)")
        #expect(
            Set(found.compactMap(\.address))
                == (message == nil ? [] : ["aws_security_group.ssh", "aws_vpc_security_group_ingress_rule.ssh"])
        )
    }
    /// AWS admits the union of a group's rules: the internet split over two rules of one group, inline or as rule
    /// resources, is open as surely as it is in one. Each rule of the split is reported, naming the others.
    @Test func theInternetSplitOverRulesOfOneGroup() {
        func rule(_ cidr: String, port: Int = 22, proto: String = "tcp") -> JSONValue {
            [
                "type": "ingress", "protocol": .string(proto), "from_port": .int(port), "to_port": .int(port),
                "cidr_blocks": .strings([cidr]), "security_group_id": .expression("${aws_security_group.ssh.id}"),
            ]
        }
        let group: JSONValue = [
            "name": "ssh", "description": "ssh",
            "ingress": [
                [
                    "description": "low half", "protocol": "tcp", "from_port": 3389, "to_port": 3389,
                    "cidr_blocks": ["0.0.0.0/1"],
                ],
                [
                    "description": "high half", "protocol": "6", "from_port": 3389, "to_port": 3389,
                    "cidr_blocks": ["128.0.0.0/1"],
                ],
                [
                    "description": "office", "protocol": "tcp", "from_port": 5432, "to_port": 5432,
                    "cidr_blocks": ["203.0.113.0/24"],
                ],
            ],
        ]
        let rules: JSONValue = [
            "low": rule("0.0.0.0/1"), "high": rule("128.0.0.0/1"),
            // Another port, another protocol, and private ranges only: none completes the split.
            "other_port": rule("128.0.0.0/1", port: 23), "udp": rule("128.0.0.0/1", proto: "udp"),
            "private": rule("10.0.0.0/8"),
        ]
        let found = RuleFixtureTests().findings(
            ["resource": ["aws_security_group": ["ssh": group], "aws_security_group_rule": rules]],
            environment: "prod"
        ).filter { $0.id == "EC2002" }
        #expect(
            found.map { "\($0.address ?? "") \($0.message)" } == [
                "aws_security_group.ssh port 3389 open to every public IPv4 address (0.0.0.0/1 and 128.0.0.0/1) "
                    + "with aws_security_group.ssh ingress[1]",
                "aws_security_group.ssh port 3389 open to every public IPv4 address (128.0.0.0/1 and 0.0.0.0/1) "
                    + "with aws_security_group.ssh ingress[0]",
                "aws_security_group_rule.high port 22 open to every public IPv4 address (128.0.0.0/1 and 0.0.0.0/1) "
                    + "with aws_security_group_rule.low",
                "aws_security_group_rule.low port 22 open to every public IPv4 address (0.0.0.0/1 and 128.0.0.0/1) "
                    + "with aws_security_group_rule.high",
            ],
            "\(found)"
        )
    }

    @Test(arguments: [
        (["10.0.0.0/8", "192.168.1.0/24"], false), (["10.1.0.0/16", "203.0.113.0/24"], true), (["::1/128"], false),
        (["2001:db8::/32"], true), (["${var.cidr}"], false),
    ])
    func publicAddressesAreOutsideTheReservedRanges(cidrs: [String], reaches: Bool) {
        #expect(PublicAddressRanges.reachesPublicAddresses(cidrs) == reaches)
    }
}
