import ArgumentParser
import InfraCore
import Stacks

/// Options every command that reads stacks shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: "The project root: the folder with stacks/ and serverList.json.")
    var root: String = "."

    @Option(
        name: .customLong("stack"),
        help: ArgumentHelp("Only this stack; repeat for several. Default: every stack deployed to the environment.", valueName: "stack")
    )
    var stacks: [String] = []

    @Option(name: .customLong("today"), help: .hidden)
    var today: String?

    /// The day waivers are checked against: `--today` (for tests), else the current UTC date.
    func currentDay() throws -> CalendarDate {
        if let today {
            guard let day = CalendarDate(today) else { throw ValidationError("--today must be YYYY-MM-DD") }
            return day
        }
        return ProjectFiles.todayUTC()
    }

    /// The stacks × environment to work on, or the diagnostics explaining why the request names none.
    func targets(environment: String) -> Result<[StackEntry], DiagnosticError> {
        var unknown: [Diagnostic] = []
        for name in stacks where StackCatalog.entry(named: name) == nil {
            unknown.append(
                Diagnostic(
                    id: "CLI002",
                    severity: .error,
                    message: "unknown stack `\(name)`",
                    hint: "known stacks: \(StackCatalog.all.map(\.name).joined(separator: ", "))"
                )
            )
        }
        guard unknown.isEmpty else { return .failure(DiagnosticError(unknown)) }
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
        let selected = StackCatalog.all.filter { stacks.isEmpty || stacks.contains($0.name) }
        let deployed = selected.filter { $0.environments.contains(environment) }
        guard !deployed.isEmpty else {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        id: "CLI003",
                        severity: .error,
                        message: "no selected stack is deployed to `\(environment)`",
                        hint: selected.map { "\($0.name): \($0.environments.joined(separator: ", "))" }.joined(separator: "; ")
                    )
                )
            )
        }
        return .success(deployed)
    }
}
