import InfraCore

/// The compiler format: one `file:line: severity[ID]: address: message` entry (with its `hint:` line) per finding,
/// then `infragen: 0 errors, 1 warning, 2 waived`.
public enum TextReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String { chunks(diagnostics).text }

    /// The report as it was written: a piece per chunk of findings, then the summary line as a piece of its own.
    public static func chunks(_ diagnostics: [Diagnostic]) -> ByteChunks {
        // By position: a loop over the findings would copy each, retaining every string it holds.
        var parts = ByteChunks.written(count: diagnostics.count) { lines, index in
            diagnostics[index].write(to: &lines)
            lines.write("\n")
        }
        parts.append(Array("infragen: \(ReportSummary(diagnostics))\n".utf8))
        return ByteChunks(parts)
    }
}
