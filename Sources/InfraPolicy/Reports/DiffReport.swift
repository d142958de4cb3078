import InfraCore

/// `infragen diff` output for one or more stacks: terminal text, JSON for tools, Markdown for a PR comment.
public struct DiffReport: Hashable, Sendable {
    /// The output forms of `diff`.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    /// Sorted by stack.
    public var diffs: [DocumentDiff]

    public init(_ diffs: [DocumentDiff]) {
        self.diffs = diffs.sorted { $0.stack < $1.stack }
    }

    /// True when no stack differs.
    public var isEmpty: Bool { diffs.allSatisfy(\.isEmpty) }

    /// The report in `format`, ending in a newline.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .markdown: markdown()
        }
    }

    private static func counts(_ diff: DocumentDiff) -> String {
        "\(diff.count(.added)) added, \(diff.count(.changed)) changed, \(diff.count(.removed)) removed"
    }

    private func text() -> String {
        var lines: [String] = []
        for diff in diffs {
            lines.append("\(diff.stack) (\(diff.beforeLabel) → \(diff.afterLabel)): \(Self.counts(diff))")
            for entry in diff.entries {
                lines.append("  \(entry.kind.symbol) \(entry.address)")
                for attribute in entry.attributes {
                    lines.append("      \(PlanReport.attributeLine(attribute))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        ReportJSON.encode([
            "stacks": .array(
                diffs.map { diff in
                    [
                        "stack": ReportJSON.text(diff.stack),
                        "before": ReportJSON.text(diff.beforeLabel),
                        "after": ReportJSON.text(diff.afterLabel),
                        "counts": [
                            "added": .int(diff.count(.added)), "changed": .int(diff.count(.changed)),
                            "removed": .int(diff.count(.removed)),
                        ],
                        "entries": .array(
                            diff.entries.map { entry in
                                [
                                    "address": ReportJSON.text(entry.address),
                                    "kind": ReportJSON.text(entry.kind.rawValue),
                                    "attributes": .array(
                                        entry.attributes.map { attribute in
                                            ReportJSON.object([
                                                ("path", ReportJSON.text(attribute.path)),
                                                ("before", attribute.before.map(ReportJSON.text)),
                                                ("after", attribute.after.map(ReportJSON.text)),
                                                ("sensitive", .bool(attribute.isSensitive)),
                                            ])
                                        }
                                    ),
                                ]
                            }
                        ),
                    ]
                }
            )
        ])
    }

    private func markdown() -> String {
        var lines = ["## infragen diff", ""]
        for diff in diffs {
            lines.append(
                "### `\(diff.stack)`: \(MarkdownReport.cell(diff.beforeLabel)) → \(MarkdownReport.cell(diff.afterLabel))"
            )
            lines.append("")
            guard !diff.isEmpty else {
                lines.append("No differences.")
                lines.append("")
                continue
            }
            lines.append(Self.counts(diff) + ".")
            lines.append("")
            lines.append("| | Address | Changed attributes |")
            lines.append("|---|---|---|")
            for entry in diff.entries {
                let attributes = entry.attributes.map { MarkdownReport.cell(PlanReport.attributeLine($0)) }
                lines.append(
                    MarkdownReport.row([
                        entry.kind.rawValue, MarkdownReport.code(entry.address), attributes.joined(separator: "<br>"),
                    ])
                )
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
