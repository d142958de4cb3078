import InfraCore

/// EC2010: secrets written into an instance's user data.
///
/// User data is not a secret store: anyone with `ec2:DescribeInstanceAttribute` (or `DescribeLaunchTemplateVersions`)
/// reads it, every process on the instance reads it from the metadata service, and a launch template keeps it in every
/// version. A script that exports `DB_PASSWORD=hunter2` hands the password to all of them. The text is read as the
/// resource writes it (a launch template's base64 literal decoded); a line that takes its value from the shell
/// (`$(aws secretsmanager …)`, `$VAR`) fetches the secret at boot and is what the rule asks for.
enum UserDataSecrets {
    /// The user data arguments of each type, and whether each is base64.
    static let arguments: [String: [(name: String, base64: Bool)]] = [
        "aws_instance": [("user_data", false), ("user_data_base64", true)],
        "aws_launch_configuration": [("user_data", false), ("user_data_base64", true)],
        "aws_launch_template": [("user_data", true)],
    ]

    static func violations(of resource: ResourceView) -> [Violation] {
        for (name, base64) in arguments[resource.type] ?? [] {
            guard let text = text(resource[name], base64: base64), let found = secret(in: text) else { continue }
            return [Violation(name, "the user data \(found)")]
        }
        return []
    }

    /// The user data as template text (`${` opens an interpolation, `$${` is a literal `${`); a base64 argument only
    /// when it is a literal that decodes to UTF-8 text (`${base64encode(…)}` is known at plan).
    static func text(_ value: JSONValue?, base64: Bool) -> String? {
        guard base64 else { return value?.templateText }
        guard case .string(let literal)? = value, let bytes = Base64.decode(literal),
            let decoded = String(validating: bytes, as: UTF8.self)
        else { return nil }
        return TemplateEscaping.escape(decoded)
    }

    /// What in `text` is a secret, in a finding's words, or `nil`. The values themselves are never repeated.
    static func secret(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            var assignment = line.drop(while: \.isWhitespace)
            if assignment.hasPrefix("export ") { assignment = assignment.dropFirst(7).drop(while: \.isWhitespace) }
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            let name = assignment[..<equals]
            guard let first = name.first, first.isLetter || first == "_",
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else { continue }
            var value = assignment[assignment.index(after: equals)...].drop(while: \.isWhitespace)
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst().prefix { $0 != quote }
            } else {
                value = value.prefix { !$0.isWhitespace && $0 != ";" }
            }
            // Empty, or taken from the shell at boot: `$(…)`, `` `…` ``, `$VAR`, and `$${VAR}` (a literal `${`).
            guard let start = value.first, !(start == "`" || start == "$" && !value.hasPrefix("${")) else { continue }
            if let reason = SecretDetector.reason(name: String(name), value: String(value)) {
                return "sets \(name) in plaintext (\(reason))"
            }
        }
        if containsAccessKeyID(text) { return "holds an AWS access key id" }
        if ByteSearch.contains(text, "-----BEGIN"), ByteSearch.contains(text, "PRIVATE KEY-----") {
            return "holds a private key"
        }
        return nil
    }

    /// Whether `text` holds `AKIA` or `ASIA` and 16 more capitals or digits: an access key id, wherever it is.
    static func containsAccessKeyID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return false }
        func isKeyByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        for start in 0...(bytes.count - 20)
        where bytes[start + 1] == UInt8(ascii: "K") || bytes[start + 1] == UInt8(ascii: "S") {
            guard bytes[start] == UInt8(ascii: "A"), bytes[start + 2] == UInt8(ascii: "I"),
                bytes[start + 3] == UInt8(ascii: "A")
            else { continue }
            let before = start == 0 ? nil : bytes[start - 1]
            let after = start + 20 < bytes.count ? bytes[start + 20] : nil
            if bytes[(start + 4)..<(start + 20)].allSatisfy(isKeyByte), !(before.map(isKeyByte) ?? false),
                !(after.map(isKeyByte) ?? false)
            {
                return true
            }
        }
        return false
    }
}
