import InfraCore

/// The one reader of attribute values that every rule uses.
///
/// Terraform accepts a boolean or a number also as a string (`"true"`, `"512"`), and any value may be an
/// interpolation (`"${var.encrypted}"`) that is unknown until plan. Reading values in one place keeps every rule's
/// idea of "true", "a number" and "not set" the same.
enum AttributeValue {
    /// A whole number written as a number or as a numeric string (`512`, `"512"`).
    static func int(_ value: JSONValue?) -> Int? {
        if let number = value?.intValue { return number }
        return value?.literalString.flatMap { Int($0) }
    }

    /// A whole number, or `fallback` when the attribute is absent (the provider's default); `nil` when unknown.
    static func int(_ value: JSONValue?, default fallback: Int) -> Int? {
        isAbsent(value) ? fallback : int(value)
    }

    /// A number written as a number or as a numeric string.
    static func double(_ value: JSONValue?) -> Double? {
        if let number = value?.doubleValue { return number }
        return value?.literalString.flatMap { Double($0) }
    }

    /// A literal boolean, also from `"true"` / `"false"`.
    static func bool(_ value: JSONValue?) -> Bool? {
        if let flag = value?.boolValue { return flag }
        switch value?.literalString {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// A boolean, or `fallback` when the attribute is absent (the provider's default); `nil` when unknown.
    static func bool(_ value: JSONValue?, default fallback: Bool) -> Bool? {
        isAbsent(value) ? fallback : bool(value)
    }

    /// True when `value` is literally `true`, as a boolean or the string Terraform also accepts.
    static func isTrue(_ value: JSONValue?) -> Bool { bool(value) == true }

    /// True when `value` is literally `false` (a reference or an absent value is not).
    static func isFalse(_ value: JSONValue?) -> Bool { bool(value) == false }

    /// Not written, or written as JSON `null` (which Terraform reads as "not set").
    static func isAbsent(_ value: JSONValue?) -> Bool {
        value == nil || value == .null
    }

    /// The literal strings of a list attribute; `nil` when the list itself is an interpolation.
    static func strings(_ value: JSONValue?) -> [String]? {
        switch value {
        case .some(.array(let elements)): elements.compactMap(\.literalString)
        case .some(.string(let single)): [single]
        default: nil
        }
    }
}
