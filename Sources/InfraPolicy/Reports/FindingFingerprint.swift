import InfraCore

/// A stable identity for a finding across commits, for SARIF `partialFingerprints`: a 64-bit FNV-1a hash of what
/// names the finding (rule, stack, environment, resource, attribute), never of its line, so moving code does not
/// make GitHub see a new alert. The same input gives the same hash in every process and on every machine.
public enum FindingFingerprint {
    /// The SARIF `partialFingerprints` key.
    public static let key = "infragenFinding/v1"

    /// 16 lower-case hex digits.
    public static func of(_ diagnostic: Diagnostic) -> String {
        var parts = [diagnostic.id, diagnostic.stack ?? "", diagnostic.environment ?? ""]
        if let address = diagnostic.address {
            parts += [address, diagnostic.attribute ?? ""]
        } else {
            // Without a resource, the file and the wording are what tell two findings of one rule apart.
            parts += [diagnostic.location?.file ?? "", diagnostic.attribute ?? "", diagnostic.message]
        }
        return hex(fnv1a64(parts.joined(separator: "\u{1F}")))
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
