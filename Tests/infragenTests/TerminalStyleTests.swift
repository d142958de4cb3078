import Testing

@testable import infragen

/// Findings are coloured on a terminal only, and only where a person reads them.
@Suite struct TerminalStyleTests {
    static let red = "\u{1B}[1;31m"
    static let yellow = "\u{1B}[1;33m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    @Test func findingLinesGetTheirSeveritysColourAndTheRestStaysAsItIs() {
        let text = """
            stacks/a/A.swift:58:9: error[RDS001]: aws_db_instance.main: publicly_accessible is true
              hint: set `publicly_accessible = false`
            error[CLI001]: unknown environment `staging`
            f.tf.json:1: warning[X001]: the message quotes note[Y002]: and error[Z003]: later
            wrote     out/prod/a/main.tf.json (3 resources, 1 KB)
            infragen: 1 error, 1 warning, 0 notes, 0 waived

            """
        let expected = """
            \(Self.bold)stacks/a/A.swift:58:9\(Self.reset): \(Self.red)error[RDS001]\(Self.reset): \
            aws_db_instance.main: publicly_accessible is true
              \u{1B}[32mhint:\(Self.reset) set `publicly_accessible = false`
            \(Self.red)error[CLI001]\(Self.reset): unknown environment `staging`
            \(Self.bold)f.tf.json:1\(Self.reset): \(Self.yellow)warning[X001]\(Self.reset): the message quotes \
            note[Y002]: and error[Z003]: later
            wrote     out/prod/a/main.tf.json (3 resources, 1 KB)
            \(Self.bold)infragen: 1 error, 1 warning, 0 notes, 0 waived\(Self.reset)

            """
        #expect(TerminalStyle.styled(text) == expected)
        #expect(TerminalStyle.styled("no line break") == "no line break")
        #expect(TerminalStyle.styled("") == "")
        #expect(TerminalStyle.styled("a\n\nb\n") == "a\n\nb\n")
    }

    @Test func colourNeedsATerminalUnlessForcedAndNoColorWins() {
        func enabled(_ terminal: Bool, _ variables: [String: String]) -> Bool {
            TerminalStyle.isEnabled(isTerminal: terminal) { variables[$0] }
        }
        #expect(enabled(true, [:]))
        #expect(!enabled(false, [:]))
        #expect(!enabled(true, ["TERM": "dumb"]))
        #expect(!enabled(true, ["NO_COLOR": "1"]))
        #expect(enabled(true, ["NO_COLOR": ""]), "an empty NO_COLOR is as if unset")
        #expect(enabled(false, ["CLICOLOR_FORCE": "1"]))
        #expect(!enabled(false, ["CLICOLOR_FORCE": "0"]))
        #expect(!enabled(false, ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"]))
    }
}
