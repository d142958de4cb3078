import InfraCore

/// The compiler format: one `file:line: severity[ID]: address: message` entry (with its `hint:` line) per finding,
/// then `infragen: 0 errors, 1 warning, 2 waived`.
public enum TextReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += diagnostic.description
            output += "\n"
        }
        output += "infragen: \(ReportSummary(diagnostics))\n"
        return output
    }
}
