import ArgumentParser
import Foundation
import InfraCore
import Stacks

/// `infragen list`: the stacks and the environments each is deployed to, i.e. the settings files under `stacks/`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stacks and their environments.",
        discussion: """
            A stack's environments are its settings files: stacks/<stack>/<env>.yaml. With --format json, prints one \
            {stack, environment} object per pair: a ready-made CI matrix.
            """
    )

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let deployments = Deployments(catalog: StackCatalog.all, files: ProjectFiles(root: project.projectRoot))
        let stacks = StackCatalog.all.filter { project.stacks.isEmpty || project.stacks.contains($0.name) }
        let refused = deployments.refusals(among: stacks, environment: nil)
        if !refused.isEmpty {
            Terminal.error(DiagnosticReport.text(refused))
            throw ExitStatus.badInput
        }
        switch format {
        case .text:
            let width = stacks.map(\.name.count).max() ?? 0
            for entry in stacks {
                let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
                let environments = deployments.environments(of: entry)
                let shown = environments.isEmpty ? "(no settings files)" : environments.joined(separator: ",")
                Terminal.output("\(name)  \(shown)  \(entry.summary)\n")
            }
        case .json:
            let pairs = stacks.flatMap { entry in
                deployments.environments(of: entry).map { ["stack": entry.name, "environment": $0] }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(pairs)
            Terminal.output(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
