import Foundation
import InfraCore

/// Prints diagnostics the way a compiler does (text) or as sorted JSON.
enum DiagnosticReport {
    enum Format: String, CaseIterable {
        case text, json
    }

    static func render(_ diagnostics: [Diagnostic], format: Format) -> String {
        switch format {
        case .text:
            return diagnostics.sorted().map(\.description).joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(diagnostics.sorted())) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// `2 errors, 1 warning, 3 waived`.
    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter(\.isBlocking).count
        let warnings = diagnostics.filter { $0.severity == .warning && $0.waiver == nil }.count
        let waived = diagnostics.filter { $0.waiver != nil }.count
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return [plural(errors, "error"), plural(warnings, "warning"), "\(waived) waived"].joined(separator: ", ")
    }
}
