import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy

/// `infragen rules`: the policy catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the policy rules: id, severity, family and title.",
        discussion: """
            --format json or markdown prints every field. Use a rule id with `.waive(…)` in a stack, or with \
            `infragen explain <id>` for the full text.
            """
    )

    @Option(help: "text, json (every field, for tools) or markdown (a table for docs).")
    var format: RuleListing.Format = .text

    func run() throws {
        Terminal.output(RuleListing.render(RuleCatalog.all, format: format, declined: CheckovDecisions.declined))
    }
}

extension RuleListing.Format: ArgumentChoice {}

/// `infragen explain <id>`: one rule in full.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one policy rule: why it exists and how to fix a finding.",
        discussion: """
            Also names the rule's checkov and trivy equivalents. Rule ids are not case-sensitive. A checkov check id \
            (CKV_AWS_…) says which rules adopt it, or why infragen declined it. A message id that is not a rule \
            (YAML003, POL004, TFJ006, …) says what it reports.
            """
    )

    @Argument(help: "A rule id, e.g. RDS001, a checkov check id, e.g. CKV_AWS_18, or a message id, e.g. POL004.")
    var ruleID: String

    func run() throws {
        if let decision = Self.checkovDecision(ruleID.uppercased()) {
            Terminal.output(decision)
            return
        }
        if let message = MessageCatalogue.entry(ruleID.uppercased()) {
            Terminal.output(Self.describe(message))
            return
        }
        guard let rule = RuleCatalog.rule(RuleID(ruleID.uppercased())) else {
            let suggestion = Suggestions.phrase(
                for: ruleID,
                among: RuleCatalog.all.map(\.id.description) + MessageCatalogue.entries.map(\.id)
            )
            let diagnostic = Diagnostic(
                id: "CLI004",
                severity: .error,
                message: "unknown rule `\(ruleID)`" + (suggestion.isEmpty ? "" : "; \(suggestion)"),
                hint: "`infragen rules` lists every rule id"
            )
            Terminal.error(DiagnosticReport.text([diagnostic]))
            throw ExitStatus.badInput
        }
        var lines = [
            "\(rule.id): \(rule.title)",
            "severity: \(rule.severity.rawValue) · family: \(rule.family.rawValue) · applies to: \(rule.scope == .production ? "production environments" : "every environment") · waivable: \(rule.isWaivable ? "yes" : "no")",
            "resources: \(Self.typeList(rule.resourceTypes))",
            "",
            "why: \(rule.rationale)",
            "fix: \(rule.remediation)",
        ]
        if !rule.checkov.isEmpty { lines.append("checkov: \(rule.checkov.joined(separator: ", "))") }
        if !rule.trivy.isEmpty { lines.append("trivy: \(rule.trivy.joined(separator: ", "))") }
        if rule.id == .schemaUnknownResourceType {
            // The rule's fix points here for the list of valid types, so print it.
            let schema = AWSProviderSchema.catalog
            let types = AWSProviderSchema.resourceTypes
            lines.append("")
            lines.append("the \(types.count) resource types infragen knows in \(schema.provider) \(schema.version):")
            lines += Self.wrapped(types, width: 80, indent: "  ")
        }
        Terminal.output(lines.joined(separator: "\n") + "\n")
    }

    /// A message id that is not a rule: where it comes from, how serious it is, what it reports.
    static func describe(_ message: MessageCatalogue.Entry) -> String {
        [
            "\(message.id): a message of infragen, not a policy rule",
            "from: \(message.source) · severity: \(message.severity)",
            "",
            "what: \(message.meaning)",
            "docs/cli.md lists every message id; `infragen rules` lists the policy rules.",
        ].joined(separator: "\n") + "\n"
    }

    /// What infragen decided about a checkov check: the rules that adopt it, or the reason it was declined; `nil` for
    /// an id checkov does not have (which then goes on to the unknown-rule error, with suggestions).
    static func checkovDecision(_ id: String) -> String? {
        let entries = CheckovCatalogue.entries(of: id)
        guard let first = entries.first else { return nil }
        var lines = ["\(id): \(first.title) (checkov \(CheckovCatalogue.version))"]
        lines.append("checks: \(Self.typeList(Set(entries.map(\.type))))")
        let adopting = RuleCatalog.all.filter { $0.checkov.contains(id) }
        if !adopting.isEmpty {
            lines.append("adopted by: " + adopting.map { "\($0.id) (\($0.title))" }.joined(separator: ", "))
            lines.append("`infragen explain \(adopting[0].id)` for the rule")
        } else if let reason = CheckovDecisions.declineReason(id) {
            lines.append("declined: \(reason)")
        } else {
            lines.append("no decision: no rule names it and it is not declined")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Words joined with `, ` into lines of at most `width` columns.
    static func wrapped(_ words: [String], width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for (index, word) in words.enumerated() {
            let piece = word + (index == words.count - 1 ? "" : ",")
            if line != indent && line.count + 1 + piece.count > width {
                lines.append(line)
                line = indent
            }
            line += (line == indent ? "" : " ") + piece
        }
        if line != indent { lines.append(line) }
        return lines
    }

    /// The types a rule looks at; a rule over many types (the schema's "not checked" rule) is summarised.
    static func typeList(_ types: Set<String>) -> String {
        if types.contains(Rule.everyType) { return "every resource type" }
        let sorted = types.sorted()
        guard sorted.count > 12 else { return sorted.joined(separator: ", ") }
        return sorted.prefix(8).joined(separator: ", ") + ", … (\(sorted.count) types)"
    }
}
