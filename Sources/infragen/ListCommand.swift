import ArgumentParser
import Foundation
import Stacks

/// `infragen list`: the stacks and the environments each is deployed to.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stacks and their environments.",
        discussion: "With --format json, prints one {stack, environment} object per pair: a ready-made CI matrix."
    )

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        switch format {
        case .text:
            let width = StackCatalog.all.map(\.name.count).max() ?? 0
            for entry in StackCatalog.all {
                let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
                Terminal.output("\(name)  \(entry.environments.joined(separator: ","))  \(entry.summary)\n")
            }
        case .json:
            let pairs = StackCatalog.all.flatMap { entry in
                entry.environments.map { ["stack": entry.name, "environment": $0] }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(pairs)
            Terminal.output(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
