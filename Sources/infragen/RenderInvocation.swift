import Foundation
import InfraCore
import InfraPolicy
import Stacks

/// One `infragen render`, as a plain value: what `RenderCommand` parsed, and what it does.
///
/// Kept apart from `RenderCommand` so that the common command lines can skip ArgumentParser
/// (`init(arguments:)`), whose parsing took a tenth of `render prod`.
struct RenderInvocation: Equatable, Sendable {
    var environment: String
    var project: ProjectSelection
    var outputRoot: String
    var check: Bool
    var format: TextOrJSON

    func run() throws {
        let passed = try RenderGate.pass(
            project: project,
            environment: environment,
            findingsOutput: format == .json ? .json : .text,
            outputRoot: outputRoot
        )
        // The rendered documents live until the process exits; freeing them value by value would only delay it.
        ReclaimedAtExit.keep(passed)
        let files = passed.files
        let findings = passed.findings
        let planned = passed.stacks.flatMap { rendered in
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
            try checkOutput(planned.map { ($0.relative, $0.file.bytes) }, passed: passed)
            return
        }
        var lines: [String] = []
        do throws(DiagnosticError) {
            try OutputTransaction.write(files: files, outputRoot: outputRoot) { transaction throws(DiagnosticError) in
                for entry in planned {
                    let changed = try transaction.stage(entry.file.bytes, at: entry.relative)
                    let size = Self.byteCount(entry.file.bytes.count)
                    let count = passed.resourceCounts[entry.rendered.folder] ?? 0
                    let detail = entry.file.path == RenderedStack.mainFileName ? "\(count) resources, \(size)" : size
                    let path = OutputTransaction.shown(outputRoot, entry.relative)
                    lines.append("\(changed ? "wrote    " : "unchanged") \(path) (\(detail))\n")
                }
            }
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
        if format == .json { Terminal.output(JSONReport.render(findings)) }
        if !findings.isEmpty { Terminal.error("infragen: \(SummaryLine.text(findings))\n") }
    }

    /// `--check`: compares what would be written with the output folder, without writing. A file is stale (missing
    /// or different) or orphaned (in the environment's folder but not written by a render; terraform's working
    /// files are ignored).
    private func checkOutput(_ planned: [(relative: String, bytes: [UInt8])], passed: RenderGate.Passed) throws {
        let files = passed.files
        let findings = passed.findings
        var stale: [String] = []
        var expected: Set<String> = []
        for entry in planned {
            let path = OutputTransaction.shown(outputRoot, entry.relative)
            expected.insert(path)
            if !files.holds(entry.bytes, at: path) { stale.append(path) }
        }
        // With --stack only the named stacks' folders are checked; otherwise the whole environment's folder, so a
        // removed or renamed stack's leftovers are found too.
        let folders =
            project.stacks.isEmpty
            ? [OutputTransaction.shown(outputRoot, environment)]
            : passed.stacks.map { OutputTransaction.shown(outputRoot, $0.folder) }
        let existing = folders.flatMap { OutputListing.files(under: $0, files: files) }
        let orphaned = OutputInventory.orphans(existing: existing, expected: expected)
        stale.sort()
        if format == .json {
            Terminal.output(RenderCheckReport.render(findings, stale: stale, orphaned: orphaned))
        }
        if !findings.isEmpty { Terminal.error("infragen: \(SummaryLine.text(findings))\n") }
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
        Terminal.error(
            "up to date: \(passed.stacks.count) stack(s) in \(OutputTransaction.shown(outputRoot, environment))\n"
        )
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
