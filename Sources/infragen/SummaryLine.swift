import InfraCore
import InfraPolicy

/// The one-line tally every command ends with: `2 errors, 1 warning, 0 notes, 3 waived`.
///
/// Every count is always printed, notes included, so scripts and readers see the same four fields on every run.
/// (`ReportSummary` in InfraPolicy leaves out a zero note count; the CLI's lines use this form instead.)
enum SummaryLine {
    static func text(_ diagnostics: [Diagnostic]) -> String {
        let summary = ReportSummary(diagnostics)
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return [
            plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.notes, "note"),
            "\(summary.waived) waived",
        ]
        .joined(separator: ", ")
    }

    /// A rendered report whose last line is InfraPolicy's summary gets the full form instead. Only the last piece
    /// changes: a large file's report is tens of megabytes.
    static func normalized(_ report: consuming ByteChunks, _ diagnostics: [Diagnostic]) -> ByteChunks {
        var report = report
        _ = report.replaceFinal("infragen: \(ReportSummary(diagnostics))\n", with: "infragen: \(text(diagnostics))\n")
        return report
    }
}
