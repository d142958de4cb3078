import InfraCore

/// `{"findings": […], "summary": {"errors": N, "warnings": N, "notes": N, "waived": N}}`, keys sorted.
///
/// Each finding has the fields of a diagnostic (`id`, `severity`, `message`, and `address`, `attribute`, `location`,
/// `stack`, `environment`, `hint`, `waiver` when it has them); summary counts are of unwaived findings by severity,
/// plus the waived ones.
public enum JSONReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String { chunks(diagnostics).text }

    /// The report as it was written, a piece per chunk of findings.
    public static func chunks(_ diagnostics: [Diagnostic]) -> ByteChunks {
        var writer = JSONStreamWriter()
        writer.beginObject()
        ReportJSON.writeFindingsAndSummary(diagnostics, to: &writer)
        writer.endObject()
        return writer.chunks()
    }
}
