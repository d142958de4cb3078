import InfraCore

/// The rule catalogue as `infragen rules` prints it: aligned text, JSON (sorted keys), or a Markdown table; then the
/// checkov checks infragen declined, with their reasons (`CheckovDecisions`), so a team moving from checkov sees every
/// check it had accounted for.
public enum RuleListing {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    /// The listing of `rules`, followed by the `declined` checkov checks (id → reason) in checkov's order.
    public static func render(_ rules: [Rule], format: Format, declined: [String: String] = [:]) -> String {
        let ids = declined.keys.sorted(by: CheckovDecisions.checkOrder)
        switch format {
        case .text:
            // One line per declined check after a blank line, so text and JSON keep one line per entry.
            return text(rules)
                + (ids.isEmpty
                    ? "" : "\n" + ids.map { "\(pad($0, to: 11))  declined  \(declined[$0] ?? "")\n" }.joined())
        case .json:
            return json(rules, declined: ids.map { ($0, declined[$0] ?? "") })
        case .markdown:
            guard !ids.isEmpty else { return markdown(rules) }
            var lines = ["", "Declined checkov checks:", "", "| checkov | Reason |", "|---|---|"]
            for id in ids {
                lines.append("| \(id) | \(MarkdownReport.cell(declined[id] ?? "")) |")
            }
            return markdown(rules) + lines.joined(separator: "\n") + "\n"
        }
    }

    /// `RDS001  error    security  RDS instances are not publicly accessible`, with `[production]` and
    /// `(not waivable)` where they apply.
    static func text(_ rules: [Rule]) -> String {
        var output = ""
        // Ids are five or six characters (`S3001`, `RDS001`): padded to the longest, the columns line up.
        let idWidth = rules.map(\.id.rawValue.count).max() ?? 0
        for rule in rules {
            let waivable = rule.isWaivable ? "" : " (not waivable)"
            let scope = rule.scope == .production ? " [production]" : ""
            let severity = pad(rule.severity.rawValue, to: 7)
            let family = pad(rule.family.rawValue, to: 8)
            output +=
                "\(pad(rule.id.rawValue, to: idWidth))  \(severity)  \(family)  \(rule.title)\(scope)\(waivable)\n"
        }
        return output
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// An array of rule objects: every field of the catalogue, resource types sorted; then one object per declined
    /// checkov check, `{"declinedCheckov": id, "reason": …}`.
    static func json(_ rules: [Rule], declined: [(String, String)] = []) -> String {
        let declinedObjects: [JSONValue] = declined.map { id, reason in
            ["declinedCheckov": ReportJSON.text(id), "reason": ReportJSON.text(reason)]
        }
        return ReportJSON.encode(
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
                } + declinedObjects
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
