import InfraCore

/// A pull-request comment: a heading, a one-line summary, a table of the findings that are not waived, and the
/// waived ones in a collapsed `<details>` section. `No findings.` when there are none.
///
/// GitHub refuses a comment over 65,536 characters, so the report never passes that many bytes (bytes are never
/// fewer than characters). When the findings do not all fit, errors are kept before warnings, warnings before notes,
/// and open findings before waived ones; the rows shown stay in report order, and a last line counts what was left
/// out and names the formats that list everything.
public enum MarkdownReport {
    /// GitHub's limit on a comment's body, in characters.
    public static let commentLimit = 65_536

    /// At most this many targets are named in the summary line; the rest are counted.
    static let namedTargets = 20

    public static func render(_ diagnostics: [Diagnostic], options: ReportOptions) -> String {
        chunks(diagnostics, options: options).text
    }

    /// The report as it was written.
    public static func chunks(_ diagnostics: [Diagnostic], options: ReportOptions) -> ByteChunks {
        let summary = ReportSummary(diagnostics)
        let failing = diagnostics.contains { $0.fails(at: options.failOn) }
        var headline = failing ? "**Failed** (`--fail-on \(options.failOn.rawValue)`): " : "**Passed**: "
        headline += summary.description
        let targets = options.targets.sorted().map(\.name)
        if !targets.isEmpty {
            headline += " in \(targets.count == 1 ? "1 target" : "\(targets.count) targets"): "
            headline += targets.prefix(namedTargets).map { code($0) }.joined(separator: ", ")
            if targets.count > namedTargets { headline += " and \(targets.count - namedTargets) more" }
        }
        var head = "## infragen lint\n\n" + headline + ".\n\n"

        // By position: filtering the findings would copy each.
        let open = diagnostics.indices.filter { diagnostics[$0].waiver == nil }
        let waived = diagnostics.indices.filter { diagnostics[$0].waiver != nil }
        if diagnostics.isEmpty {
            return ByteChunks([Array((head + "No findings.\n").utf8)])
        }
        if open.isEmpty {
            head += "No findings other than waived ones.\n"
        } else {
            head += "| Severity | Rule | Resource | Location | Message |\n|---|---|---|---|---|\n"
        }
        let waivedHead =
            "\n<details><summary>\(waived.count) waived finding\(waived.count == 1 ? "" : "s")</summary>\n\n"
            + "| Severity | Rule | Resource | Location | Message | Waiver |\n|---|---|---|---|---|---|\n"
        let waivedTail = "\n</details>\n"

        let shown = Selection(
            diagnostics,
            open: open,
            waived: waived,
            room: commentLimit - head.utf8.count,
            waivedFrame: waivedHead.utf8.count + waivedTail.utf8.count
        ) { row(diagnostics[$0]) }
        var text = head
        for index in open { if let row = shown.rows[index] { text += row } }
        if shown.waivedCount > 0 {
            text += waivedHead
            for index in waived { if let row = shown.rows[index] { text += row } }
            text += waivedTail
        }
        if let omitted = shown.omitted(diagnostics) { text += omitted }
        return ByteChunks([Array(text.utf8)])
    }

    /// One finding's table row, with its line break.
    private static func row(_ diagnostic: Diagnostic) -> String {
        if let waiver = diagnostic.waiver {
            return row([
                severity(diagnostic.severity), "`\(diagnostic.id)`", code(diagnostic.address),
                code(diagnostic.location?.description), cell(diagnostic.message), cell(waiver),
            ]) + "\n"
        }
        var message = cell(diagnostic.message)
        if let hint = diagnostic.hint { message += "<br>*hint:* " + cell(hint) }
        return row([
            severity(diagnostic.severity), "`\(diagnostic.id)`", code(diagnostic.address),
            code(diagnostic.location?.description), message,
        ]) + "\n"
    }

    /// The rows that fit in the comment, chosen by weight: open errors, warnings and notes, then waived findings.
    private struct Selection {
        /// Rows by the finding's index; a finding left out has none.
        private(set) var rows: [Int: String] = [:]
        private(set) var waivedCount = 0
        /// Room kept for the closing line when something is left out.
        static let closingRoom = 400
        /// Every row is longer than this, so a report with more findings than `room / shortestRow` cannot fit.
        static let shortestRow = 24

        /// Chooses the rows. `room` is the bytes left after the heading; `waivedFrame`, the bytes of the waived
        /// section's opening and closing, paid with its first row; `row` writes a finding's row by its index.
        init(
            _ diagnostics: [Diagnostic],
            open: [Int],
            waived: [Int],
            room: Int,
            waivedFrame: Int,
            row: (Int) -> String
        ) {
            var order: [Int] = []
            order.reserveCapacity(open.count + waived.count)
            for severity in [Diagnostic.Severity.error, .warning, .note] {
                order += open.filter { diagnostics[$0].severity == severity }
            }
            order += waived
            if order.count * Self.shortestRow + (waived.isEmpty ? 0 : waivedFrame) <= room,
                fill(order, budget: room, diagnostics, waivedFrame: waivedFrame, row: row)
            {
                return
            }
            rows = [:]
            waivedCount = 0
            // Not everything fits: as many rows as do, in order of weight, with room for the closing line. The
            // first row that does not fit ends the list, so no finding is shown while a weightier one is not.
            _ = fill(order, budget: room - Self.closingRoom, diagnostics, waivedFrame: waivedFrame, row: row)
        }

        /// Takes rows in `order` until one does not fit in `budget`; whether every row was taken.
        private mutating func fill(
            _ order: [Int],
            budget: Int,
            _ diagnostics: [Diagnostic],
            waivedFrame: Int,
            row: (Int) -> String
        ) -> Bool {
            var used = 0
            for index in order {
                let text = row(index)
                let isWaived = diagnostics[index].waiver != nil
                let cost = text.utf8.count + (isWaived && waivedCount == 0 ? waivedFrame : 0)
                if used + cost > budget { return false }
                used += cost
                rows[index] = text
                if isWaived { waivedCount += 1 }
            }
            return true
        }

        /// The closing line when findings were left out: how many, of which severity, and where to find them all.
        func omitted(_ diagnostics: [Diagnostic]) -> String? {
            guard rows.count < diagnostics.count else { return nil }
            var counts: [Diagnostic.Severity: Int] = [:]
            var waived = 0
            for index in diagnostics.indices where rows[index] == nil {
                if diagnostics[index].waiver != nil {
                    waived += 1
                } else {
                    counts[diagnostics[index].severity, default: 0] += 1
                }
            }
            let left = diagnostics.count - rows.count
            var parts: [String] = []
            for (severity, name) in [(Diagnostic.Severity.error, "error"), (.warning, "warning"), (.note, "note")] {
                if let count = counts[severity] { parts.append("\(count) \(name)\(count == 1 ? "" : "s")") }
            }
            if waived > 0 { parts.append("\(waived) waived") }
            let count = "\(left) more finding\(left == 1 ? " is" : "s are")"
            return "\n_\(count) not shown (\(parts.joined(separator: ", "))): a pull-request comment holds at most "
                + "65,536 characters. `--format sarif`, `json` or `text` lists every finding._\n"
        }
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
