/// Whether CIDR ranges together reach everyone on the internet. `0.0.0.0/0` is the usual way to say it, but not the
/// only one: `["0.0.0.0/1", "128.0.0.0/1"]` opens a port to the same addresses, and so does a list of every public
/// range with the private ones left out. A check that looked for `0.0.0.0/0` alone would pass both.
enum PublicAddressRanges {
    /// One CIDR range as its network address's bytes (4 or 16) and its prefix length.
    struct Prefix {
        var bytes: [UInt8]
        var length: Int

        /// The bit at `position`, counted from the most significant bit of the first byte.
        func bit(_ position: Int) -> UInt8 { (bytes[position / 8] >> (7 - UInt8(position % 8))) & 1 }
    }

    /// What a finding calls the ranges when they reach every public address of IPv4 or of IPv6: the range itself
    /// when one is `0.0.0.0/0` or `::/0`, else the family and the ranges that do it ("every public IPv4 address
    /// (0.0.0.0/1 and 128.0.0.0/1)"); `nil` when some public address is out of reach.
    static func internet(in cidrs: [String]) -> String? {
        if let everywhere = cidrs.first(where: { $0 == "0.0.0.0/0" || $0 == "::/0" }) { return everywhere }
        var ipv4: [(text: String, prefix: Prefix)] = []
        var ipv6: [(text: String, prefix: Prefix)] = []
        for text in cidrs {
            guard let prefix = prefix(text) else { continue }
            if prefix.bytes.count == 4 { ipv4.append((text, prefix)) } else { ipv6.append((text, prefix)) }
        }
        for (family, given, reserved) in [("IPv4", ipv4, reservedIPv4), ("IPv6", ipv6, reservedIPv6)]
        where !given.isEmpty && covers(given.map(\.prefix) + reserved, depth: 0) {
            let names = given.map(\.text)
            let shown =
                names.count <= 3 ? Wording.list(names) : Wording.list(names.prefix(2) + ["\(names.count - 2) more"])
            return "every public \(family) address (\(shown))"
        }
        return nil
    }

    /// Whether some range holds a public address: one not inside a reserved range. Ranges of private addresses
    /// only, or text that is no range, hold none.
    static func reachesPublicAddresses(_ cidrs: [String]) -> Bool {
        cidrs.contains { text in
            guard let range = prefix(text) else { return false }
            let reserved = range.bytes.count == 4 ? reservedIPv4 : reservedIPv6
            return !reserved.contains { block in
                block.length <= range.length && (0..<block.length).allSatisfy { block.bit($0) == range.bit($0) }
            }
        }
    }

    /// IPv4 ranges nobody on the internet sends from (RFC 6890): "this network", private, shared (carrier NAT),
    /// loopback, link-local, multicast and reserved. Ranges that reach every other address reach the internet.
    static let reservedIPv4: [Prefix] = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4",
    ].compactMap(prefix)

    /// Everything outside IPv6's global unicast range, `2000::/3` (unique local, link-local and multicast among it).
    static let reservedIPv6: [Prefix] = ["::/3", "4000::/2", "8000::/1"].compactMap(prefix)

    /// Whether the prefixes, all of one family, together hold every address under the node at `depth` of the binary
    /// tree of addresses that they share. Each step splits the prefixes by their next bit, so the work is at most
    /// the number of prefixes times the address length.
    static func covers(_ prefixes: [Prefix], depth: Int) -> Bool {
        guard !prefixes.isEmpty else { return false }
        if prefixes.contains(where: { $0.length <= depth }) { return true }
        let zeros = prefixes.filter { $0.bit(depth) == 0 }
        let ones = prefixes.filter { $0.bit(depth) == 1 }
        return covers(zeros, depth: depth + 1) && covers(ones, depth: depth + 1)
    }

    /// A CIDR range's address and prefix length; `nil` for text that is not one (a reference, a typo).
    static func prefix(_ text: String) -> Prefix? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int(parts[1]), length >= 0 else { return nil }
        let bytes = parts[0].contains(":") ? ipv6Bytes(parts[0]) : ipv4Bytes(parts[0])
        guard let bytes, length <= bytes.count * 8 else { return nil }
        return Prefix(bytes: bytes, length: length)
    }

    private static func ipv4Bytes(_ text: Substring) -> [UInt8]? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        guard octets.count == 4, !octets.contains(nil) else { return nil }
        return octets.compactMap { $0 }
    }

    /// The 16 bytes of an IPv6 address written in hexadecimal groups, with at most one `::` for a run of zero
    /// groups. An address ending in dotted IPv4 (`::ffff:1.2.3.4`) is not read: no rule range is written so.
    private static func ipv6Bytes(_ text: Substring) -> [UInt8]? {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        func groups(_ half: Substring) -> [UInt16]? {
            guard !half.isEmpty else { return [] }
            let groups = half.split(separator: ":", omittingEmptySubsequences: false).map { group -> UInt16? in
                group.count <= 4 ? UInt16(group, radix: 16) : nil
            }
            return groups.contains(nil) ? nil : groups.compactMap { $0 }
        }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        let missing = 8 - head.count - tail.count
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        let all = head + Array(repeating: 0, count: missing) + tail
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
    }
}
