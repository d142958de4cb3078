/// Small pieces of message text shared by the rules, so findings read alike.
enum Wording {
    /// A character of a secret, for a message: `@`, a space, or a non-printable character (never its code).
    static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar == " " { return "a space" }
        return scalar.value >= 0x21 && scalar.value < 0x7F ? "`\(scalar)`" : "a non-printable or non-ASCII character"
    }

    /// A list of names for a message: `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
