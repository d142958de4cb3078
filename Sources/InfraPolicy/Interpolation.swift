import InfraCore

/// Scanning Terraform template text for interpolations (`${…}`) and directives (`%{…}`), in one place.
///
/// Whether text holds an interpolation at all is `TemplateEscaping.hasInterpolation` (InfraCore); this adds what only
/// the policy rules need: the expression of a value that is a single interpolation, and a skeleton of template text
/// with every interpolation replaced.
enum Interpolation {
    /// The expression of text that is exactly one interpolation (`${aws.us_west_2}` → `aws.us_west_2`); other text is
    /// returned as it is.
    static func expression(of text: String) -> String {
        if text.hasPrefix("${"), text.hasSuffix("}") { return String(text.dropFirst(2).dropLast()) }
        return text
    }

    /// Template text with every `${…}` and `%{…}` replaced by `replacement`; escaped `$${` and `%%{` stay as they are.
    /// With `0` as the replacement, JSON that is valid for every value of its interpolations stays valid JSON.
    static func replacingEach(in template: String, with replacement: String) -> String {
        let bytes = Array(template.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isMarker = byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
            if isMarker, index + 1 < bytes.count, bytes[index + 1] == byte {
                output.append(byte)
                output.append(byte)
                index += 2
                continue
            }
            if isMarker, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                index = endOfInterpolation(bytes, from: index + 2)
                output.append(contentsOf: Array(replacement.utf8))
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index after the `}` that closes an interpolation whose body starts at `start`; quoted strings inside the
    /// expression may hold braces.
    static func endOfInterpolation(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 1
        var index = start
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return bytes.count
    }
}
