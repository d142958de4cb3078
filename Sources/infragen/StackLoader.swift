import InfraCore
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
    let today: CalendarDate
    /// `--stack` names; empty means every stack.
    let stackNames: [String]

    init(project: ProjectOptions) throws {
        files = ProjectFiles(root: project.root)
        today = try project.currentDay()
        stackNames = project.stacks
    }

    /// The selected stacks deployed to `environment`, or to any environment when it is `nil`, in stack then
    /// environment order; or the diagnostics (`CLI001`…`CLI003`) explaining why the request names none.
    func targets(environment: String?) -> Result<[Target], DiagnosticError> {
        let unknown = stackNames.filter { StackCatalog.entry(named: $0) == nil }.map { name in
            Diagnostic(
                id: "CLI002",
                severity: .error,
                message: "unknown stack `\(name)`",
                hint: "known stacks: \(StackCatalog.all.map(\.name).joined(separator: ", "))"
            )
        }
        guard unknown.isEmpty else { return .failure(DiagnosticError(unknown)) }
        let selected = StackCatalog.all.filter { stackNames.isEmpty || stackNames.contains($0.name) }
        guard let environment else {
            return .success(
                selected.flatMap { entry in entry.environments.sorted().map { Target(entry: entry, environment: $0) } }
            )
        }
        guard StackCatalog.environments.contains(environment) else {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        id: "CLI001",
                        severity: .error,
                        message: "unknown environment `\(environment)`",
                        hint: "known environments: \(StackCatalog.environments.joined(separator: ", "))"
                    )
                )
            )
        }
        let deployed = selected.filter { $0.environments.contains(environment) }
        guard !deployed.isEmpty else {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        id: "CLI003",
                        severity: .error,
                        message: "no selected stack is deployed to `\(environment)`",
                        hint: selected.map { "\($0.name): \($0.environments.joined(separator: ", "))" }.joined(
                            separator: "; "
                        )
                    )
                )
            )
        }
        return .success(deployed.map { Target(entry: $0, environment: environment) })
    }

    /// Reads each target's settings and input files and runs the pipeline on it.
    func load(_ targets: [Target]) -> Loaded {
        var outcomes: [StackPipeline.Outcome] = []
        var inputErrors: [Diagnostic] = []
        // Input files are shared between a stack's environments and between stacks; read (and report) each once.
        var inputCache: [String: Result<String, Diagnostic>] = [:]
        for target in targets {
            var inputs = StackInputs()
            for path in target.entry.inputFiles {
                let result = inputCache[path] ?? files.read(path)
                if inputCache[path] == nil, case .failure(let diagnostic) = result { inputErrors.append(diagnostic) }
                inputCache[path] = result
                if case .success(let text) = result { inputs.files[path] = text }
            }
            let settings: String
            switch files.read(target.entry.settingsFile(for: target.environment)) {
            case .success(let text): settings = text
            case .failure(let diagnostic):
                inputErrors.append(diagnostic)
                continue
            }
            outcomes.append(
                StackPipeline.run(
                    target.entry,
                    environment: target.environment,
                    settings: settings,
                    inputs: inputs,
                    today: today
                )
            )
        }
        return Loaded(
            outcomes: outcomes,
            inputErrors: (inputErrors + outcomes.flatMap(\.inputErrors)).sorted(),
            findings: outcomes.flatMap(\.findings).sorted()
        )
    }
}
