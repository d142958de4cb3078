/// The one way infragen turns a `JSONValue` into bytes: sorted keys, two-space indentation, `\n` line ends, a final
/// newline, no escaped slashes, and Terraform template escaping for literal strings. The same value always gives the
/// same bytes, on every machine.
public struct JSONEncoding: Sendable {
    /// Whether to write one value per line with indentation (files) or everything on one line (embedded JSON).
    public enum Style: Sendable { case pretty, compact }

    public var style: Style

    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The encoded text, ending in a newline when pretty.
    public func encode(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        if style == .pretty { output.append("\n") }
        return output
    }

    private func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .int(let number): output.append(String(number))
        case .double(let number): output.append(Self.format(number))
        case .string(let text): Self.writeQuoted(TemplateEscaping.escape(text), into: &output)
        case .expression(let text): Self.writeQuoted(text, into: &output)
        case .template(let template): Self.writeQuoted(template.text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.append("[]") }
            output.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(",") }
                newline(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append("]")
        case .object(let members):
            guard !members.isEmpty else { return output.append("{}") }
            output.append("{")
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(",") }
                newline(indent + 1, into: &output)
                Self.writeQuoted(key, into: &output)
                output.append(style == .pretty ? ": " : ":")
                // Keys come from `members.keys`, so the lookup cannot miss.
                write(members[key] ?? .null, indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append("}")
        }
    }

    private func newline(_ indent: Int, into output: inout String) {
        guard style == .pretty else { return }
        output.append("\n")
        output.append(String(repeating: "  ", count: indent))
    }

    /// Shortest round-tripping form; whole numbers keep a `.0` so the type stays visible.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    /// A JSON string literal for `text` exactly as given: quotes, backslashes and control characters escaped, no
    /// Terraform template escaping, no escaped slashes.
    public static func quoted(_ text: String) -> String {
        var output = ""
        writeQuoted(text, into: &output)
        return output
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped; everything else as UTF-8.
    static func writeQuoted(_ text: String, into output: inout String) {
        output.append("\"")
        // Most strings need no escape at all: append them whole instead of scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(text)
            output.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
