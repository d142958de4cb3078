import InfraCore

/// The rule catalogue as `infragen rules` prints it: aligned text, JSON (sorted keys), or a Markdown table.
public enum RuleListing {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ rules: [Rule], format: Format) -> String {
        switch format {
        case .text: text(rules)
        case .json: json(rules)
        case .markdown: markdown(rules)
        }
    }

    /// `RDS001  error    security  RDS instances are not publicly accessible`, with `[production]` and
    /// `(not waivable)` where they apply.
    static func text(_ rules: [Rule]) -> String {
        var output = ""
        for rule in rules {
            let waivable = rule.isWaivable ? "" : " (not waivable)"
            let scope = rule.scope == .production ? " [production]" : ""
            let severity = pad(rule.severity.rawValue, to: 7)
            let family = pad(rule.family.rawValue, to: 8)
            output += "\(rule.id)  \(severity)  \(family)  \(rule.title)\(scope)\(waivable)\n"
        }
        return output
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// An array of rule objects: every field of the catalogue, resource types sorted.
    static func json(_ rules: [Rule]) -> String {
        ReportJSON.encode(
            .array(
                rules.map { rule in
                    [
                        "id": ReportJSON.text(rule.id.rawValue),
                        "title": ReportJSON.text(rule.title),
                        "severity": ReportJSON.text(rule.severity.rawValue),
                        "family": ReportJSON.text(rule.family.rawValue),
                        "scope": ReportJSON.text(rule.scope.rawValue),
                        "waivable": .bool(rule.isWaivable),
                        "rationale": ReportJSON.text(rule.rationale),
                        "remediation": ReportJSON.text(rule.remediation),
                        "checkov": ReportJSON.texts(rule.checkov),
                        "trivy": ReportJSON.texts(rule.trivy),
                        "resourceTypes": ReportJSON.texts(rule.resourceTypes.sorted()),
                    ]
                }
            )
        )
    }

    /// A table of every rule: id, severity, family, scope, waivable, checkov, trivy, title.
    static func markdown(_ rules: [Rule]) -> String {
        var lines = [
            "| ID | Severity | Family | Scope | Waivable | checkov | trivy | Title |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for rule in rules {
            let cells = [
                "`\(rule.id)`", rule.severity.rawValue, rule.family.rawValue,
                rule.scope == .production ? "production" : "all",
                rule.isWaivable ? "yes" : "no",
                rule.checkov.joined(separator: ", "), rule.trivy.joined(separator: ", "),
                rule.title,
            ]
            lines.append("| " + cells.map(MarkdownReport.cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
