import InfraCore

/// The report formats of `infragen lint`, each a pure function from sorted findings and the rule catalogue to text.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines, then a summary line.
    case text
    /// `{"findings": […], "summary": {…}}` with sorted keys.
    case json
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// JUnit XML, one test suite per stack and environment, one test case per rule and resource.
    case junit
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), one line per finding.
    case github
    /// A Markdown pull-request comment.
    case markdown

    /// The report for `diagnostics` (sorted; waived ones carry their waiver).
    /// - Parameters:
    ///   - diagnostics: every finding to report, in report order.
    ///   - rules: the rule catalogue, for rule metadata (SARIF descriptors).
    ///   - options: the failing severity, the tool version and what was linted.
    /// - Returns: the whole report, ending in a newline.
    public func render(_ diagnostics: [Diagnostic], rules: [Rule], options: ReportOptions) -> String {
        chunks(diagnostics, rules: rules, options: options).text
    }

    /// The same report as the pieces it was written in, for writing out: a large file's findings are written a chunk
    /// per core, and the chunks are never joined.
    public func chunks(_ diagnostics: [Diagnostic], rules: [Rule], options: ReportOptions) -> ByteChunks {
        switch self {
        case .text: TextReport.chunks(diagnostics)
        case .json: JSONReport.chunks(diagnostics)
        case .sarif: SARIFReport.chunks(diagnostics, rules: rules, options: options)
        case .junit: JUnitReport.chunks(diagnostics, options: options)
        case .github: GitHubReport.chunks(diagnostics)
        case .markdown: MarkdownReport.chunks(diagnostics, options: options)
        }
    }
}
