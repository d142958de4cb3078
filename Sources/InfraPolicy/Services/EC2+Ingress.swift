import InfraCore

// EC2002: the ingresses of security groups, written inline or as rule resources, and the internet they reach.
extension EC2Rules {
    /// One ingress of a security group as EC2002 reads it: an inline block (`ingress[1].`) or a rule resource.
    struct Ingress {
        var address: ResourceAddress
        /// `ingress[1].` for an inline block, empty for a rule resource: where the finding's attribute starts.
        var prefix: String
        /// `protocol`, or `ip_protocol` for an `aws_vpc_security_group_ingress_rule`.
        var protocolAttribute: String
        var proto: String?
        var from: Int?
        var to: Int?
        /// The literal CIDR ranges.
        var cidrs: [String]
        /// The managed prefix lists named, as written.
        var prefixLists: [JSONValue?]

        /// How a finding names the ingress: its resource, and the block for an inline one.
        var name: String { prefix.isEmpty ? "\(address)" : "\(address) \(prefix.dropLast())" }

        /// Whether `other` admits the same traffic: the same protocol (by name or number) and, unless every protocol
        /// is open, the same ports.
        func admitsSameTraffic(as other: Ingress) -> Bool {
            let mine = EC2Rules.protocolName(proto)
            guard mine == EC2Rules.protocolName(other.proto) else { return false }
            return mine == "-1" || (from == other.from && to == other.to)
        }
    }

    /// The ingresses a resource writes: a rule resource's one (none for an egress `aws_security_group_rule`), or a
    /// group's inline `ingress` blocks.
    static func ingresses(of resource: ResourceView) -> [Ingress] {
        func literal(_ values: [JSONValue?]) -> [String] { values.compactMap { AttributeValue.string($0) } }
        switch resource.type {
        case "aws_vpc_security_group_ingress_rule":
            return [
                Ingress(
                    address: resource.address,
                    prefix: "",
                    protocolAttribute: "ip_protocol",
                    proto: AttributeValue.string(resource["ip_protocol"]),
                    from: AttributeValue.int(resource["from_port"]),
                    to: AttributeValue.int(resource["to_port"]),
                    cidrs: literal([resource["cidr_ipv4"], resource["cidr_ipv6"]]),
                    prefixLists: [resource["prefix_list_id"]]
                )
            ]
        case "aws_security_group_rule":
            guard AttributeValue.string(resource["type"]) == "ingress" else { return [] }
            return [ingress(resource.attributes, address: resource.address, prefix: "")]
        default:
            return (resource["ingress"]?.blocks ?? []).enumerated().map { index, block in
                ingress(block, address: resource.address, prefix: "ingress[\(index)].")
            }
        }
    }

    /// An inline ingress block, or an `aws_security_group_rule`, which are written alike.
    private static func ingress(_ body: [String: JSONValue], address: ResourceAddress, prefix: String) -> Ingress {
        let cidrs = (body["cidr_blocks"]?.arrayValue ?? []) + (body["ipv6_cidr_blocks"]?.arrayValue ?? [])
        return Ingress(
            address: address,
            prefix: prefix,
            protocolAttribute: "protocol",
            proto: AttributeValue.string(body["protocol"]),
            from: AttributeValue.int(body["from_port"]),
            to: AttributeValue.int(body["to_port"]),
            cidrs: cidrs.compactMap { AttributeValue.string($0) },
            prefixLists: body["prefix_list_ids"]?.arrayValue ?? []
        )
    }

    /// What a finding says `ingress` (of `resource`) is open to, or `nil` when it leaves some public address out.
    /// First its own ranges; then with those of the prefix lists it names; then with the ranges of the group's other
    /// ingresses of the same traffic, inline or rule resources, since AWS admits the union of a group's rules. The
    /// finding names the lists or the other ingresses, as the file shows no such range at the ingress.
    static func internetReached(by ingress: Ingress, of resource: ResourceView) -> String? {
        if let reached = PublicAddressRanges.internet(in: ingress.cidrs) { return reached }
        let listed = prefixListRanges(ingress.prefixLists, in: resource.document)
        if let reached = PublicAddressRanges.internet(in: ingress.cidrs + listed.cidrs) {
            return "\(reached) through \(listed.lists.map(\.description).joined(separator: ", "))"
        }
        // An ingress of private ranges only adds nothing the others lack: it is neither reported nor named.
        guard PublicAddressRanges.reachesPublicAddresses(ingress.cidrs) else { return nil }
        let others = siblings(of: ingress, in: resource).filter {
            $0.admitsSameTraffic(as: ingress) && PublicAddressRanges.reachesPublicAddresses($0.cidrs)
        }
        guard !others.isEmpty,
            let reached = PublicAddressRanges.internet(in: ingress.cidrs + others.flatMap(\.cidrs))
        else { return nil }
        return "\(reached) with \(Wording.list(others.map(\.name)))"
    }

    /// The other ingresses of the security group `resource` is or belongs to: the group's inline blocks and the rule
    /// resources that refer to it. A rule of a group the document does not declare has none.
    static func siblings(of ingress: Ingress, in resource: ResourceView) -> [Ingress] {
        let document = resource.document
        let group =
            resource.type == "aws_security_group"
            ? resource : document.target(of: resource["security_group_id"], ofType: "aws_security_group")
        guard let group else { return [] }
        let rules = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"].flatMap {
            document.referrers(to: group.address, ofType: $0, through: "security_group_id")
        }
        return ([group] + rules).flatMap(ingresses(of:)).filter {
            !($0.address == ingress.address && $0.prefix == ingress.prefix)
        }
    }

    /// A protocol by one name: `tcp`, `udp`, `icmp`, `icmpv6` for their numbers, `-1` for every protocol.
    static func protocolName(_ proto: String?) -> String? {
        guard let proto else { return nil }
        if allProtocols(proto) { return "-1" }
        return portedProtocolNames[proto] ?? proto.lowercased()
    }
}
