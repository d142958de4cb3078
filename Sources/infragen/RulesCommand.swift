import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy

/// `infragen rules`: the policy catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the policy rules: id, severity, family, title (or everything, as JSON or Markdown).",
        discussion: "Use the id with `.waive(…)` in a stack, or with `infragen explain <id>` for the full text."
    )

    @Option(help: "text, json (every field, for tools) or markdown (a table for docs).")
    var format: RuleListing.Format = .text

    func run() throws {
        Terminal.output(RuleListing.render(RuleCatalog.all, format: format))
    }
}

extension RuleListing.Format: ExpressibleByArgument {}

/// `infragen explain <id>`: one rule in full.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one policy rule: why it exists, how to fix a finding, and its checkov/trivy equivalents."
    )

    @Argument(help: "A rule id, e.g. RDS001.")
    var ruleID: String

    func run() throws {
        guard let rule = RuleCatalog.rule(RuleID(ruleID.uppercased())) else {
            Terminal.error("error[CLI004]: unknown rule `\(ruleID)`\n  hint: `infragen rules` lists every rule id\n")
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
        Terminal.output(lines.joined(separator: "\n") + "\n")
    }

    /// The types a rule looks at; a rule over many types (the schema's "not checked" rule) is summarised.
    static func typeList(_ types: Set<String>) -> String {
        if types.contains(Rule.everyType) { return "every resource type" }
        let sorted = types.sorted()
        guard sorted.count > 12 else { return sorted.joined(separator: ", ") }
        return sorted.prefix(8).joined(separator: ", ") + ", … (\(sorted.count) types)"
    }
}
