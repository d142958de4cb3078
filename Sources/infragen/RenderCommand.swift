import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy
import Stacks

/// `infragen render <env>`: build, check and write every stack of an environment.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the stacks of an environment to out/<env>/<stack>/.",
        discussion: """
            Each stack is built from its Swift definition and stacks/<stack>/<env>.yaml, checked (model checks and \
            every policy rule), and written only if no unwaived error remains anywhere: one bad stack means \
            nothing is written. Findings print like compiler errors, pointing at the Swift line that declared \
            the resource.

            Files are written to temporary names beside their targets and renamed into place together, so a \
            failed or interrupted render leaves the previous output as it was; files whose bytes are unchanged \
            are left alone. A lock file (<out>/.infragen.lock) stops two renders from writing one folder at once.

            With --check nothing is written; the command fails if out/ differs from what would be rendered.

            Exit codes: 0 written (or up to date) · 1 an unwaived error, or stale output with --check · 2 bad \
            input, or an output path that cannot be written · 64 usage.
            """
    )

    @Argument(help: "The environment to render, e.g. prod. `infragen list` shows them.")
    var environment: String

    @OptionGroup var project: ProjectOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The output folder; files go to <dir>/<env>/<stack>/.", valueName: "dir")
    )
    var outputRoot: String = "out"

    @Flag(help: "Write nothing; exit 1 if the output folder is stale.")
    var check = false

    @Option(help: "How to print findings: text (compiler-style, on stderr) or json (sorted, on stdout).")
    var format: TextOrJSON = .text

    func validate() throws {
        // An empty --out would make `<out>/<env>` an absolute path at the root of the file system.
        if outputRoot.isEmpty { throw ValidationError("--out must name a folder, e.g. `--out out`") }
    }

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
        // A file where the output folder must go is found before any work is done, and before anything is written.
        let folders = targets.map { "\($0.environment)/\($0.entry.name)" }
        if let blocked = OutputTransaction.preflight(files: files, outputRoot: outputRoot, folders: folders) {
            Terminal.error(DiagnosticReport.text([blocked]) + "infragen: bad output path; nothing written\n")
            throw ExitStatus.badInput
        }

        let loaded = loader.load(targets)
        let outcomes = loaded.outcomes
        let allInputErrors = loaded.inputErrors
        let findings = loaded.findings
        let shown = allInputErrors + findings
        switch format {
        case .text: if !shown.isEmpty { Terminal.error(DiagnosticReport.text(shown)) }
        case .json:
            Terminal.output(ReportFormat.json.render(shown.sorted(), rules: RuleCatalog.all, options: ReportOptions()))
        }
        guard allInputErrors.isEmpty else {
            Terminal.error("infragen: bad input; nothing written\n")
            throw ExitStatus.badInput
        }
        guard !findings.contains(where: \.isBlocking) else {
            Terminal.error("infragen: \(SummaryLine.text(findings)); nothing written\n")
            throw ExitStatus.findings
        }
        let planned = outcomes.compactMap(\.rendered).flatMap { rendered in
            rendered.files.map { (relative: "\(rendered.folder)/\($0.path)", file: $0, rendered: rendered) }
        }
        if let escaping = planned.first(where: { !Self.staysInside($0.relative) }) {
            Terminal.error(
                DiagnosticReport.text([
                    Diagnostic(
                        id: "IO006",
                        severity: .error,
                        message: "refusing to write `\(escaping.relative)`: it would land outside \(outputRoot)",
                        hint: "a stack's file names must be plain relative paths; report this as a bug in the stack"
                    )
                ]) + "infragen: nothing written\n"
            )
            throw ExitStatus.badInput
        }

        if check {
            let stale = planned.map { (path: OutputTransaction.shown(outputRoot, $0.relative), bytes: $0.file.bytes) }
                .filter { files.existingBytes(at: $0.path) != $0.bytes }.map(\.path)
            guard stale.isEmpty else {
                for path in stale { Terminal.error("stale: \(path)\n") }
                Terminal.error(
                    "infragen: \(stale.count) file(s) differ from a fresh render; run `infragen render \(environment)`\n"
                )
                throw ExitStatus.findings
            }
            Terminal.error(
                "up to date: \(outcomes.count) stack(s) in \(OutputTransaction.shown(outputRoot, environment))\n"
            )
        } else {
            var lines: [String] = []
            do throws(DiagnosticError) {
                let transaction = try OutputTransaction.begin(files: files, outputRoot: outputRoot)
                for entry in planned {
                    let changed = try transaction.stage(entry.file.bytes, at: entry.relative)
                    let size = Self.byteCount(entry.file.bytes.count)
                    let count = outcomes.first { $0.rendered?.folder == entry.rendered.folder }?.resourceCount ?? 0
                    let detail = entry.file.path == RenderedStack.mainFileName ? "\(count) resources, \(size)" : size
                    let path = OutputTransaction.shown(outputRoot, entry.relative)
                    lines.append("\(changed ? "wrote    " : "unchanged") \(path) (\(detail))\n")
                }
                try transaction.commit()
            } catch {
                Terminal.error(
                    DiagnosticReport.text(error.diagnostics)
                        + "infragen: cannot write the output; previous output left as it was\n"
                )
                throw ExitStatus.badInput
            }
            // With --format json, stdout carries only the findings document.
            for line in lines {
                if format == .json { Terminal.error(line) } else { Terminal.output(line) }
            }
        }
        if !findings.isEmpty { Terminal.error("infragen: \(SummaryLine.text(findings))\n") }
    }

    /// True for a relative path with no empty, `.` or `..` component: it cannot leave the output folder.
    static func staysInside(_ relative: String) -> Bool {
        !relative.hasPrefix("/")
            && relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0 != "." && $0 != ".."
            }
    }

    static func byteCount(_ count: Int) -> String {
        count < 10_000 ? "\(count) bytes" : "\((count + 512) / 1024) KiB"
    }
}
