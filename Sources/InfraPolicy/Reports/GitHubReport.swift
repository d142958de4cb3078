import InfraCore

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding, which the runner turns
/// into annotations on the pull request's diff, then the summary as a plain log line, and a line saying so when there
/// are more findings of a kind than GitHub annotates.
///
/// `::error file=stacks/aggregator/Aggregator.swift,line=58,title=RDS003::aws_db_instance.main: …`. Waived findings
/// are notices ending in `(waived: …)`. The hint follows on a second annotation line (`%0A`).
public enum GitHubReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String { chunks(diagnostics).text }

    /// The report as it was written: a piece per chunk of findings, then the summary line.
    public static func chunks(_ diagnostics: [Diagnostic]) -> ByteChunks {
        var parts = ByteChunks.written(count: diagnostics.count) { lines, index in
            lines.write(line(diagnostics[index]))
            lines.write("\n")
        }
        parts.append(Array("infragen: \(ReportSummary(diagnostics))\n".utf8))
        if let note = annotationLimitNote(diagnostics) { parts.append(Array(note.utf8)) }
        return ByteChunks(parts)
    }

    /// GitHub makes annotations of at most this many commands of each kind (error, warning, notice) in a step; it
    /// drops the rest without a word, and they stay lines of the log.
    public static let annotationsPerKind = 10

    /// A last log line when a kind has more commands than GitHub annotates, so that nobody takes the annotations on
    /// the diff for every finding; `nil` when each kind fits.
    static func annotationLimitNote(_ diagnostics: [Diagnostic]) -> String? {
        var errors = 0
        var warnings = 0
        var notices = 0
        for diagnostic in diagnostics {
            switch (diagnostic.waiver, diagnostic.severity) {
            case (nil, .error): errors += 1
            case (nil, .warning): warnings += 1
            default: notices += 1
            }
        }
        guard max(errors, warnings, notices) > annotationsPerKind else { return nil }
        let counts = [(errors, "error"), (warnings, "warning"), (notices, "notice")].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        let listed =
            counts.count == 1
            ? counts[0] : counts.dropLast().joined(separator: ", ") + " and " + counts[counts.count - 1]
        let limit = annotationsPerKind
        return "infragen: GitHub annotates at most \(limit) errors, \(limit) warnings and \(limit) notices of a step; "
            + "of the \(listed) above, the rest are in this log only. `--format sarif`, "
            + "uploaded to code scanning, shows every finding on the diff.\n"
    }

    /// One workflow command.
    static func line(_ diagnostic: Diagnostic) -> String {
        let command: String
        if diagnostic.waiver != nil {
            command = "notice"
        } else {
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=" + escapeProperty(location.file))
            if let line = location.line {
                properties.append("line=\(line)")
                if let column = location.column { properties.append("col=\(column)") }
            }
        }
        properties.append("title=" + escapeProperty(diagnostic.id))

        var message = diagnostic.address.map { "\($0): " } ?? ""
        message += diagnostic.message
        if let waiver = diagnostic.waiver { message += " (waived: \(waiver))" }
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// A command's message: `%`, `\r` and `\n` percent-encoded, as the runner expects.
    public static func escapeData(_ text: String) -> String { percentEncoded(text, property: false) }

    /// A command's property value: as a message, plus `:` and `,`, which would end the value.
    public static func escapeProperty(_ text: String) -> String { percentEncoded(text, property: true) }

    /// Byte by byte: every character escaped is ASCII, and UTF-8 never uses an ASCII byte inside another character.
    /// Text with nothing to escape, most of it, is returned as it is.
    private static func percentEncoded(_ text: String, property: Bool) -> String {
        func escape(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "%"): "%25"
            case 0x0D: "%0D"
            case 0x0A: "%0A"
            case UInt8(ascii: ":") where property: "%3A"
            case UInt8(ascii: ",") where property: "%2C"
            default: nil
            }
        }
        guard text.utf8.contains(where: { escape($0) != nil }) else { return text }
        var output = UTF8Text(reservingCapacity: text.utf8.count + 16)
        for byte in text.utf8 {
            if let escaped = escape(byte) { output.write(escaped) } else { output.bytes.append(byte) }
        }
        return output.string
    }
}
