import InfraCore

/// `{"findings": […], "summary": {"errors": N, "warnings": N, "notes": N, "waived": N}}`, keys sorted.
///
/// Each finding has the fields of a diagnostic (`id`, `severity`, `message`, and `address`, `attribute`, `location`,
/// `stack`, `environment`, `hint`, `waiver` when it has them); summary counts are of unwaived findings by severity,
/// plus the waived ones.
public enum JSONReport {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        let summary = ReportSummary(diagnostics)
        return ReportJSON.encode([
            "findings": .array(diagnostics.map(ReportJSON.diagnostic)),
            "summary": [
                "errors": .int(summary.errors),
                "warnings": .int(summary.warnings),
                "notes": .int(summary.notes),
                "waived": .int(summary.waived),
            ],
        ])
    }
}
