import InfraCore

/// How many findings of each kind a report holds: unwaived ones by severity, and waived ones of any severity.
public struct ReportSummary: Hashable, Sendable, CustomStringConvertible {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var waived = 0

    public init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            guard diagnostic.waiver == nil else {
                waived += 1
                continue
            }
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }

    /// `2 errors, 1 warning, 3 waived`; notes are named only when there are some.
    public var description: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var parts = [plural(errors, "error"), plural(warnings, "warning")]
        if notes > 0 { parts.append(plural(notes, "note")) }
        parts.append("\(waived) waived")
        return parts.joined(separator: ", ")
    }
}
