import InfraCore

/// A stable identity for a finding across commits, for SARIF `partialFingerprints`: a 64-bit FNV-1a hash of what
/// names the finding (rule, stack, environment, resource, attribute), never of its line, so moving code does not
/// make GitHub see a new alert. The same input gives the same hash in every process and on every machine.
public enum FindingFingerprint {
    /// The SARIF `partialFingerprints` key.
    public static let key: StaticString = "infragenFinding/v1"

    /// 16 lower-case hex digits.
    public static func of(_ diagnostic: Diagnostic) -> String {
        // The hash of the parts joined by U+001F, taken part by part: a SARIF report has one per finding, and
        // joining them into a string first cost more than the hash.
        var hash = offsetBasis
        var first = true
        func add(_ part: String) {
            if !first { hash = mix(hash, 0x1F) }
            first = false
            for byte in part.utf8 { hash = mix(hash, byte) }
        }
        add(diagnostic.id)
        add(diagnostic.stack ?? "")
        add(diagnostic.environment ?? "")
        if let address = diagnostic.address {
            add(address)
            add(diagnostic.attribute ?? "")
        } else {
            // Without a resource, the file and the wording are what tell two findings of one rule apart.
            add(diagnostic.location?.file ?? "")
            add(diagnostic.attribute ?? "")
            add(diagnostic.message)
        }
        return hex(hash)
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        text.utf8.reduce(offsetBasis, mix)
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    static func hex(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { digits in
            for index in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> (60 - 4 * index)) & 0x0F
                digits[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 16
        }
    }
}
