import InfraCore

/// The JSON document of `render --check --format json`: the findings document of `lint --format json`, plus a
/// `check` member naming the files that differ from a fresh render (`stale`: missing or different bytes) and the
/// files a render would not write (`orphaned`), each sorted, and whether the output is `up_to_date`.
public enum RenderCheckReport {
    public static func render(_ diagnostics: [Diagnostic], stale: [String], orphaned: [String]) -> String {
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.key("check")
        writer.value([
            "stale": ReportJSON.texts(stale.sorted()),
            "orphaned": ReportJSON.texts(orphaned.sorted()),
            "up_to_date": .bool(stale.isEmpty && orphaned.isEmpty),
        ])
        ReportJSON.writeFindingsAndSummary(diagnostics, to: &writer)
        writer.endObject()
        return writer.chunks().text
    }
}
