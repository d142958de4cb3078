import InfraCore

extension EC2 {
    /// A security group with no inline rules; traffic is opened with `EC2.Allow`, one rule resource per flow, so that
    /// groups can refer to each other without cycles and every opening shows up as its own line in a plan.
    public struct SecurityGroup: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let vpcID: Ref<RefKind.ID>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            description: String,
            vpc: Ref<RefKind.ID>,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.description = description
            self.vpcID = vpc
            self.location = .swift(filePath: file, line: line)
        }

        public var id: Ref<RefKind.ID> { Ref(ResourceAddress(type: "aws_security_group", name: label), "id") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_security_group",
                    label,
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "vpc_id": vpcID.value,
                        "tags": ["Name": .string(name)],
                        "lifecycle": ["create_before_destroy": true],
                    ],
                    location: location
                )
            ]
        }
    }

    /// A port or port range for a security-group rule.
    public struct Ports: Hashable, Sendable {
        public var from: Int
        public var to: Int
        public var ipProtocol: String

        public static func tcp(_ port: Int) -> Ports { Ports(from: port, to: port, ipProtocol: "tcp") }

        public static func tcp(_ range: ClosedRange<Int>) -> Ports {
            Ports(from: range.lowerBound, to: range.upperBound, ipProtocol: "tcp")
        }

        /// The range Docker uses for dynamic host ports in ECS bridge mode.
        public static let ephemeral = Ports.tcp(32768...65535)

        var labelFragment: String { from == to ? "\(ipProtocol)_\(from)" : "\(ipProtocol)_\(from)_\(to)" }
    }

    /// One end of a traffic flow: a security group, or an address range outside the VPC's groups.
    public enum Peer: Hashable, Sendable {
        case group(SecurityGroupReference)
        case cidr(String)

        /// Every IPv4 address: only for ports meant to be public.
        public static let anywhere = Peer.cidr("0.0.0.0/0")

        public static func group(_ group: SecurityGroup) -> Peer { .group(SecurityGroupReference(group)) }
    }

    /// What a rule needs to know about a group: its label and id reference.
    public struct SecurityGroupReference: Hashable, Sendable {
        public var label: String
        public var id: Ref<RefKind.ID>

        public init(_ group: SecurityGroup) {
            self.label = group.label
            self.id = group.id
        }
    }

    /// Opens one flow: `ports` from `source` to `destination`. Between two groups this writes the egress rule on the
    /// source and the ingress rule on the destination, so both sides stay least-privilege.
    public struct Allow: Construct {
        public let ports: Ports
        public let source: Peer
        public let destination: Peer
        public let description: String
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

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
            self.location = .swift(filePath: file, line: line)
        }

        private static func fragment(_ peer: Peer) -> String {
            switch peer {
            case .group(let group): group.label
            case .cidr(let cidr): cidr == "0.0.0.0/0" ? "anywhere" : ResourceAddress.label(from: cidr)
            }
        }

        private func rule(_ direction: String, on group: SecurityGroupReference, peer: Peer) -> Resource {
            var attributes: [String: JSONValue] = [
                "security_group_id": group.id.value,
                "ip_protocol": .string(ports.ipProtocol),
                "from_port": .int(ports.from),
                "to_port": .int(ports.to),
                "description": .string(description),
            ]
            switch peer {
            case .group(let other): attributes["referenced_security_group_id"] = other.id.value
            case .cidr(let cidr): attributes["cidr_ipv4"] = .string(cidr)
            }
            let label =
                direction == "ingress"
                ? "\(group.label)_from_\(Self.fragment(peer))_\(ports.labelFragment)"
                : "\(group.label)_to_\(Self.fragment(peer))_\(ports.labelFragment)"
            return Resource("aws_vpc_security_group_\(direction)_rule", label, attributes, location: location)
        }

        public func expand() -> [Resource] {
            var resources: [Resource] = []
            if case .group(let group) = source { resources.append(rule("egress", on: group, peer: destination)) }
            if case .group(let group) = destination { resources.append(rule("ingress", on: group, peer: source)) }
            return resources
        }
    }
}
