import InfraCore

/// Characters AWS allows in names.
enum NameCharacters {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) }

    static func isLowercaseAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || isDigit(scalar)
    }

    /// Letters, digits, and the characters in `extra`.
    static func alphanumeric(or extra: String) -> @Sendable (Unicode.Scalar) -> Bool {
        let others = Set(extra.unicodeScalars)
        return { isAlphanumeric($0) || others.contains($0) }
    }
}

/// A name limit as AWS states it: a maximum length and the characters allowed.
struct NameLimit: Sendable {
    /// What the name names, for messages: `SQS queue name`.
    var kind: String
    var maximum: Int
    /// The allowed characters in words: `letters, digits, hyphens and underscores`.
    var charset: String
    var allows: @Sendable (Unicode.Scalar) -> Bool

    /// Length and character findings for a literal name.
    func violations(_ value: JSONValue?, attribute: String = "name") -> [Violation] {
        guard let name = value?.literalString else { return [] }
        var found: [Violation] = []
        if name.isEmpty { found.append(Violation(attribute, "\(kind) is empty")) }
        // Characters are counted only when the bytes could be too many: a name has at least as many bytes.
        if name.utf8.count > maximum, name.count > maximum {
            found.append(
                Violation(attribute, "\(kind) `\(name)` is \(name.count) characters long; the limit is \(maximum)")
            )
        }
        if let bad = name.unicodeScalars.first(where: { !allows($0) }) {
            found.append(Violation(attribute, "\(kind) `\(name)` contains `\(bad)`; only \(charset) are allowed"))
        }
        return found
    }

    /// Findings for a literal `name_prefix`, to which Terraform appends a 26-character unique suffix (plus `suffix`).
    func prefixViolations(_ value: JSONValue?, attribute: String = "name_prefix", suffix: String = "") -> [Violation] {
        guard let prefix = value?.literalString else { return [] }
        var found: [Violation] = []
        let limit = maximum - 26 - suffix.count
        if prefix.utf8.count > limit, prefix.count > limit {
            found.append(
                Violation(
                    attribute,
                    "\(kind) prefix `\(prefix)` is \(prefix.count) characters long; with the 26 characters Terraform appends the limit is \(limit)"
                )
            )
        }
        if let bad = prefix.unicodeScalars.first(where: { !allows($0) }) {
            found.append(
                Violation(attribute, "\(kind) prefix `\(prefix)` contains `\(bad)`; only \(charset) are allowed")
            )
        }
        return found
    }
}
