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

            With --check nothing is written; the command fails if out/ differs from what would be rendered: a file
            is stale (missing or different) or orphaned (in out/<env>/ but not written by a render; terraform's
            working files such as .terraform/, plan and state files are ignored). --format json adds a `check`
            member listing both.
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
        let passed = try RenderGate.pass(
            project: project,
            environment: environment,
            findingsOutput: format == .json ? .json : .text
        )
        let files = passed.files
        let findings = passed.findings

        var stale: [String] = []
        var expected: Set<String> = []
        for rendered in passed.stacks {
            for file in rendered.files {
                let path = "\(outputRoot)/\(rendered.folder)/\(file.path)"
                expected.insert(path)
                if check {
                    if files.existingBytes(at: path) != file.bytes { stale.append(path) }
                } else {
                    let changed = try files.write(file.bytes, to: path)
                    let size = Self.byteCount(file.bytes.count)
                    let resources = passed.resourceCounts[rendered.folder] ?? 0
                    let detail = file.path == RenderedStack.mainFileName ? "\(resources) resources, \(size)" : size
                    let line = "\(changed ? "wrote    " : "unchanged") \(path) (\(detail))\n"
                    // With --format json, stdout carries only the findings document.
                    if format == .json { Terminal.error(line) } else { Terminal.output(line) }
                }
            }
        }
        guard check else {
            if format == .json { Terminal.output(JSONReport.render(findings)) }
            if !findings.isEmpty { Terminal.error("infragen: \(ReportSummary(findings))\n") }
            return
        }
        // With --stack only the named stacks' folders are checked; otherwise the whole environment's folder, so a
        // removed or renamed stack's leftovers are found too.
        let folders =
            project.stacks.isEmpty
            ? ["\(outputRoot)/\(environment)"]
            : passed.stacks.map { "\(outputRoot)/\($0.folder)" }
        let existing = folders.flatMap { OutputListing.files(under: $0, files: files) }
        let orphaned = OutputInventory.orphans(existing: existing, expected: expected)
        stale.sort()
        if format == .json {
            Terminal.output(RenderCheckReport.render(findings, stale: stale, orphaned: orphaned))
        }
        if !findings.isEmpty { Terminal.error("infragen: \(ReportSummary(findings))\n") }
        guard stale.isEmpty && orphaned.isEmpty else {
            for path in stale { Terminal.error("stale: \(path)\n") }
            for path in orphaned { Terminal.error("orphaned: \(path)\n") }
            var problems: [String] = []
            if !stale.isEmpty { problems.append("\(stale.count) file(s) differ from a fresh render") }
            if !orphaned.isEmpty { problems.append("\(orphaned.count) file(s) would not be written by one") }
            Terminal.error(
                "infragen: \(problems.joined(separator: "; ")); run `infragen render \(environment)`"
                    + (orphaned.isEmpty ? "" : " and delete the orphaned files") + "\n"
            )
            throw ExitStatus.findings
        }
        Terminal.error("up to date: \(passed.stacks.count) stack(s) in \(outputRoot)/\(environment)\n")
    }

    static func byteCount(_ count: Int) -> String {
        count < 10_000 ? "\(count) bytes" : "\((count + 512) / 1024) KiB"
    }
}
