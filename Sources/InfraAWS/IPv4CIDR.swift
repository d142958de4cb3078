/// An IPv4 network in CIDR notation, used to carve subnets out of a VPC range without calling `cidrsubnet` at plan
/// time, so the subnet ranges are visible in the rendered document and in review.
public struct IPv4CIDR: Hashable, Sendable, CustomStringConvertible {
    public var address: UInt32
    public var prefixLength: Int

    /// Parses `10.0.0.0/16`; `nil` if malformed or if host bits are set.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        // Digits only, without leading zeros: `+16`, `010` and the like are not CIDR notation.
        func isPlainNumber(_ part: Substring) -> Bool {
            !part.isEmpty && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && (part.count == 1 || part.first != "0")
        }
        guard parts.count == 2, isPlainNumber(parts[1]), let prefix = Int(parts[1]), (0...32).contains(prefix) else {
            return nil
        }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var address: UInt32 = 0
        for octet in octets {
            guard octet.count <= 3, isPlainNumber(octet), let value = UInt32(octet), value <= 255 else { return nil }
            address = address << 8 | value
        }
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
        guard address & ~mask == 0 else { return nil }
        self.address = address
        self.prefixLength = prefix
    }

    /// Why `text` is not a CIDR block, in words a settings file's author can act on; `nil` when it is one.
    ///
    /// `10.40.1.0/16` has host bits set: the message says so and names the network address (`10.40.0.0/16`), rather
    /// than calling the range "out of range".
    public static func problem(with text: String) -> String? {
        if IPv4CIDR(text) != nil { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return "`\(text)` is not CIDR notation: write an address, `/` and a prefix length"
        }
        guard let prefix = Int(parts[1]), (0...32).contains(prefix), String(prefix) == parts[1] else {
            return "`\(text)` has no valid prefix length: write a whole number from 0 to 32 after `/`"
        }
        guard let probe = IPv4CIDR("\(parts[0])/32") else {
            return "`\(parts[0])` is not an IPv4 address: write four numbers from 0 to 255, such as `10.40.0.0`"
        }
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
        let network = IPv4CIDR(address: probe.address & mask, prefixLength: prefix)
        return
            "`\(text)` has host bits set: a /\(prefix) network starts at \(network.description.split(separator: "/")[0]); write `\(network)`"
    }

    init(address: UInt32, prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    /// The `index`-th subnet with `extraBits` more prefix bits, as Terraform's `cidrsubnet` computes it; `nil` when
    /// it does not fit.
    public func subnet(extraBits: Int, index: Int) -> IPv4CIDR? {
        let length = prefixLength + extraBits
        guard extraBits > 0, length <= 32, index >= 0, index < (1 << extraBits) else { return nil }
        return IPv4CIDR(address: address | UInt32(index) << UInt32(32 - length), prefixLength: length)
    }

    public var description: String {
        let octets = [24, 16, 8, 0].map { String((address >> UInt32($0)) & 0xff) }
        return octets.joined(separator: ".") + "/\(prefixLength)"
    }
}
