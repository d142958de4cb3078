import InfraTestSupport
import Testing

@testable import InfraPolicy

/// The report escapes work on bytes, with a shortcut for text that needs none. Each is checked here against its
/// specification, written the slow and obvious way on scalars or characters, on many generated strings from a fixed
/// seed: ASCII with every character some format replaces, multi-byte letters, U+FFFE and U+FFFF, the emoji
/// presentation selector (which starts with the same byte as they do), a combining mark, and `\r\n`.
@Suite struct ReportEscapingPropertyTests {
    static let seed: UInt64 = 0x2026_1202
    static let pieces = [
        "a", "Z", "0", " ", "&", "<", ">", "\"", "'", "|", "`", "%", ":", ",", "\n", "\r", "\r\n", "\t", "\u{1}",
        "\u{1F}", "\u{7F}", "é", "ü", "€", "😀", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FE0F}", "\u{301}", "${", "~",
    ]

    static func strings() -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<2_000).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    static func referenceXML(_ text: String, attribute: Bool) -> String {
        var output = ""
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

    static func referencePercent(_ text: String, property: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func referenceCell(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "\n", "\r\n", "\r": output += "<br>"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.append(character)
            }
        }
        return output
    }

    static func referenceCode(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "`": output += "'"
            case "\n", "\r\n", "\r": output += " "
            default: output.append(character)
            }
        }
        return "`" + output + "`"
    }

    @Test func xmlEscapingMatchesItsSpecification() {
        for text in Self.strings() {
            #expect(XMLText.escape(text) == Self.referenceXML(text, attribute: false), "\(Array(text.unicodeScalars))")
            #expect(
                XMLText.escape(text, attribute: true) == Self.referenceXML(text, attribute: true),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test func workflowCommandEscapingMatchesItsSpecification() {
        for text in Self.strings() {
            #expect(GitHubReport.escapeData(text) == Self.referencePercent(text, property: false))
            #expect(GitHubReport.escapeProperty(text) == Self.referencePercent(text, property: true))
        }
    }

    @Test func markdownCellsMatchTheirSpecification() {
        for text in Self.strings() {
            #expect(MarkdownReport.cell(text) == Self.referenceCell(text), "\(Array(text.unicodeScalars))")
            #expect(MarkdownReport.code(text) == Self.referenceCode(text), "\(Array(text.unicodeScalars))")
        }
    }
}
