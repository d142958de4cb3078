import InfraCore

/// The one reader of attribute values that every rule uses.
///
/// Terraform converts between strings and the other primitive types the way its type system (cty) does: a number or
/// a boolean written for a string attribute is its text (`8.0` is `"8"`, `true` is `"true"`), and a string written
/// for a number or a boolean is read as one (`"512"`; `"true"`, `"1"`, `"false"`, `"0"`). Any value may be an
/// interpolation (`"${var.encrypted}"`) that is unknown until plan. Reading values in one place keeps every rule's
/// idea of "true", "a number" and "not set" the same. The literal readers (`bool`, `int`, …) return `nil` for anything
/// but a literal; the readings (`boolean`, `integer`, `text`) also tell an absent value from an unknown one, which is
/// what a must-be-on check needs: unknown is never reported as off.
enum AttributeValue {
    /// A whole number written as a number or as a numeric string (`512`, `"512"`, `"5e2"`).
    static func int(_ value: JSONValue?) -> Int? {
        if let number = value?.intValue { return number }
        guard let text = value?.literalString else { return nil }
        return Int(text) ?? number(text).flatMap { JSONValue.double($0).intValue }
    }

    /// A whole number, or `fallback` when the attribute is absent (the provider's default); `nil` when unknown.
    static func int(_ value: JSONValue?, default fallback: Int) -> Int? {
        isAbsent(value) ? fallback : int(value)
    }

    /// A number written as a number or as a numeric string.
    static func double(_ value: JSONValue?) -> Double? {
        if let number = value?.doubleValue { return number }
        return value?.literalString.flatMap(number)
    }

    /// A literal boolean, also from the strings terraform converts: `"true"`, `"1"`, `"false"`, `"0"`.
    static func bool(_ value: JSONValue?) -> Bool? {
        if let flag = value?.boolValue { return flag }
        switch value?.literalString {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// A boolean, or `fallback` when the attribute is absent (the provider's default); `nil` when unknown.
    static func bool(_ value: JSONValue?, default fallback: Bool) -> Bool? {
        isAbsent(value) ? fallback : bool(value)
    }

    /// Not written, or written as JSON `null` (which Terraform reads as "not set").
    static func isAbsent(_ value: JSONValue?) -> Bool {
        value == nil || value == .null
    }

    /// A literal string, or the text terraform makes of a number or a boolean; `nil` when absent, only known at plan,
    /// or not a primitive.
    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: text
        case .int(let number)?: String(number)
        case .double(let number)?: TerraformPrimitives.text(of: number)
        case .bool(let flag)?: flag ? "true" : "false"
        default: nil
        }
    }

    /// The literal strings of a list attribute; `nil` when the list itself is an interpolation.
    static func strings(_ value: JSONValue?) -> [String]? {
        switch value {
        case .some(.array(let elements)): elements.compactMap { string($0) }
        case .some(.string(let single)): [single]
        default: nil
        }
    }

    // MARK: Readings: known, absent or unknown

    /// A boolean attribute, also written as `"true"` / `"false"`.
    static func boolean(_ value: JSONValue?) -> Reading<Bool> {
        reading(value) { bool($0) }
    }

    /// A whole-number attribute, also written as a numeric string.
    static func integer(_ value: JSONValue?) -> Reading<Int> {
        reading(value) { int($0) }
    }

    /// A string attribute.
    static func text(_ value: JSONValue?) -> Reading<String> {
        reading(value) { string($0) }
    }

    /// The value of `key` in the first nested block of `value` (`metadata_options.http_tokens`), whether the block is
    /// written as an object or a list of one. A block that is itself an expression makes its members unknown.
    static func member(_ key: String, of value: JSONValue?) -> JSONValue? {
        if case .expression = value { return value }
        return value?.firstBlock?[key]
    }

    /// Whether a value is only known at plan: an interpolation, a reference or a function call.
    static func isUnknown(_ value: JSONValue?) -> Bool {
        if case .expression = value { return true }
        return false
    }

    /// The number a string holds, if terraform reads it as one: decimal, with an optional sign, fraction and
    /// exponent, unlike `Double.init`, which also takes `inf`, `nan` and hexadecimal.
    private static func number(_ text: String) -> Double? {
        TerraformPrimitives.isNumber(text) ? Double(text) : nil
    }

    private static func reading<Value>(_ value: JSONValue?, _ literal: (JSONValue) -> Value?) -> Reading<Value> {
        guard let value, value != .null else { return .absent }
        if isUnknown(value) { return .unknown }
        return literal(value).map(Reading.known) ?? .malformed
    }
}
