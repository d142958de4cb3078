/// Recognises secrets by the name of the variable that carries them, and by the shape of the value.
enum SecretDetector {
    static let secretNameParts = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "GKEY",
    ]

    /// Names that point at a secret rather than hold one (`DB_SECRET_ARN`, `API_KEY_NAME`).
    static let referenceSuffixes = ["_ARN", "_NAME", "_ID", "_PATH", "_FILE", "_REF", "_PARAMETER"]

    /// Why the variable looks like a secret, or `nil`.
    static func reason(name: String, value: String) -> String? {
        let upper = name.uppercased()
        let namesAReference = referenceSuffixes.contains { upper.hasSuffix($0) }
        // In an ASCII name a byte match of these parts (letters and `_`) is a character match; only another name
        // needs `String.contains`, which compares characters.
        let isASCII = upper.utf8.allSatisfy { $0 < 0x80 }
        if !namesAReference,
            let part = secretNameParts.first(where: {
                ByteSearch.contains(upper, $0) && (isASCII || upper.contains($0))
            })
        {
            return "its name contains \(part)"
        }
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
    /// The `user:password` part of `scheme://user:password@host`, if any.
    static func urlCredentials(_ value: String) -> Substring? {
        guard ByteSearch.contains(value, "://") else { return nil }
        let parts = value.split(separator: "://", maxSplits: 1)
        guard parts.count == 2, let at = parts[1].firstIndex(of: "@") else { return nil }
        let credentials = parts[1][..<at]
        return credentials.contains("/") ? nil : credentials
    }
}
