import InfraCore
import InfraPolicy
import Stacks

/// The policy gate `render` and `plan` share: load the selected stacks of an environment, print their findings, and
/// stop (exit 2 on bad input, 1 on an unwaived error) before anything is written or planned.
enum RenderGate {
    /// What passed the gate.
    struct Passed {
        var files: ProjectFiles
        /// Every selected stack of the environment, each with its rendered document.
        var stacks: [RenderedStack]
        /// Resource counts by stack folder (`prod/aggregator`), for the `wrote` lines.
        var resourceCounts: [String: Int]
        /// Findings that did not block (notes, warnings, waived ones), sorted.
        var findings: [Diagnostic]
    }

    /// How findings are shown: compiler-style on stderr, or a JSON document on stdout. With `json`, the document is
    /// printed here only when the gate closes; otherwise the caller prints it, so that it can add what it found
    /// (`render --check` adds its stale and orphaned files) and stdout holds one document.
    enum FindingsOutput {
        case text, json
    }

    /// Loads and checks; prints findings; throws the exit status when the gate is closed.
    ///
    /// - Parameter outputRoot: the folder the caller will write to; a file standing where one of its folders must
    ///   go is reported before any work is done.
    static func pass(
        project: ProjectSelection,
        environment: String,
        findingsOutput: FindingsOutput,
        outputRoot: String
    ) throws -> Passed {
        let loader = try StackLoader(project: project)
        let targets: [StackLoader.Target]
        switch loader.targets(environment: environment) {
        case .success(let selected): targets = selected
        case .failure(let error):
            Terminal.error(DiagnosticReport.text(error.diagnostics))
            throw ExitStatus.badInput
        }
        let folders = targets.map { "\($0.environment)/\($0.entry.name)" }
        if let blocked = OutputTransaction.preflight(files: loader.files, outputRoot: outputRoot, folders: folders) {
            Terminal.error(DiagnosticReport.text([blocked]) + "infragen: bad output path; nothing written\n")
            throw ExitStatus.badInput
        }
        let loaded = loader.load(targets)
        let shown = loaded.inputErrors + loaded.findings
        switch findingsOutput {
        case .text:
            // Bad input stops the run before anything is written; the other stacks' notes would only push the error
            // out of sight, so a terminal shows the input errors alone (the findings come once the input is fixed).
            let printed = loaded.inputErrors.isEmpty ? shown : loaded.inputErrors
            if !printed.isEmpty { Terminal.error(DiagnosticReport.text(printed)) }
        case .json:
            if !loaded.inputErrors.isEmpty || loaded.findings.contains(where: \.isBlocking) {
                Terminal.output(
                    ReportFormat.json.render(shown.sorted(), rules: RuleCatalog.all, options: ReportOptions())
                )
            }
        }
        guard loaded.inputErrors.isEmpty else {
            Terminal.error("infragen: bad input; nothing written\n")
            throw ExitStatus.badInput
        }
        guard !loaded.findings.contains(where: \.isBlocking) else {
            Terminal.error("infragen: \(SummaryLine.text(loaded.findings)); nothing written\n")
            throw ExitStatus.findings
        }
        let stacks = loaded.outcomes.compactMap(\.rendered)
        var counts: [String: Int] = [:]
        for outcome in loaded.outcomes {
            if let rendered = outcome.rendered { counts[rendered.folder] = outcome.resourceCount }
        }
        return Passed(files: loader.files, stacks: stacks, resourceCounts: counts, findings: loaded.findings)
    }
}
