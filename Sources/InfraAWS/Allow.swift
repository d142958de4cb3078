import InfraCore

extension EC2 {
    /// A port or port range for a security-group rule.
    public struct Ports: Hashable, Sendable {
        public var from: Int
        public var to: Int
        public var ipProtocol: String

        public static func tcp(_ port: Int) -> Ports { Ports(from: port, to: port, ipProtocol: "tcp") }

        public static func tcp(_ range: ClosedRange<Int>) -> Ports {
            Ports(from: range.lowerBound, to: range.upperBound, ipProtocol: "tcp")
        }

        public static func udp(_ port: Int) -> Ports { Ports(from: port, to: port, ipProtocol: "udp") }

        /// The range Docker uses for dynamic host ports in ECS bridge mode.
        public static let ephemeral = Ports.tcp(32768...65535)

        var labelFragment: String { from == to ? "\(ipProtocol)_\(from)" : "\(ipProtocol)_\(from)_\(to)" }
    }

    /// One end of a traffic flow: a security group, address ranges outside the VPC's groups, or a prefix list.
    public enum Peer: Hashable, Sendable {
        case group(SecurityGroup)
        /// IPv4 ranges, one rule each.
        case ipv4([String])
        /// IPv6 ranges, one rule each.
        case ipv6([String])
        /// A managed prefix list, by id.
        case prefixList(Ref<ID<PrefixList>>)

        /// Every IPv4 address: only for ports meant to be public.
        public static let anywhere = Peer.ipv4(["0.0.0.0/0"])
        /// Every IPv6 address.
        public static let anywhereIPv6 = Peer.ipv6(["::/0"])

        /// One IPv4 range.
        public static func cidr(_ range: String) -> Peer { .ipv4([range]) }

        /// The single rules this peer stands for: (label fragment, the attribute naming the peer).
        var endpoints: [(fragment: String, attribute: String, value: JSONValue)] {
            switch self {
            case .group(let group): [(group.label, "referenced_security_group_id", group.id.value)]
            case .ipv4(let ranges):
                ranges.map { range in
                    let fragment = range == "0.0.0.0/0" ? "anywhere" : ResourceAddress.label(from: range)
                    return (fragment, "cidr_ipv4", .string(range))
                }
            case .ipv6(let ranges):
                ranges.map { range in
                    let fragment = range == "::/0" ? "anywhere_ipv6" : "ipv6_" + labelFragment(range)
                    return (fragment, "cidr_ipv6", .string(range))
                }
            case .prefixList(let list):
                [
                    (
                        ResourceAddress.label(from: list.existingIdentifier ?? list.reference?.address.name ?? "list"),
                        "prefix_list_id", list.value
                    )
                ]
            }
        }
    }

    /// Opens one flow: `ports` from `source` to `destination`. Between two groups this writes the egress rule on the
    /// source and the ingress rule on the destination, so both sides stay least-privilege; a range list writes one
    /// rule per range, so each shows in a plan.
    public struct Allow: Construct, Hashable {
        public var declaration: Declaration
        public let ports: Ports
        public let source: Peer
        public let destination: Peer
        public let description: String

        public init(
            _ ports: Ports,
            from source: Peer,
            to destination: Peer,
            _ description: String,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.ports = ports
            self.source = source
            self.destination = destination
            self.description = description
            self.declaration = Declaration("", file: file, line: line)
        }

        private func rules(_ direction: String, on group: SecurityGroup, peer: Peer) -> [Resource] {
            peer.endpoints.map { endpoint in
                let label =
                    direction == "ingress"
                    ? "\(group.label)_from_\(endpoint.fragment)_\(ports.labelFragment)"
                    : "\(group.label)_to_\(endpoint.fragment)_\(ports.labelFragment)"
                return resource(
                    "aws_vpc_security_group_\(direction)_rule",
                    label: label,
                    [
                        "security_group_id": group.id.value,
                        "ip_protocol": .string(ports.ipProtocol),
                        "from_port": .int(ports.from),
                        "to_port": .int(ports.to),
                        "description": .string(description),
                        endpoint.attribute: endpoint.value,
                    ]
                )
            }
        }

        public func expand() -> [Resource] {
            var resources: [Resource] = []
            if case .group(let group) = source { resources += rules("egress", on: group, peer: destination) }
            if case .group(let group) = destination { resources += rules("ingress", on: group, peer: source) }
            return resources
        }
    }
}

/// A label fragment for a range: `10.0.0.0/8` → `10_0_0_0_8` (no leading `_`, as it follows another word).
private func labelFragment(_ text: String) -> String {
    String(ResourceAddress.label(from: text).drop { $0 == "_" })
}
