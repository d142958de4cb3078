import InfraCore

extension EC2.Network {
    /// The `network:` section most stacks' settings share: the VPC range (a /16 to /20, so every tier gets readable
    /// /24s) and the NAT choice. Decoding explains a malformed range (host bits set, a bad octet) at its YAML line.
    public struct Settings: Decodable, Hashable, Sendable {
        public var cidr: IPv4CIDR
        public var nat: NAT

        enum CodingKeys: String, CodingKey, CaseIterable { case cidr, nat }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // An empty range gets the range's message below rather than the decoder's generic one about empty
            // strings, which a value's own decoder (not the keyed container) lets it catch.
            let text =
                container.contains(.cidr)
                ? try Self.text(allowingEmpty: container.superDecoder(forKey: .cidr))
                : try container.decode(String.self, forKey: .cidr)
            guard let cidr = IPv4CIDR(text), (16...20).contains(cidr.prefixLength) else {
                let reason = IPv4CIDR.problem(with: text).map { ": \($0)" } ?? ""
                throw DecodingError.dataCorruptedError(
                    forKey: .cidr,
                    in: container,
                    debugDescription: text.isEmpty
                        ? "an empty value is not an IPv4 range: write a /16 to /20, e.g. `10.0.0.0/16`"
                        : "`\(text)` is not an IPv4 range between /16 and /20, e.g. `10.0.0.0/16`\(reason)"
                )
            }
            self.cidr = cidr
            self.nat = try container.decode(NAT.self, forKey: .nat)
        }

        private static func text(allowingEmpty decoder: any Decoder) throws -> String {
            do {
                return try decoder.singleValueContainer().decode(String.self)
            } catch DecodingError.dataCorrupted(let context)
                where context.debugDescription == SettingsProblem.emptyString
            {
                return ""
            }
        }
    }
}
