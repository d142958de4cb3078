import ArgumentParser
import InfraCore
import InfraPolicy

/// The two output forms of `render` and `list`: human text or JSON for tools.
enum TextOrJSON: String, CaseIterable, ArgumentChoice {
    case text, json
}

/// Prints diagnostics on stderr the way a compiler does, one per line with its hint. Reports with a summary, JSON
/// and the other formats come from `ReportFormat`, so `render` and `lint` describe findings the same way.
enum DiagnosticReport {
    static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(\.description).joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
    }
}
