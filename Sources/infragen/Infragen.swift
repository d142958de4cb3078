import ArgumentParser
import InfraCore

/// The `infragen` command: typed Swift stacks in, policy-checked Terraform JSON out.
@main
struct Infragen: AsyncParsableCommand {
    /// Catches a mistyped subcommand before ArgumentParser does: its "2 unexpected arguments" says nothing of
    /// what was meant, while `rendr` is one letter from `render`.
    static func main() async {
        AllocatorPolicy.applyForBatchRun()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, let diagnostic = unknownSubcommand(word) {
            Terminal.error(DiagnosticReport.text([diagnostic]))
            exit(withError: ExitStatus.usage)
        }
        do {
            // The common `render` command lines are read without ArgumentParser, which would cost more than a tenth
            // of the render (`RenderInvocation.init(arguments:)`).
            if let render = RenderInvocation(arguments: arguments) {
                try render.run()
                return
            }
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    /// `CLI007` when `word` is neither an option nor a subcommand.
    static func unknownSubcommand(_ word: String) -> Diagnostic? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word) else { return nil }
        let suggestion = Suggestions.phrase(for: word, among: names)
        return Diagnostic(
            id: "CLI007",
            severity: .error,
            message: "unknown command `\(word)`" + (suggestion.isEmpty ? "" : "; \(suggestion)"),
            hint: "commands: \(names.filter { $0 != "help" }.joined(separator: ", ")); `infragen --help` shows them all"
        )
    }

    static let configuration = CommandConfiguration(
        commandName: "infragen",
        abstract:
            "Render typed Swift infrastructure stacks to Terraform JSON, policy-checked before anything is written.",
        discussion: """
            Stacks live in stacks/<stack>/ as Swift, with one settings file per environment \
            (stacks/<stack>/<env>.yaml). `render` writes out/<env>/<stack>/main.tf.json for every stack deployed \
            to <env>, but only if no unwaived error-level finding remains. Run it anywhere inside the project: \
            infragen looks upward for the folder holding Package.swift and stacks/ (or pass --project).

            Examples:
              infragen list                   stacks and their environments
              infragen render prod            render every prod stack into out/prod/
              infragen render prod --check    fail if out/ is stale or has orphans (CI)
              infragen plan prod --offline    render, then terraform plan per stack
              infragen diff prod              what a fresh render changes in out/prod
              infragen lint --format sarif    every stack's findings as SARIF
              infragen lint prod --tf-json cdk.tf.json
                                              check a Terraform JSON file from elsewhere
              infragen waivers --expiring-within 30
                                              waivers to renew or fix soon
              infragen graph prod --stack aggregator
                                              the stack's architecture as Mermaid
              infragen rules                  the policy rules, with ids to waive
              infragen explain RDS001         one rule in full

            Findings are coloured on a terminal; NO_COLOR=1 turns that off, CLICOLOR_FORCE=1 on for a pipe.

            Exit codes: 0 success · 1 findings, or stale output with --check · 2 bad input (settings, \
            serverList.json, Terraform JSON, unknown environment or stack, a file that cannot be read or written) \
            · 3 an external tool failed (terraform, in `plan`) · 64 usage.
            """,
        version: InfragenVersion.current,
        subcommands: [
            RenderCommand.self, PlanCommand.self, DiffCommand.self, LintCommand.self, WaiversCommand.self,
            GraphCommand.self, ListCommand.self, RulesCommand.self, ExplainCommand.self,
        ]
    )
}

/// The tool's version, printed by `--version`.
enum InfragenVersion {
    static let current = "0.1.0"
}
