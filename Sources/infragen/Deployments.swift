import Foundation
import InfraCore
import Stacks

/// Which environments each stack is deployed to, read from the project: every `stacks/<stack>/<environment>.yaml`
/// is one. Environments are files rather than a list in Swift so that adding `staging.yaml` is the whole change,
/// with nothing to keep in sync; a stack's `refusedEnvironments` are the exceptions, and a settings file for one of
/// them is an error (`CLI007`) rather than silently ignored.
struct Deployments {
    /// Stack name → the environments it has a settings file for and does not refuse, sorted.
    let environments: [String: [String]]
    /// Stack name → environment → the error for a settings file the stack refuses.
    let refusals: [String: [String: Diagnostic]]

    init(catalog: [StackEntry], files: ProjectFiles) {
        var environments: [String: [String]] = [:]
        var refusals: [String: [String: Diagnostic]] = [:]
        for entry in catalog {
            let names = FileSystem.names(in: files.resolve(entry.settingsFolder).path)
            let found = names.filter { $0.hasSuffix(".yaml") && $0.count > ".yaml".count }
                .map { String($0.dropLast(".yaml".count)) }
                .filter { StackLoader.nameProblem($0, kind: "environment", option: "<env>") == nil }
                .sorted()
            environments[entry.name] = found.filter { entry.refusedEnvironments[$0] == nil }
            for environment in found {
                guard let reason = entry.refusedEnvironments[environment] else { continue }
                refusals[entry.name, default: [:]][environment] = Diagnostic(
                    id: "CLI007",
                    severity: .error,
                    message: "the \(entry.name) stack is never deployed to `\(environment)`: \(reason)",
                    location: SourceLocation(file: entry.settingsFile(for: environment), line: 1, column: 1),
                    hint: "remove \(entry.settingsFile(for: environment)); the stack's refusedEnvironments list it"
                )
            }
        }
        self.environments = environments
        self.refusals = refusals
    }

    /// The environments `entry` is deployed to, sorted.
    func environments(of entry: StackEntry) -> [String] { environments[entry.name] ?? [] }

    /// Every environment some stack is deployed to, sorted.
    var allEnvironments: [String] { Array(Set(environments.values.joined())).sorted() }

    /// The refused settings files among `stacks`, for `environment` or for any environment when it is `nil`, sorted.
    func refusals(among stacks: [StackEntry], environment: String?) -> [Diagnostic] {
        stacks.flatMap { entry in
            (refusals[entry.name] ?? [:]).filter { environment == nil || $0.key == environment }.map(\.value)
        }.sorted()
    }
}
