import InfraCore

/// A pull-request comment: a heading, a one-line summary, a table of the findings that are not waived, and the
/// waived ones in a collapsed `<details>` section. `No findings.` when there are none.
public enum MarkdownReport {
    public static func render(_ diagnostics: [Diagnostic], options: ReportOptions) -> String {
        chunks(diagnostics, options: options).text
    }

    /// The report as it was written: the heading, then the table rows a chunk of findings per core.
    public static func chunks(_ diagnostics: [Diagnostic], options: ReportOptions) -> ByteChunks {
        let summary = ReportSummary(diagnostics)
        let failing = diagnostics.contains { $0.fails(at: options.failOn) }
        var lines = ["## infragen lint", ""]
        var headline = failing ? "**Failed** (`--fail-on \(options.failOn.rawValue)`): " : "**Passed**: "
        headline += summary.description
        let targets = options.targets.sorted().map(\.name)
        if !targets.isEmpty {
            headline += " in \(targets.count == 1 ? "1 target" : "\(targets.count) targets"): "
            headline += targets.map { code($0) }.joined(separator: ", ")
        }
        lines.append(headline + ".")
        lines.append("")

        // By position: filtering the findings would copy each.
        let open = diagnostics.indices.filter { diagnostics[$0].waiver == nil }
        let waived = diagnostics.indices.filter { diagnostics[$0].waiver != nil }
        if diagnostics.isEmpty {
            lines.append("No findings.")
        } else if open.isEmpty {
            lines.append("No findings other than waived ones.")
        } else {
            lines.append("| Severity | Rule | Resource | Location | Message |")
            lines.append("|---|---|---|---|---|")
        }
        var parts = [Array(lines.map { $0 + "\n" }.joined().utf8)]
        parts += ByteChunks.written(count: open.count) { text, index in
            let diagnostic = diagnostics[open[index]]
            var message = cell(diagnostic.message)
            if let hint = diagnostic.hint { message += "<br>*hint:* " + cell(hint) }
            text.write(
                row([
                    severity(diagnostic.severity), "`\(diagnostic.id)`", code(diagnostic.address),
                    code(diagnostic.location?.description), message,
                ])
            )
            text.write("\n")
        }
        if !waived.isEmpty {
            lines = [
                "", "<details><summary>\(waived.count) waived finding\(waived.count == 1 ? "" : "s")</summary>", "",
                "| Severity | Rule | Resource | Location | Message | Waiver |", "|---|---|---|---|---|---|",
            ]
            parts.append(Array(lines.map { $0 + "\n" }.joined().utf8))
            parts += ByteChunks.written(count: waived.count) { text, index in
                let diagnostic = diagnostics[waived[index]]
                text.write(
                    row([
                        severity(diagnostic.severity), "`\(diagnostic.id)`", code(diagnostic.address),
                        code(diagnostic.location?.description), cell(diagnostic.message), cell(diagnostic.waiver ?? ""),
                    ])
                )
                text.write("\n")
            }
            parts.append(Array("\n</details>\n".utf8))
        }
        return ByteChunks(parts)
    }

    static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "🛑 error"
        case .warning: "⚠️ warning"
        case .note: "ℹ️ note"
        }
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// `` `text` `` for a non-empty value, an empty cell otherwise. Inside a code span entities are not decoded, so
    /// only what would break the table or the span is replaced.
    static func code(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        guard text.utf8.contains(where: { "|`\n\r".utf8.contains($0) }) else { return "`" + text + "`" }
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

    /// Text that stays inside one table cell: `|` escaped, line breaks as `<br>`, `<` and `>` as entities so that no
    /// HTML is injected into the comment.
    public static func cell(_ text: String) -> String {
        // Most text has none of the characters replaced, and goes through as it is.
        guard text.utf8.contains(where: { "|\n\r<>".utf8.contains($0) }) else { return text }
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "\n", "\r\n": output += "<br>"
            case "\r": output += "<br>"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.append(character)
            }
        }
        return output
    }
}
