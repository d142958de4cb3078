/// Colour for findings on a terminal, as compilers and terraform show them: the severity and rule id in its colour,
/// the location in bold, `hint:` in green, and the closing `infragen:` line in bold.
///
/// Only for a terminal, and only the text a person reads: JSON, SARIF and the other report formats, and anything
/// piped or redirected, stay plain bytes. `NO_COLOR` (https://no-color.org) turns it off; `CLICOLOR_FORCE=1` turns it
/// on where the output is not a terminal (a CI log that renders colour). `TERM=dumb` has none.
enum TerminalStyle {
    /// Whether text written to a descriptor gets colour, given whether it is a terminal and the environment's
    /// variables.
    static func isEnabled(isTerminal: Bool, variable: (String) -> String?) -> Bool {
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        if let force = variable("CLICOLOR_FORCE"), !force.isEmpty, force != "0" { return true }
        return isTerminal && variable("TERM") != "dumb"
    }

    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    /// The colour of each severity's word: red, yellow, cyan, in bold.
    static let severities: [(word: String, colour: String)] = [
        ("error[", "\u{1B}[1;31m"), ("warning[", "\u{1B}[1;33m"), ("note[", "\u{1B}[1;36m"),
    ]

    /// `text` with its finding lines coloured; other lines as they are.
    static func styled(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        // A text ending in a line break splits into one last empty line, which the joins below must not double.
        let endsWithLineBreak = lines.last?.isEmpty == true
        if endsWithLineBreak { lines = lines.dropLast() }
        for (index, line) in lines.enumerated() {
            if index > 0 { output += "\n" }
            output += styledLine(line)
        }
        if endsWithLineBreak { output += "\n" }
        return output
    }

    /// `file:line:column: error[ID]: message`, or without the location; `  hint: …`; `infragen: …`.
    static func styledLine(_ line: Substring) -> String {
        if line.hasPrefix("  hint: ") {
            return "  \u{1B}[32mhint:\(reset)" + line.dropFirst("  hint:".count)
        }
        if line.hasPrefix("infragen: ") {
            return bold + line + reset
        }
        // The first severity label on the line: a message may quote another one later.
        var first: (start: Substring.Index, colour: String)?
        for (word, colour) in severities {
            let start: Substring.Index
            if line.hasPrefix(word) {
                start = line.startIndex
            } else if let found = line.firstRange(of: ": " + word) {
                start = line.index(found.lowerBound, offsetBy: 2)
            } else {
                continue
            }
            if first.map({ start < $0.start }) ?? true { first = (start, colour) }
        }
        if let (start, colour) = first, let idEnd = line[start...].firstRange(of: "]: ")?.lowerBound {
            let location = line[..<start]
            let label = line[start...idEnd]
            let rest = line[line.index(after: idEnd)...]
            let place = location.isEmpty ? "" : bold + location.dropLast(2) + reset + ": "
            return place + colour + label + reset + rest
        }
        return String(line)
    }
}
