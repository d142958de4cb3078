import InfraCore

/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Text content or an attribute value with `&`, `<`, `>`, `"` and `'` escaped. In attributes, line breaks and tabs
    /// are written as character references so a parser keeps them (it would normalize them to spaces otherwise).
    /// Characters XML 1.0 cannot carry at all (other control characters, U+FFFE, U+FFFF) become U+FFFD.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        // Text without any of those characters goes through as it is: no byte below 0x20, none of the five, and no
        // 0xEF, the first byte of U+FFFE and U+FFFF (and of other characters, which simply take the long way).
        let isPlain = !text.utf8.contains { byte in
            byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        if isPlain { return text }
        // Byte by byte, which is exact: every character replaced is ASCII but U+FFFE and U+FFFF, found by their
        // three bytes, and UTF-8 never uses an ASCII byte inside another character.
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
        var output = UTF8Text(reservingCapacity: text.utf8.count + 16)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): output.write("&amp;")
                case UInt8(ascii: "<"): output.write("&lt;")
                case UInt8(ascii: ">"): output.write("&gt;")
                case UInt8(ascii: "\""): output.write("&quot;")
                case UInt8(ascii: "'"): output.write("&apos;")
                case 0x0A: output.write(attribute ? "&#10;" : "\n")
                case 0x0D: output.write("&#13;")
                case 0x09: output.write(attribute ? "&#9;" : "\t")
                case 0..<0x20: output.bytes += replacement
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                    output.bytes += replacement
                    index += 2
                default: output.bytes.append(byte)
                }
            }
        }
        return output.string
    }

    /// ` name="value"` with the value escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(escape(value, attribute: true))\""
    }
}
