import ArgumentParser
import InfraCore
import Stacks

extension ArchitectureGraph.Format: ArgumentChoice {}

/// `infragen graph <env> --stack S`: the stack's architecture as Mermaid or Graphviz, from the rendered document.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw one stack's architecture (Mermaid or DOT) from its rendered resources and references.",
        discussion: """
            Every resource of the rendered stack, grouped by network tier (edge, network, compute, data, identity, \
            operations) and by AWS service, with an arrow from each resource to those it references. Findings do \
            not stop it. docs/<stack>.mmd holds the committed diagram of each stack's first environment.

            Examples:
              infragen graph prod --stack aggregator > docs/aggregator.mmd
              infragen graph prod --stack aggregator --format dot | dot -Tsvg > aggregator.svg

            Exit codes: 0 drawn · 2 bad input (settings, unknown environment or stack) · 64 usage.
            """
    )

    @Argument(help: "The environment to render, e.g. prod.")
    var environment: String

    @OptionGroup var project: ProjectOptions

    @Option(help: "mermaid or dot.")
    var format: ArchitectureGraph.Format = .mermaid

    func validate() throws {
        guard project.stacks.count == 1 else {
            throw ValidationError("graph draws one stack: give exactly one --stack")
        }
    }

    func run() throws {
        let loader = try StackLoader(project: project.selection)
        let targets: [StackLoader.Target]
        switch loader.targets(environment: environment) {
        case .success(let selected): targets = selected
        case .failure(let error):
            Terminal.error(DiagnosticReport.text(error.diagnostics))
            throw ExitStatus.badInput
        }
        let loaded = loader.load(targets)
        guard loaded.inputErrors.isEmpty, let rendered = loaded.outcomes.first?.rendered else {
            Terminal.error(DiagnosticReport.text(loaded.inputErrors))
            throw ExitStatus.badInput
        }
        Terminal.output(ArchitectureGraph(name: rendered.stack, document: rendered.document).render(format))
    }
}
