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
        String(decoding: encodeBytes(value), as: UTF8.self)
    }

    /// The encoded text as UTF-8 bytes, ending in a newline when pretty: what a file holds, without a round trip
    /// through `String` (rendered documents run to megabytes).
    public func encodeBytes(_ value: JSONValue) -> [UInt8] {
        var writer = Writer(pretty: style == .pretty)
        writer.write(value, indent: 0)
        if style == .pretty { writer.output.append(UInt8(ascii: "\n")) }
        return writer.output
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
        var bytes: [UInt8] = []
        Writer.quote(text, templateEscaped: false, into: &bytes)
        output.append(String(decoding: bytes, as: UTF8.self))
    }
}
