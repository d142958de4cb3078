/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Text content or an attribute value with `&`, `<`, `>`, `"` and `'` escaped. In attributes, line breaks and tabs
    /// are written as character references so a parser keeps them (it would normalize them to spaces otherwise).
    /// Characters XML 1.0 cannot carry at all (other control characters, U+FFFE, U+FFFF) become U+FFFD.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += attribute ? "&#10;" : "\n"
            case "\r": output += "&#13;"
            case "\t": output += attribute ? "&#9;" : "\t"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// ` name="value"` with the value escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(escape(value, attribute: true))\""
    }
}
