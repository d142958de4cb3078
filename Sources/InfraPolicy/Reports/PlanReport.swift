import InfraCore

/// The summary of `infragen plan` across stacks: one `PlanSummary` per stack that planned, one `Failure` per stack
/// where terraform failed. Rendered as terminal text, JSON for tools, or Markdown for a pull-request comment or a
/// GitHub job summary. Values that are sensitive or secret never appear (see `SecretRedaction`).
public struct PlanReport: Hashable, Sendable {
    /// A stack whose terraform step failed, with terraform's own message.
    public struct Failure: Hashable, Sendable {
        public var stack: String
        public var environment: String
        /// `init`, `plan` or `show`.
        public var step: String
        public var message: String

        public init(stack: String, environment: String, step: String, message: String) {
            self.stack = stack
            self.environment = environment
            self.step = step
            self.message = message
        }

        public var target: String { "\(environment)/\(stack)" }
    }

    /// The output forms of `plan`.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public var environment: String
    public var summaries: [PlanSummary]
    public var failures: [Failure]

    public init(environment: String, summaries: [PlanSummary], failures: [Failure] = []) {
        self.environment = environment
        self.summaries = summaries.sorted { $0.target < $1.target }
        self.failures = failures.sorted { ($0.target, $0.step) < ($1.target, $1.step) }
    }

    /// The report in `format`, ending in a newline.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .markdown: markdown()
        }
    }

    // MARK: Text

    private func text() -> String {
        var lines: [String] = []
        for summary in summaries {
            lines.append("\(summary.target): \(summary.countsDescription)")
            for resource in summary.resources {
                var line = "  \(resource.action.symbol.padding(3)) \(resource.address)"
                if resource.losesData { line += "  (\(resource.action.rawValue) of a stateful resource)" }
                lines.append(line)
                for attribute in resource.attributes {
                    lines.append("        \(Self.attributeLine(attribute))")
                }
            }
            for output in summary.outputs {
                lines.append("  \(output.action.symbol.padding(3)) output.\(output.name): \(Self.transition(output))")
            }
        }
        for failure in failures {
            lines.append("\(failure.target): terraform \(failure.step) failed")
        }
        let losses = summaries.flatMap(\.dataLosses)
        if !losses.isEmpty {
            lines.append("warning: \(losses.count) stateful resource(s) replaced or destroyed")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func attributeLine(_ attribute: PlanSummary.AttributeChange) -> String {
        var line = "\(attribute.path): \(attribute.before ?? "(none)") → \(attribute.after ?? "(none)")"
        if attribute.forcesReplacement { line += "  # forces replacement" }
        return line
    }

    static func transition(_ output: PlanSummary.OutputChange) -> String {
        "\(output.before ?? "(none)") → \(output.after ?? "(none)")"
    }

    // MARK: JSON

    private func json() -> String {
        let stacks = summaries.map { summary -> JSONValue in
            ReportJSON.object([
                ("stack", ReportJSON.text(summary.stack)),
                ("environment", ReportJSON.text(summary.environment)),
                ("counts", Self.counts(summary)),
                ("resources", .array(summary.resources.map(Self.resource))),
                ("outputs", .array(summary.outputs.map(Self.output))),
            ])
        }
        let document = ReportJSON.object([
            ("environment", ReportJSON.text(environment)),
            ("stacks", .array(stacks)),
            (
                "failures",
                .array(
                    failures.map { failure in
                        ReportJSON.object([
                            ("stack", ReportJSON.text(failure.stack)),
                            ("environment", ReportJSON.text(failure.environment)),
                            ("step", ReportJSON.text(failure.step)),
                            ("message", ReportJSON.text(failure.message)),
                        ])
                    }
                )
            ),
            ("data_losses", .int(summaries.flatMap(\.dataLosses).count)),
        ])
        return ReportJSON.encode(document)
    }

    private static func counts(_ summary: PlanSummary) -> JSONValue {
        .object(
            Dictionary(uniqueKeysWithValues: PlanSummary.Action.allCases.map { ($0.rawValue, .int(summary.count($0))) })
        )
    }

    private static func resource(_ resource: PlanSummary.ResourceChange) -> JSONValue {
        ReportJSON.object([
            ("address", ReportJSON.text(resource.address)),
            ("type", ReportJSON.text(resource.type)),
            ("action", ReportJSON.text(resource.action.rawValue)),
            ("stateful", .bool(resource.isStateful)),
            (
                "attributes",
                .array(
                    resource.attributes.map { attribute in
                        ReportJSON.object([
                            ("path", ReportJSON.text(attribute.path)),
                            ("before", attribute.before.map(ReportJSON.text)),
                            ("after", attribute.after.map(ReportJSON.text)),
                            ("sensitive", .bool(attribute.isSensitive)),
                            ("forces_replacement", .bool(attribute.forcesReplacement)),
                        ])
                    }
                )
            ),
        ])
    }

    private static func output(_ output: PlanSummary.OutputChange) -> JSONValue {
        ReportJSON.object([
            ("name", ReportJSON.text(output.name)),
            ("action", ReportJSON.text(output.action.rawValue)),
            ("before", output.before.map(ReportJSON.text)),
            ("after", output.after.map(ReportJSON.text)),
            ("sensitive", .bool(output.isSensitive)),
        ])
    }

    // MARK: Markdown

    private func markdown() -> String {
        var lines = ["## infragen plan: `\(environment)`", ""]
        let losses = summaries.flatMap { summary in summary.dataLosses.map { (summary, $0) } }
        if !failures.isEmpty {
            lines.append("🛑 **terraform failed** for \(failures.map { "`\($0.target)`" }.joined(separator: ", ")).")
            lines.append("")
        }
        if !losses.isEmpty {
            lines.append("> [!WARNING]")
            lines.append(
                "> **\(losses.count) stateful resource\(losses.count == 1 ? "" : "s") replaced or destroyed**:"
            )
            for (summary, resource) in losses {
                lines.append("> - `\(summary.stack)`: \(resource.action.rawValue) `\(resource.address)`")
            }
            lines.append("")
        }
        lines.append("| Stack | Add | Change | Replace | Destroy |")
        lines.append("|---|---:|---:|---:|---:|")
        for summary in summaries {
            lines.append(
                MarkdownReport.row(
                    [MarkdownReport.code(summary.stack)]
                        + PlanSummary.Action.allCases.reversed().map { action in
                            let count = summary.count(action)
                            return count > 0 && (action == .replace || action == .destroy) ? "**\(count)**" : "\(count)"
                        }
                )
            )
        }
        for failure in failures {
            lines.append(MarkdownReport.row([MarkdownReport.code(failure.stack), "🛑", "", "", ""]))
        }
        for summary in summaries where !summary.resources.isEmpty || !summary.outputs.isEmpty {
            let total = summary.resources.count
            lines.append("")
            lines.append(
                "<details><summary><code>\(summary.stack)</code>: \(total) resource change\(total == 1 ? "" : "s")</summary>"
            )
            lines.append("")
            lines.append("| Action | Resource | Changed attributes |")
            lines.append("|---|---|---|")
            for resource in summary.resources {
                let attributes = resource.attributes.map { MarkdownReport.cell(Self.attributeLine($0)) }
                var action = resource.action.rawValue
                if resource.losesData { action = "⚠️ **\(action)**" }
                lines.append(
                    MarkdownReport.row([
                        action, MarkdownReport.code(resource.address), attributes.joined(separator: "<br>"),
                    ])
                )
            }
            for output in summary.outputs {
                lines.append(
                    MarkdownReport.row([
                        output.action.rawValue, MarkdownReport.code("output.\(output.name)"),
                        MarkdownReport.cell(Self.transition(output)),
                    ])
                )
            }
            lines.append("")
            lines.append("</details>")
        }
        for failure in failures {
            lines.append("")
            lines.append("<details><summary><code>\(failure.stack)</code>: terraform \(failure.step) failed</summary>")
            lines.append("")
            lines.append("```")
            lines.append(
                failure.message.split(separator: "```", omittingEmptySubsequences: false).joined(separator: "'''")
            )
            lines.append("```")
            lines.append("")
            lines.append("</details>")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
