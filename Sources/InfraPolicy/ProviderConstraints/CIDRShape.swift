import InfraCore

/// An IPv4 or IPv6 CIDR block, as Go's `net.ParseCIDR` accepts it.
enum CIDRShape {
    /// Whether `text` is an IPv4 or IPv6 network in CIDR notation. ASCII text, which every real one is, is read as
    /// bytes (`isValid(ascii:)`); splitting it as characters cost some 26,000 instructions a value.
    static func isValid(_ text: String) -> Bool {
        guard ByteSearch.isASCII(text) else { return isValid(characters: text) }
        return isValid(ascii: Array(text.utf8))
    }

    /// `isValid(characters:)` for ASCII text, on its bytes; `CIDRShapeTests` holds the two to each other.
    static func isValid(ascii bytes: [UInt8]) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(String(decoding: parts[1], as: UTF8.self)) else { return false }
        let address = parts[0]
        if address.contains(UInt8(ascii: ":")) { return (0...128).contains(bits) && isIPv6(ascii: address) }
        return (0...32).contains(bits) && isIPv4(ascii: address)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isIPv4(ascii text: ArraySlice<UInt8>) -> Bool {
        let octets = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.count) && octet.allSatisfy(isDigit)
                    && octet.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
                    && !(octet.count > 1 && octet.first == UInt8(ascii: "0"))
            }
    }

    private static func isIPv6(ascii text: ArraySlice<UInt8>) -> Bool {
        // Split at each `::`, left to right, as `split(separator: "::")` does.
        var halves: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index + 1 < text.endIndex {
            if text[index] == UInt8(ascii: ":"), text[index + 1] == UInt8(ascii: ":") {
                halves.append(text[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        halves.append(text[start..<text.endIndex])
        guard halves.count <= 2 else { return false }
        let groups = halves.flatMap {
            $0.isEmpty ? [] : $0.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        }
        guard
            groups.allSatisfy({ group in
                (1...4).contains(group.count)
                    && group.allSatisfy { byte in
                        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                    }
            })
        else { return false }
        return halves.count == 2 ? groups.count < 8 : groups.count == 8
    }

    /// The reading of any text, as characters.
    static func isValid(characters text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(parts[1]), parts[1].allSatisfy(\.isASCII) else { return false }
        if parts[0].contains(":") { return (0...128).contains(bits) && isIPv6(parts[0]) }
        return (0...32).contains(bits) && isIPv4(parts[0])
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                !octet.isEmpty && octet.count <= 3 && octet.allSatisfy { $0.isASCII && $0.isNumber }
                    && (Int(octet) ?? 256) <= 255 && !(octet.count > 1 && octet.first == "0")
            }
    }

    static func isIPv6(_ text: Substring) -> Bool {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        let groups = halves.flatMap { $0.isEmpty ? [] : $0.split(separator: ":", omittingEmptySubsequences: false) }
        guard
            groups.allSatisfy({ group in
                (1...4).contains(group.count) && group.allSatisfy { $0.isHexDigit }
            })
        else { return false }
        return halves.count == 2 ? groups.count < 8 : groups.count == 8
    }
}
