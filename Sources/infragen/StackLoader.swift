import Foundation
import InfraCore
import InfraPolicy
import Stacks

/// What `render` and `lint` share: choosing the stacks × environments to work on, reading each one's settings and
/// input files, and running the pipeline (build → model checks → render → policy) in memory. Nothing is written.
struct StackLoader {
    /// One stack in one environment.
    struct Target {
        var entry: StackEntry
        var environment: String
    }

    /// What a set of targets came to.
    struct Loaded {
        var outcomes: [StackPipeline.Outcome]
        /// Unreadable files and undecodable settings or inputs, sorted; when any, nothing was rendered for them.
        var inputErrors: [Diagnostic]
        /// Model checks and policy findings of every target, waived ones included, sorted.
        var findings: [Diagnostic]
    }

    let files: ProjectFiles
    /// The environments each stack is deployed to: its settings files.
    let deployments: Deployments
    let today: CalendarDate
    /// `--stack` names; empty means every stack.
    let stackNames: [String]
    /// Whether the root was given with `--project`, rather than found upward or taken to be the working directory.
    let rootGiven: Bool

    /// Starts building the policy checks' tables on another core (`prepareChecksInBackground()`): every command that
    /// makes a loader goes on to `load()`, and the files are found and read meanwhile.
    init(project: ProjectSelection) throws {
        Self.prepareChecksInBackground()
        let root = project.projectRoot
        rootGiven = project.root != nil
        files = ProjectFiles(root: root)
        deployments = Deployments(catalog: StackCatalog.all, files: files)
        today = try project.currentDay()
        stackNames = project.stacks
        let directory = FileManager.default.currentDirectoryPath
        if project.root == nil, root != directory {
            Terminal.error("infragen: using the project at \(ProjectRoot.relative(root, from: directory))\n")
        }
    }

    /// A stack or environment name becomes a folder below `--out`; anything but a plain name could escape it.
    static func nameProblem(_ name: String, kind: String, option: String) -> Diagnostic? {
        let plain =
            !name.isEmpty && name != "." && name != ".." && !name.hasPrefix("-")
            && !name.contains("/") && !name.contains("\\") && !name.contains("..")
            && name.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
        guard !plain else { return nil }
        return Diagnostic(
            id: "CLI005",
            severity: .error,
            message: "\(JSONEncoding.quoted(name)) is not a valid \(kind) name",
            hint: "\(option) takes a plain name such as `prod` (no `/`, `..` or spaces); `infragen list` shows them"
        )
    }

    /// The selected stacks deployed to `environment`, or to any environment when it is `nil`, in stack then
    /// environment order; or the diagnostics (`CLI001`…`CLI003`) explaining why the request names none.
    func targets(environment: String?) -> Result<[Target], DiagnosticError> {
        let invalid =
            stackNames.compactMap { Self.nameProblem($0, kind: "stack", option: "--stack") }
            + (environment.flatMap { Self.nameProblem($0, kind: "environment", option: "<env>") }.map { [$0] } ?? [])
        guard invalid.isEmpty else { return .failure(DiagnosticError(invalid)) }
        if let projectProblem = projectFolderProblem() ?? stacksFolderProblem() {
            return .failure(DiagnosticError(projectProblem))
        }
        let known = StackCatalog.all.map(\.name)
        let unknown = stackNames.filter { StackCatalog.entry(named: $0) == nil }.map { name in
            let suggestion = Suggestions.phrase(for: name, among: known)
            return Diagnostic(
                id: "CLI002",
                severity: .error,
                message: "unknown stack `\(name)`" + (suggestion.isEmpty ? "" : "; \(suggestion)"),
                hint: "known stacks: \(known.joined(separator: ", "))"
            )
        }
        guard unknown.isEmpty else { return .failure(DiagnosticError(unknown)) }
        let selected = StackCatalog.all.filter { stackNames.isEmpty || stackNames.contains($0.name) }
        let refused = deployments.refusals(among: selected, environment: environment)
        guard refused.isEmpty else { return .failure(DiagnosticError(refused)) }
        guard let environment else {
            return .success(
                selected.flatMap { entry in
                    deployments.environments(of: entry).map { Target(entry: entry, environment: $0) }
                }
            )
        }
        let knownEnvironments = deployments.allEnvironments
        guard knownEnvironments.contains(environment) else {
            let phrase = Suggestions.phrase(for: environment, among: knownEnvironments)
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        id: "CLI001",
                        severity: .error,
                        message: "unknown environment `\(environment)`" + (phrase.isEmpty ? "" : "; \(phrase)"),
                        hint: (knownEnvironments.isEmpty
                            ? "no stack has a settings file yet"
                            : "known environments: \(knownEnvironments.joined(separator: ", "))")
                            + "; an environment is a settings file: add stacks/<stack>/\(environment).yaml to deploy a "
                            + "stack there"
                    )
                )
            )
        }
        let deployed = selected.filter { deployments.environments(of: $0).contains(environment) }
        guard !deployed.isEmpty else {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        id: "CLI003",
                        severity: .error,
                        message: "no selected stack is deployed to `\(environment)`",
                        hint: selected.map { entry in
                            let environments = deployments.environments(of: entry)
                            return "\(entry.name): "
                                + (environments.isEmpty ? "no settings files" : environments.joined(separator: ", "))
                        }.joined(separator: "; ")
                            + "; add stacks/<stack>/\(environment).yaml to deploy a stack there"
                    )
                )
            )
        }
        return .success(deployed.map { Target(entry: $0, environment: environment) })
    }

    /// A project root that is no folder has no stacks to find; say so rather than that no stack is deployed.
    private func projectFolderProblem() -> Diagnostic? {
        let root = files.root.path
        let kind = FileSystem.kind(of: root)
        guard kind != .directory else { return nil }
        let reason = FileSystemError(path: root, operation: .read, code: kind == .missing ? ENOENT : ENOTDIR).reason
        return Diagnostic(
            id: "IO001",
            severity: .error,
            message: "cannot read the project folder \(root): \(reason)",
            location: SourceLocation(file: root),
            hint: "pass --project with the folder that holds stacks/ and serverList.json"
        )
    }

    /// A folder without `stacks/` is no project: in it no stack has settings, so `lint` would check nothing and
    /// report "0 errors", which a CI step run from the wrong folder takes for a pass. Say where infragen looked.
    private func stacksFolderProblem() -> Diagnostic? {
        let root = files.root.path
        guard FileSystem.kind(of: root + "/stacks") != .directory else { return nil }
        return Diagnostic(
            id: Self.noProject,
            severity: .error,
            message: rootGiven
                ? "\(root) is not an infragen project: it has no stacks/ folder"
                : "no infragen project here: no folder from \(root) upward holds Package.swift and stacks/",
            hint: "run infragen inside the project or pass --project with its folder; to lint Terraform JSON of any "
                + "origin, pass it with --tf-json"
        )
    }

    /// The id of `stacksFolderProblem()`'s diagnostic.
    static let noProject = "CLI008"

    /// Builds the tables every policy check reads (`PolicyEngine.prepareSharedTables`) on another core, while this
    /// one finds, lists and reads the files and builds the models: a tenth of rendering one stack, which otherwise
    /// waited for them at its first check. Not waited for; a check that needs a table still being built waits for
    /// that table.
    static func prepareChecksInBackground() {
        DispatchQueue.global().async { PolicyEngine.prepareSharedTables() }
    }

    /// One target whose files were read, ready for the pipeline.
    private struct Job: Sendable {
        var entry: StackEntry
        var environment: String
        var settings: String
        var inputs: StackInputs
    }

    /// Reads each target's settings and input files, then runs the pipeline on the targets in parallel (they share
    /// nothing); outcomes keep the targets' order.
    func load(_ targets: [Target]) -> Loaded {
        var jobs: [Job] = []
        var inputErrors: [Diagnostic] = []
        // Input files are shared between a stack's environments and between stacks; read (and report) each once.
        var inputCache: [String: Result<String, Diagnostic>] = [:]
        for target in targets {
            var inputs = StackInputs()
            var inputsMissing = false
            for path in target.entry.inputFiles {
                let result = inputCache[path] ?? files.read(path)
                if inputCache[path] == nil, case .failure(let diagnostic) = result { inputErrors.append(diagnostic) }
                inputCache[path] = result
                switch result {
                case .success(let text): inputs.files[path] = text
                case .failure: inputsMissing = true
                }
            }
            let settings: String
            switch files.read(target.entry.settingsFile(for: target.environment)) {
            case .success(let text): settings = text
            case .failure(let diagnostic):
                inputErrors.append(diagnostic)
                continue
            }
            // A stack whose input file could not be read would report it again as a decoding error of empty text.
            guard !inputsMissing else { continue }
            jobs.append(Job(entry: target.entry, environment: target.environment, settings: settings, inputs: inputs))
        }
        let today = today
        // The stacks side by side, each in two tasks (build and render, then policy), so that the cores stay busy
        // to the end; outcomes come back in the order of `jobs`.
        let outcomes = ParallelMap.twoStages(
            jobs.count,
            first: { [jobs] index in
                let job = jobs[index]
                return StackPipeline.built(
                    job.entry,
                    environment: job.environment,
                    settings: job.settings,
                    inputs: job.inputs,
                    // Only a stack rendered alone leaves a core idle for the work it can start early.
                    usesIdleCore: jobs.count == 1
                )
            },
            second: { _, built in
                // The model and rendered document are freed at exit, at no cost, not object by object here.
                ReclaimedAtExit.keep(built)
                return StackPipeline.checked(built, today: today, keep: { ReclaimedAtExit.keep($0) })
            }
        )
        return Loaded(
            outcomes: outcomes,
            inputErrors: (inputErrors + outcomes.flatMap(\.inputErrors)).sorted(),
            findings: outcomes.flatMap(\.findings).sorted()
        )
    }
}
