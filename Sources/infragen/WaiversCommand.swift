import ArgumentParser
import InfraCore
import InfraPolicy
import Stacks

extension WaiverListing.Format: ArgumentChoice {}

/// `infragen waivers [<env>]`: every waiver, from the stacks' Swift and from the environment files, for review; or
/// one stack's waivers as a checkov baseline, so checkov honours the decisions infragen's policy already records.
struct WaiversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waivers",
        abstract: "List every waiver (rule, resource, reason, expiry, where it is written), or export them to checkov.",
        discussion: """
            Lists the waivers of every selected stack in <env> (every environment when <env> is left out), \
            whether written with .waive(…) in Swift or under `waivers:` in stacks/<stack>/<env>.yaml. \
            --expiring-within DAYS keeps those that expire within DAYS days (expired ones included): a reminder \
            to renew or fix.

            --format checkov writes a checkov baseline for one stack's output folder (it needs <env> and one \
            --stack): each waived resource with the checkov ids of its waived rules. Expired waivers are left out.
              infragen waivers prod --stack aggregator --format checkov > infragen.baseline
              checkov -d out/prod/aggregator --framework terraform_json --baseline infragen.baseline

            --format checkov-skip prints, for checkov's --skip-check, the checkov ids infragen has decided for the \
            stack's resource types: adopted by a rule (infragen runs them) or declined (`infragen rules` says \
            why). With both, checkov fails only on the checks infragen has not decided.
              infragen waivers prod --stack aggregator --format checkov-skip > infragen.skip
              checkov -d out/prod/aggregator --framework terraform_json \\
                --baseline infragen.baseline --skip-check "$(cat infragen.skip)"

            Exit codes: 0 listed · 2 bad input (settings, unknown environment or stack) · 64 usage.
            """
    )

    @Argument(help: "Only this environment. Default: every environment.")
    var environment: String?

    @OptionGroup var project: ProjectOptions

    @Option(
        name: .customLong("expiring-within"),
        help: ArgumentHelp("Only waivers that expire within this many days (expired ones too).", valueName: "days")
    )
    var expiringWithin: Int?

    @Option(
        help: "text, json, markdown, checkov (a baseline file for one stack), or checkov-skip (its --skip-check list)."
    )
    var format: WaiverListing.Format = .text

    func validate() throws {
        if let expiringWithin, expiringWithin < 0 { throw ValidationError("--expiring-within must not be negative") }
        if [.checkov, .checkovSkip].contains(format) && (environment == nil || project.stacks.count != 1) {
            throw ValidationError(
                "--format \(format.rawValue) exports for one stack's folder: give <env> and exactly one --stack"
            )
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
        guard loaded.inputErrors.isEmpty else {
            Terminal.error(DiagnosticReport.text(loaded.inputErrors))
            throw ExitStatus.badInput
        }
        let listing = WaiverListing(
            stacks: loaded.outcomes.compactMap(\.rendered),
            today: loader.today,
            expiringWithin: expiringWithin
        )
        Terminal.output(listing.render(format))
    }
}
