import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy

extension PlanReport.Format: ArgumentChoice {}

/// `infragen plan <env>`: render through the policy gate, then `terraform init` and `terraform plan` per stack, in
/// parallel, and summarise what would change.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Render, then terraform init + plan every stack of an environment, and summarise the changes.",
        discussion: """
            Renders like `render` (nothing is planned when a finding blocks), writes out/<env>/<stack>/, then runs \
            `terraform init` and `terraform plan -out=infragen.tfplan` in each stack's folder, --jobs stacks at a \
            time, and reads each plan with `terraform show -json`. The summary lists, per stack, the resources to \
            add, change, replace and destroy, and warns about replaced or destroyed stateful resources (databases, \
            buckets, queues, file systems). Values terraform marks sensitive, and values that look like secrets, \
            are never printed: the summary says only that they change.

            --offline writes zz_offline_override.tf.json beside main.tf.json (a local backend, dummy credentials, \
            the provider's skip flags), so a plan needs neither AWS nor the state bucket. Without it, the real \
            backend and credentials are used (and an override left by an earlier offline run is removed). \
            INFRAGEN_TF_PLUGIN_DIR, when set, is passed to `terraform init -plugin-dir` (an offline provider mirror).

            Examples:
              infragen plan prod --offline
              infragen plan prod --stack aggregator --format markdown --summary "$GITHUB_STEP_SUMMARY"

            Exit codes: 0 planned · 1 findings block the render · 2 bad input · 3 terraform failed (its message is \
            printed, attributed to the stack) · 64 usage.
            """
    )

    @Argument(help: "The environment to plan, e.g. prod. `infragen list` shows them.")
    var environment: String

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("out"), help: "The output root; stacks are planned in <out>/<env>/<stack>/.")
    var outputRoot: String = "out"

    @Option(help: "How many stacks to plan at once (default: the number of processors).")
    var jobs: Int?

    @Flag(help: "Plan without AWS: local backend, dummy credentials, the provider's skip flags.")
    var offline = false

    @Option(
        help: ArgumentHelp(
            "Also append the Markdown summary to this file (e.g. \"$GITHUB_STEP_SUMMARY\").",
            valueName: "file"
        )
    )
    var summary: String?

    @Option(help: "The summary on standard output: text, json or markdown.")
    var format: PlanReport.Format = .text

    /// The plan file's name in each stack folder.
    static let planFile = "infragen.tfplan"

    /// How one stack's plan ended.
    enum StackPlan: Sendable {
        case success(PlanSummary)
        case failure(PlanReport.Failure)
    }

    /// Diagnostic ids of the plan step.
    enum DiagnosticID {
        static let terraformFailed = "PLAN002"
        static let terraformMissing = "PLAN003"
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let passed = try RenderGate.pass(
            project: project.selection,
            environment: environment,
            findingsOutput: .text,
            outputRoot: outputRoot
        )
        guard let terraform = TerraformCLI.locate() else {
            Terminal.error(
                DiagnosticReport.text([
                    Diagnostic(
                        id: DiagnosticID.terraformMissing,
                        severity: .error,
                        message: "terraform is not on PATH",
                        hint: "install terraform 1.10 or later; `render` and `lint` work without it"
                    )
                ])
            )
            throw ExitStatus.externalTool
        }
        let files = passed.files
        var folders: [(RenderedStack, URL)] = []
        do throws(DiagnosticError) {
            // The same atomic, locked write as `render`, plus the offline override where asked for.
            try OutputTransaction.write(files: files, outputRoot: outputRoot) { transaction throws(DiagnosticError) in
                for rendered in passed.stacks {
                    for file in rendered.files {
                        _ = try transaction.stage(file.bytes, at: "\(rendered.folder)/\(file.path)")
                    }
                    if self.offline, let configuration = rendered.configuration {
                        let override = "\(rendered.folder)/\(OfflineOverride.fileName)"
                        _ = try transaction.stage(OfflineOverride.file(for: configuration).bytes, at: override)
                    }
                    folders.append((rendered, files.resolve(OutputTransaction.shown(outputRoot, rendered.folder))))
                }
            }
        } catch {
            Terminal.error(DiagnosticReport.text(error.diagnostics) + "infragen: cannot write the output\n")
            throw ExitStatus.badInput
        }
        if !offline {
            // An override left by an earlier offline plan would silently keep the plan offline.
            for (rendered, _) in folders {
                let override = OutputTransaction.shown(outputRoot, "\(rendered.folder)/\(OfflineOverride.fileName)")
                if files.existingBytes(at: override) != nil {
                    try? FileManager.default.removeItem(at: files.resolve(override))
                }
            }
        }

        let progress = PlanProgress(total: folders.count)
        let pluginDirectory = ProcessInfo.processInfo.environment["INFRAGEN_TF_PLUGIN_DIR"].flatMap {
            $0.isEmpty ? nil : $0
        }
        let offline = offline
        let outcomes = try await Self.bounded(folders, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
            rendered,
            folder in
            await Self.plan(
                rendered,
                in: folder,
                terraform: terraform,
                pluginDirectory: pluginDirectory,
                offline: offline,
                progress: progress
            )
        }
        await progress.end()

        var summaries: [PlanSummary] = []
        var failures: [PlanReport.Failure] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let summary): summaries.append(summary)
            case .failure(let failure): failures.append(failure)
            }
        }
        let report = PlanReport(environment: environment, summaries: summaries, failures: failures)
        if !failures.isEmpty {
            let diagnostics = report.failures.map { failure in
                Diagnostic(
                    id: DiagnosticID.terraformFailed,
                    severity: .error,
                    message: "\(failure.target): terraform \(failure.step) failed:\n"
                        + failure.message.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "    \($0)" }.joined(separator: "\n"),
                    stack: failure.stack,
                    environment: failure.environment,
                    hint: "the message above is terraform's; reproduce with "
                        + "`terraform -chdir=\(outputRoot)/\(failure.target) \(failure.step)`"
                )
            }
            Terminal.error(DiagnosticReport.text(diagnostics))
        }
        Terminal.output(report.render(format))
        if let summary {
            let url = files.resolve(summary)
            if !FileManager.default.fileExists(atPath: url.path) {
                // Not `FileManager.createFile`, which leaves a /tmp/TemporaryDirectory.* behind on Linux.
                try Data().write(to: url)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(report.render(.markdown).utf8))
        }
        if !failures.isEmpty { throw ExitStatus.externalTool }
    }

    /// init, plan and show for one stack.
    static func plan(
        _ rendered: RenderedStack,
        in folder: URL,
        terraform: TerraformCLI,
        pluginDirectory: String?,
        offline: Bool,
        progress: PlanProgress
    ) async -> StackPlan {
        let target = rendered.folder
        func failure(_ step: String, _ message: String) async -> StackPlan {
            await progress.done(target, outcome: "terraform \(step) failed")
            return .failure(
                PlanReport.Failure(
                    stack: rendered.stack,
                    environment: rendered.environment,
                    step: step,
                    message: message
                )
            )
        }
        // A plan file from an earlier run must not outlive a failed one.
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(planFile))
        await progress.step(target, "init")
        var initArguments = ["init", "-input=false", "-no-color", "-reconfigure"]
        if let pluginDirectory { initArguments.append("-plugin-dir=\(pluginDirectory)") }
        let initialized = await terraform.run(initArguments, in: folder)
        guard initialized.status == 0 else { return await failure("init", initialized.message) }

        await progress.step(target, "plan")
        var planArguments = ["plan", "-input=false", "-no-color", "-out=\(planFile)"]
        if offline { planArguments.append("-lock=false") }
        let planned = await terraform.run(planArguments, in: folder)
        guard planned.status == 0 else { return await failure("plan", planned.message) }

        await progress.step(target, "show")
        let shown = await terraform.run(["show", "-json", "-no-color", planFile], in: folder)
        guard shown.status == 0 else { return await failure("show", shown.message) }
        do {
            let summary = try PlanSummary.parse(
                showJSON: shown.stdout,
                stack: rendered.stack,
                environment: rendered.environment
            )
            await progress.done(target, outcome: summary.countsDescription)
            return .success(summary)
        } catch {
            return await failure("show", error.description)
        }
    }

    /// Runs `work` on every element, at most `jobs` at a time; results in input order.
    static func bounded<Element: Sendable, Output: Sendable>(
        _ elements: [Element],
        jobs: Int,
        _ work: @escaping @Sendable (Element) async throws -> Output
    ) async throws -> [Output] {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var results: [Int: Output] = [:]
            var next = 0
            func start() {
                guard next < elements.count else { return }
                let index = next
                let element = elements[index]
                group.addTask { (index, try await work(element)) }
                next += 1
            }
            for _ in 0..<min(jobs, elements.count) { start() }
            while let (index, output) = try await group.next() {
                results[index] = output
                start()
            }
            return elements.indices.compactMap { results[$0] }
        }
    }
}
