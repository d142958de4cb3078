/// How terraform converts between its primitive types, for the rules that read literals written as another type.
///
/// Terraform's type system converts a number or a boolean to a string and a numeric or boolean string back, so a
/// configuration that writes `"engine_version": 8.0` or `"storage_encrypted": "1"` is valid and means `"8"` and
/// `true`. The schema rules accept exactly these conversions; the policy rules read values through `AttributeValue`,
/// which uses the same ones, so no rule calls a converted value wrong or misses what it holds.
enum TerraformPrimitives {
    /// Whether terraform converts the string to a number: a decimal literal with an optional sign, fraction and
    /// exponent (no hex, no whitespace, no `Inf`).
    static func isNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let exponent = bytes.first, exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// The string terraform makes of a number: plain decimal notation, as short as reads back to the same number,
    /// with no exponent and no trailing zeros (`8.0` is `"8"`, `1e21` is `"1000000000000000000000"`, `1.5e-7` is
    /// `"0.00000015"`). `nil` for infinity and NaN, which JSON cannot write.
    static func text(of number: Double) -> String? {
        guard number.isFinite else { return nil }
        guard number != 0 else { return "0" }
        // `description` is the shortest decimal that reads back to the same double, sometimes with an exponent.
        var written = Substring(number.magnitude.description)
        var exponent = 0
        if let e = written.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(written[written.index(after: e)...]) ?? 0
            written = written[..<e]
        }
        let point = written.firstIndex(of: ".") ?? written.endIndex
        let wholeDigits = written[..<point]
        let digits = Array(wholeDigits + written[point...].dropFirst())
        let pointAt = wholeDigits.count + exponent
        var whole: String
        var fraction: String
        if pointAt <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -pointAt) + String(digits)
        } else if pointAt >= digits.count {
            whole = String(digits) + String(repeating: "0", count: pointAt - digits.count)
            fraction = ""
        } else {
            whole = String(digits[..<pointAt])
            fraction = String(digits[pointAt...])
        }
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        let sign = number < 0 ? "-" : ""
        return fraction.isEmpty ? sign + whole : sign + whole + "." + fraction
    }
}
