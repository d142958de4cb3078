import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy
import Stacks

extension DiffReport.Format: ArgumentChoice {}

/// `infragen diff`: what a fresh render changes against an earlier one, or how two environments of a stack differ,
/// resource by resource. Needs no terraform and no state.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare a fresh render with an earlier one, or two environments of one stack, by resource address.",
        discussion: """
            infragen diff <env> [--against DIR|GIT_REF]
              Renders <env> in memory and compares each stack's resources and outputs with
              <DIR>/<env>/<stack>/main.tf.json (DIR defaults to out). When the value is not a folder it is read as
              a git revision, and the same file is taken from it with `git show` (for repositories that commit
              their rendered output).
            infragen diff <envA> <envB> --stack S
              Renders stack S in both environments and compares them.

            Lists added (+), removed (-) and changed (~) resources and outputs with the attributes that changed.
            Values the provider schema marks sensitive, outputs declared sensitive, and values that look like
            secrets are never printed; the diff says only that they changed.

            Exit codes: 0 compared (differences or not) · 2 bad input (settings, unknown environment or stack,
            an unreadable earlier render) · 64 usage.
            """
    )

    @Argument(help: "The environment to render; with a second environment, the one compared from.")
    var environment: String

    @Argument(help: "A second environment to compare with (needs exactly one --stack).")
    var otherEnvironment: String?

    @OptionGroup var project: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "The earlier render: an output root folder, or a git revision whose committed output to read.",
            valueName: "dir|git-ref"
        )
    )
    var against: String?

    @Option(help: "text, json or markdown.")
    var format: DiffReport.Format = .text

    /// Diagnostic ids of `diff`.
    enum DiagnosticID {
        static let unreadableEarlierRender = "DIFF001"
    }

    func validate() throws {
        if otherEnvironment != nil {
            guard project.stacks.count == 1 else {
                throw ValidationError("comparing two environments needs exactly one --stack")
            }
            guard against == nil else {
                throw ValidationError("--against compares one environment with an earlier render")
            }
        }
    }

    func run() throws {
        let loader = try StackLoader(project: project.selection)
        let fresh = try render(loader, environment: environment)
        var diffs: [DocumentDiff] = []
        if let otherEnvironment {
            let other = try render(loader, environment: otherEnvironment)
            for stack in Set(fresh.keys).union(other.keys).sorted() {
                diffs.append(
                    DocumentDiff(
                        stack: stack,
                        before: fresh[stack]?.document,
                        after: other[stack]?.document,
                        beforeLabel: environment,
                        afterLabel: otherEnvironment
                    )
                )
            }
        } else {
            let base = against ?? "out"
            let isFolder = Self.isDirectory(loader.files.resolve(base))
            var problems: [Diagnostic] = []
            for (stack, rendered) in fresh.sorted(by: { $0.key < $1.key }) {
                let path = "\(isFolder ? base : "out")/\(rendered.folder)/\(RenderedStack.mainFileName)"
                let text: String?
                if isFolder {
                    text = loader.files.existingBytes(at: path).map { String(decoding: $0, as: UTF8.self) }
                } else {
                    text = try Self.gitShow(base, path, in: loader.files.root)
                }
                var earlier: JSONValue?
                if let text {
                    do throws(DiagnosticError) {
                        earlier = try JSONParser().parse(text, file: isFolder ? path : "\(base):\(path)").value
                    } catch {
                        problems += error.diagnostics
                    }
                } else {
                    Terminal.error("note: no \(isFolder ? path : "\(base):\(path)"); every resource counts as added\n")
                }
                diffs.append(
                    DocumentDiff(
                        stack: stack,
                        before: earlier,
                        after: rendered.document,
                        beforeLabel: isFolder ? "\(base)/\(rendered.environment)" : "\(base)",
                        afterLabel: "render"
                    )
                )
            }
            guard problems.isEmpty else {
                Terminal.error(DiagnosticReport.text(problems))
                throw ExitStatus.badInput
            }
        }
        Terminal.output(DiffReport(diffs).render(format))
    }

    /// The selected stacks of an environment rendered in memory, by stack name; bad input exits 2. Findings do not
    /// stop a diff: it shows what a change would do, whether or not the policy lets it through.
    private func render(_ loader: StackLoader, environment: String) throws -> [String: RenderedStack] {
        let targets: [StackLoader.Target]
        switch loader.targets(environment: environment) {
        case .success(let selected): targets = selected
        case .failure(let error):
            Terminal.error(DiagnosticReport.text(error.diagnostics))
            throw ExitStatus.badInput
        }
        let loaded = loader.load(targets)
        guard loaded.inputErrors.isEmpty else {
            Terminal.error(DiagnosticReport.text(loaded.inputErrors))
            throw ExitStatus.badInput
        }
        var stacks: [String: RenderedStack] = [:]
        for rendered in loaded.outcomes.compactMap(\.rendered) { stacks[rendered.stack] = rendered }
        return stacks
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The text of `path` at git revision `revision`, `nil` when the revision has no such file; exit 2 when the
    /// revision does not exist or git cannot run.
    static func gitShow(_ revision: String, _ path: String, in root: URL) throws -> String? {
        func git(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root.path] + arguments
            let output = Pipe()
            let error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (
                process.terminationStatus, String(decoding: data, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self)
            )
        }
        let verified = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
        guard verified.status == 0 else {
            Terminal.error(
                DiagnosticReport.text([
                    Diagnostic(
                        id: DiagnosticID.unreadableEarlierRender,
                        severity: .error,
                        message: "`\(revision)` is neither a folder nor a git revision",
                        hint:
                            "pass --against out (a folder holding <env>/<stack>/main.tf.json) or a commit, branch or tag"
                    )
                ])
            )
            throw ExitStatus.badInput
        }
        let shown = try git(["show", "\(revision):\(path)"])
        return shown.status == 0 ? shown.output : nil
    }
}
