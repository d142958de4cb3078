import InfraCore
import Testing

/// `UTF8Text` must hold exactly the text written to it, and a diagnostic written as bytes must read as its
/// `description`.
@Suite struct UTF8TextTests {
    @Test func holdsWhatWasWritten() {
        let pieces = ["", "plain", "é", "日本語", "😀 emoji", "tab\tand\nline", String(repeating: "x", count: 100)]
        var text = UTF8Text()
        for piece in pieces { text.write(piece) }
        #expect(text.string == pieces.joined())
        #expect(text.bytes == Array(pieces.joined().utf8))
    }

    @Test func aDiagnosticWrittenAsBytesReadsAsItsDescription() {
        let diagnostics = [
            Diagnostic(id: "X001", severity: .note, message: "m"),
            Diagnostic(
                id: "ELB008",
                severity: .error,
                message: "access logs are off — «ünïcode»",
                address: "aws_lb.main",
                attribute: "access_logs",
                location: SourceLocation(file: "stacks/a/é.swift", line: 12, column: 7),
                hint: "turn them on",
                waiver: "until 2027",
                relatedLocation: SourceLocation(file: "stacks/a/prod.yaml", line: 3)
            ),
        ]
        for diagnostic in diagnostics {
            var text = UTF8Text()
            diagnostic.write(to: &text)
            #expect(text.string == diagnostic.description)
            var string = ""
            diagnostic.write(to: &string)
            #expect(string == diagnostic.description)
        }
    }
}
