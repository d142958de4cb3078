import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy
import Stacks

/// `infragen render <env>`: build, check and write every stack of an environment.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render every stack of an environment to out/<env>/<stack>/main.tf.json.",
        discussion: """
            Each stack is built from its Swift definition and stacks/<stack>/<env>.yaml, checked (model checks and
            every policy rule), and written only if no unwaived error remains anywhere: one bad stack means
            nothing is written. Findings print like compiler errors, pointing at the Swift line that declared
            the resource. Files are rewritten only when their bytes change.

            With --check nothing is written; the command fails if out/ differs from what would be rendered.
            """
    )

    @Argument(help: "The environment to render, e.g. prod. `infragen list` shows them.")
    var environment: String

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("out"), help: "The output root; files go to <out>/<env>/<stack>/.")
    var outputRoot: String = "out"

    @Flag(help: "Write nothing; exit 1 if the output folder is stale.")
    var check = false

    @Option(help: "How to print findings: text (compiler-style, on stderr) or json (sorted, on stdout).")
    var format: TextOrJSON = .text

    func run() throws {
        let loader = try StackLoader(project: project)
        let files = loader.files
        let targets: [StackLoader.Target]
        switch loader.targets(environment: environment) {
        case .success(let selected): targets = selected
        case .failure(let error):
            Terminal.error(DiagnosticReport.text(error.diagnostics))
            throw ExitStatus.badInput
        }

        let loaded = loader.load(targets)
        let outcomes = loaded.outcomes
        let allInputErrors = loaded.inputErrors
        let findings = loaded.findings
        let shown = allInputErrors + findings
        switch format {
        case .text: if !shown.isEmpty { Terminal.error(DiagnosticReport.text(shown)) }
        case .json: Terminal.output(ReportFormat.json.render(shown.sorted(), rules: RuleCatalog.all, options: ReportOptions()))
        }
        guard allInputErrors.isEmpty else {
            Terminal.error("infragen: bad input; nothing written\n")
            throw ExitStatus.badInput
        }
        guard !findings.contains(where: \.isBlocking) else {
            Terminal.error("infragen: \(ReportSummary(findings)); nothing written\n")
            throw ExitStatus.findings
        }

        var stale: [String] = []
        for outcome in outcomes {
            guard let rendered = outcome.rendered else { continue }
            for file in rendered.files {
                let path = "\(outputRoot)/\(rendered.folder)/\(file.path)"
                if check {
                    if files.existingBytes(at: path) != file.bytes { stale.append(path) }
                } else {
                    let changed = try files.write(file.bytes, to: path)
                    let size = Self.byteCount(file.bytes.count)
                    let detail =
                        file.path == RenderedStack.mainFileName ? "\(outcome.resourceCount) resources, \(size)" : size
                    let line = "\(changed ? "wrote    " : "unchanged") \(path) (\(detail))\n"
                    // With --format json, stdout carries only the findings document.
                    if format == .json { Terminal.error(line) } else { Terminal.output(line) }
                }
            }
        }
        if check {
            guard stale.isEmpty else {
                for path in stale { Terminal.error("stale: \(path)\n") }
                Terminal.error(
                    "infragen: \(stale.count) file(s) differ from a fresh render; run `infragen render \(environment)`\n"
                )
                throw ExitStatus.findings
            }
            Terminal.error("up to date: \(outcomes.count) stack(s) in \(outputRoot)/\(environment)\n")
        }
        if !findings.isEmpty { Terminal.error("infragen: \(ReportSummary(findings))\n") }
    }

    static func byteCount(_ count: Int) -> String {
        count < 10_000 ? "\(count) bytes" : "\((count + 512) / 1024) KiB"
    }
}
