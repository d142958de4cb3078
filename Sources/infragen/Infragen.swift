import ArgumentParser

/// The `infragen` command: typed Swift stacks in, policy-checked Terraform JSON out.
@main
struct Infragen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infragen",
        abstract:
            "Render typed Swift infrastructure stacks to Terraform JSON, policy-checked before anything is written.",
        discussion: """
            Stacks live in stacks/<stack>/ as Swift, with one settings file per environment
            (stacks/<stack>/<env>.yaml). `render` writes out/<env>/<stack>/main.tf.json for every stack
            deployed to <env>, but only if no unwaived error-level finding remains.

            Examples:
              infragen list                        stacks and their environments
              infragen render prod                 render every prod stack into out/prod/
              infragen render prod --check         fail if out/ is stale or has orphans (for CI); writes nothing
              infragen plan prod --offline         render, then terraform init + plan per stack, summarised
              infragen diff prod                   what a fresh render changes against out/prod
              infragen lint --format sarif         findings of every stack as SARIF, for code scanning
              infragen lint --tf-json cdk.tf.json  check a Terraform JSON file infragen did not write
              infragen waivers --expiring-within 30  waivers to renew or fix soon
              infragen graph prod --stack aggregator  the stack's architecture as Mermaid
              infragen rules                       the policy rules, with ids to waive
              infragen explain RDS001              one rule in full

            Exit codes: 0 success · 1 findings, or stale output with --check · 2 bad input (settings,
            serverList.json, unknown environment or stack) · 3 an external tool failed · 64 usage.
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
