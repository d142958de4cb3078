import InfraCore
import InfraTestSupport
import Testing

/// Property tests of the encoder: many generated strings and documents from a fixed seed, checked against a
/// scalar-by-scalar reference encoder (the encoder's specification, written the slow and obvious way) and against
/// the project's own parser. Each runs in well under a second.
@Suite struct JSONEncodingPropertyTests {
    static let seed: UInt64 = 0x1AF_2026

    /// The reference: template escaping on scalars (`TemplateEscaping.escape`), then JSON quoting on scalars.
    static func referenceQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    static func reference(_ value: JSONValue, pretty: Bool, indent: Int = 0) -> String {
        func newline(_ level: Int) -> String { pretty ? "\n" + String(repeating: "  ", count: level) : "" }
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.isFinite ? number.description : "null"
        case .string(let text): return referenceQuoted(TemplateEscaping.escape(text))
        case .expression(let text): return referenceQuoted(text)
        case .template(let template): return referenceQuoted(template.text)
        case .array(let elements):
            guard !elements.isEmpty else { return "[]" }
            let items = elements.map { newline(indent + 1) + reference($0, pretty: pretty, indent: indent + 1) }
            return "[" + items.joined(separator: ",") + newline(indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let items = members.keys.sorted().map { key in
                newline(indent + 1) + referenceQuoted(key) + (pretty ? ": " : ":")
                    + reference(members[key] ?? .null, pretty: pretty, indent: indent + 1)
            }
            return "{" + items.joined(separator: ",") + newline(indent) + "}"
        }
    }

    /// A document of up to `depth` levels with generated keys, strings, expressions and numbers.
    static func document(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let kind = Int.random(in: 0..<(depth > 0 ? 9 : 7), using: &generator)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 3: return .double(Double(Int.random(in: -10_000...10_000, using: &generator)) / 8)
        case 4, 5: return .string(generator.string())
        case 6:
            return .expression("${aws_s3_bucket.b\(Int.random(in: 0..<9, using: &generator)).arn}" + generator.string())
        case 7:
            return .array(
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    document(depth: depth - 1, using: &generator)
                }
            )
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                members[generator.string(maximumLength: 8)] = document(depth: depth - 1, using: &generator)
            }
            return .object(members)
        }
    }

    @Test func stringsEncodeAsTheReferenceDoesAndRoundTripThroughTheParser() throws {
        var generator = SeededGenerator(seed: Self.seed)
        for _ in 0..<3_000 {
            let text = generator.string()
            let encoded = JSONEncoding(style: .compact).encode(.string(text))
            #expect(encoded == Self.referenceQuoted(TemplateEscaping.escape(text)), "seed \(Self.seed): \(encoded)")
            // No raw control character survives, whatever the input.
            #expect(!encoded.utf8.contains { $0 < 0x20 })
            let parsed = try JSONParser().parse(encoded, file: "<property>")
            // The JSON string holds the template-escaped text, which reads back as the literal text, never as an
            // interpolation, however many `$`, `%` and `{` it has.
            #expect(parsed.stringValue == TemplateEscaping.escape(text))
            #expect(parsed.value == .string(text), "seed \(Self.seed): \(encoded)")
            #expect(!TemplateEscaping.hasInterpolation(TemplateEscaping.escape(text)))
            #expect(TemplateEscaping.unescape(TemplateEscaping.escape(text)) == text)
        }
    }

    /// The encoder finds the bytes it acts on eight at a time: each such piece, at every offset of a string long
    /// enough for several words, before and after word boundaries, gives what the reference gives.
    @Test func everyPieceAtEveryOffsetOfALongStringEncodesAsTheReferenceDoes() {
        let pieces = [
            "\"", "\\", "\n", "\u{01}", "\u{1F}", "${", "%{", "$${", "{", "$", "%", "é", "😀", "}", "${a}\"",
        ]
        let filler = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
        for piece in pieces {
            for offset in 0...filler.count {
                let text = String(filler.prefix(offset)) + piece + String(filler.dropFirst(offset))
                #expect(
                    JSONEncoding(style: .compact).encode(.string(text))
                        == Self.referenceQuoted(TemplateEscaping.escape(text)),
                    "\(piece) at \(offset)"
                )
                #expect(
                    JSONEncoding(style: .compact).encode(.expression(text)) == Self.referenceQuoted(text),
                    "\(piece) at \(offset), verbatim"
                )
                // Two pieces in one word, and one at the very end.
                let twice = String(filler.prefix(offset)) + piece + piece + String(filler.suffix(3)) + piece
                #expect(
                    JSONEncoding(style: .compact).encode(.string(twice))
                        == Self.referenceQuoted(TemplateEscaping.escape(twice)),
                    "\(piece) twice at \(offset)"
                )
            }
        }
    }

    @Test func expressionsAreWrittenVerbatim() throws {
        var generator = SeededGenerator(seed: Self.seed &+ 1)
        for _ in 0..<2_000 {
            let text = generator.string()
            let encoded = JSONEncoding(style: .compact).encode(.expression(text))
            #expect(encoded == Self.referenceQuoted(text))
            #expect(try JSONParser().parse(encoded, file: "<property>").stringValue == text)
        }
    }

    @Test func documentsEncodeAsTheReferenceDoesInBothStylesAndRoundTrip() throws {
        var generator = SeededGenerator(seed: Self.seed &+ 2)
        for _ in 0..<400 {
            let value = Self.document(depth: 4, using: &generator)
            #expect(JSONEncoding(style: .compact).encode(value) == Self.reference(value, pretty: false))
            let pretty = JSONEncoding().encode(value)
            #expect(pretty == Self.reference(value, pretty: true) + "\n")
            #expect(JSONEncoding().encodeBytes(value) == Array(pretty.utf8))
            // Reading the file back gives the same value, and writing that again the same bytes.
            let reread = try JSONParser().parse(pretty, file: "<property>").value
            #expect(JSONEncoding().encode(reread) == pretty)
        }
    }

    @Test func objectKeysAreEscapedButNeverTemplateEscaped() throws {
        var generator = SeededGenerator(seed: Self.seed &+ 3)
        for _ in 0..<1_000 {
            let key = generator.string(maximumLength: 12)
            let encoded = JSONEncoding(style: .compact).encode(.object([key: .int(1)]))
            #expect(encoded == "{" + Self.referenceQuoted(key) + ":1}")
            #expect(try JSONParser().parse(encoded, file: "<property>").members?.first?.key == key)
        }
    }
}
