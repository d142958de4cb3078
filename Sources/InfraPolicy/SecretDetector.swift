import InfraCore

/// Recognises secrets by the name of the variable that carries them, and by the shape of the value.
enum SecretDetector {
    static let secretNameParts = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "GKEY",
    ]

    /// Names that point at a secret rather than hold one (`DB_SECRET_ARN`, `API_KEY_PARAM`, `TOKEN_URL`), or that
    /// hold a setting about one (`TOKEN_TTL`, `PASSWORD_MIN_LENGTH`, `API_KEY_HEADER`).
    static let referenceSuffixes = [
        "_ARN", "_NAME", "_ID", "_PATH", "_FILE", "_REF", "_PARAMETER", "_PARAM", "_URL", "_URI", "_ENDPOINT",
        "_TTL", "_LENGTH", "_TIMEOUT", "_EXPIRY", "_EXPIRATION", "_LIFETIME", "_SECONDS", "_MINUTES", "_HOURS",
        "_DAYS", "_ENABLED", "_HEADER", "_TYPE", "_ALGORITHM", "_VERSION",
    ]

    /// Why the variable looks like a secret, or `nil`.
    static func reason(name: String, value: String) -> String? {
        // An ARN, or a reference to one, names where the secret is kept (`DB_PASSWORD` set to a secret's `.arn`).
        if value.hasPrefix("arn:") || (value.hasPrefix("${") && value.hasSuffix(".arn}")) { return nil }
        if let part = secretPart(ofName: name) { return "its name contains \(part)" }
        if value.hasPrefix("AKIA") || value.hasPrefix("ASIA"), value.count == 20 {
            return "its value looks like an AWS access key id"
        }
        if ByteSearch.contains(value, "-----BEGIN"), value.contains("-----BEGIN") {
            return "its value looks like a PEM private key"
        }
        if let credentials = urlCredentials(value), credentials.contains(":") {
            return "its value is a URL with a password in it"
        }
        return nil
    }
}

extension SecretDetector {
    /// The part of `secretNameParts` the name contains, compared without case, unless the name points at a secret
    /// (`referenceSuffixes`). An ASCII name (every usual one) is compared byte by byte, upper-cased in place: the
    /// `String` way (`uppercased()`, then a search per part) cost more than the rest of a container's checks.
    static func secretPart(ofName name: String) -> String? {
        var name = name
        let ascii: String?? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { upper in
                for index in bytes.indices {
                    let byte = bytes[index]
                    upper[index] = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
                }
                let upper = UnsafeBufferPointer(upper)
                // The part first: most names have none, and then the suffixes need no look.
                guard
                    let part = secretNamePartBytes.first(where: { part in
                        part.bytes.withUnsafeBufferPointer { ByteSearch.contains(upper, $0) }
                    })?.part
                else { return .some(nil) }
                let pointsAtSecret = referenceSuffixBytes.contains {
                    upper.count >= $0.count && upper.suffix($0.count).elementsEqual($0)
                }
                return .some(pointsAtSecret ? nil : part)
            }
        }
        if let ascii { return ascii }
        let upper = name.uppercased()
        guard !referenceSuffixes.contains(where: { upper.hasSuffix($0) }) else { return nil }
        return secretNameParts.first { upper.contains($0) }
    }

    private static let referenceSuffixBytes = referenceSuffixes.map { Array($0.utf8) }
    private static let secretNamePartBytes = secretNameParts.map { (part: $0, bytes: Array($0.utf8)) }

    /// The `user:password` part of `scheme://user:password@host`, if any.
    static func urlCredentials(_ value: String) -> Substring? {
        guard ByteSearch.contains(value, "://") else { return nil }
        let parts = value.split(separator: "://", maxSplits: 1)
        guard parts.count == 2, let at = parts[1].firstIndex(of: "@") else { return nil }
        let credentials = parts[1][..<at]
        return credentials.contains("/") ? nil : credentials
    }
}
