import InfraCore

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding, which the runner turns
/// into annotations on the pull request's diff, then the summary as a plain log line.
///
/// `::error file=stacks/aggregator/Aggregator.swift,line=58,title=RDS003::aws_db_instance.main: …`. Waived findings
/// are notices ending in `(waived: …)`. The hint follows on a second annotation line (`%0A`).
public enum GitHubReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics { output += line(diagnostic) + "\n" }
        output += "infragen: \(ReportSummary(diagnostics))\n"
        return output
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
    public static func escapeData(_ text: String) -> String {
        var output = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    /// A command's property value: as a message, plus `:` and `,`, which would end the value.
    public static func escapeProperty(_ text: String) -> String {
        var output = ""
        for character in escapeData(text).unicodeScalars {
            switch character {
            case ":": output += "%3A"
            case ",": output += "%2C"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }
}
