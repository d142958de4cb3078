import ArgumentParser

/// `infragen render <env>`: build, check and write every stack of an environment.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the stacks of an environment to out/<env>/<stack>/.",
        discussion: """
            Each stack is built from its Swift definition and stacks/<stack>/<env>.yaml, checked (model checks and \
            every policy rule), and written only if no unwaived error remains anywhere: one bad stack means \
            nothing is written. Findings print like compiler errors, pointing at the Swift line that declared \
            the resource.

            Files are written to temporary names beside their targets and renamed into place together, so a \
            failed or interrupted render leaves the previous output as it was; files whose bytes are unchanged \
            are left alone. A lock file (<out>/.infragen.lock) stops two renders from writing one folder at once.

            With --check nothing is written; the command fails if out/ differs from what would be rendered: a \
            file is stale (missing or different) or orphaned (in out/<env>/ but not written by a render; \
            terraform's working files such as .terraform/, plan and state files are ignored). --format json adds \
            a `check` member listing both.

            Exit codes: 0 written (or up to date) · 1 an unwaived error, or stale output with --check · 2 bad \
            input, or an output path that cannot be written · 64 usage.
            """
    )

    @Argument(help: "The environment to render, e.g. prod. `infragen list` shows them.")
    var environment: String

    @OptionGroup var project: ProjectOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The output folder; files go to <dir>/<env>/<stack>/.", valueName: "dir")
    )
    var outputRoot: String = "out"

    @Flag(help: "Write nothing; exit 1 if the output folder is stale.")
    var check = false

    @Option(help: "How to print findings: text (compiler-style, on stderr) or json (sorted, on stdout).")
    var format: TextOrJSON = .text

    func validate() throws {
        // An empty --out would make `<out>/<env>` an absolute path at the root of the file system.
        if outputRoot.isEmpty { throw ValidationError("--out must name a folder, e.g. `--out out`") }
    }

    /// What was asked for, as a plain value: the same one `RenderInvocation.init(arguments:)` reads from a command
    /// line without ArgumentParser.
    var invocation: RenderInvocation {
        RenderInvocation(
            environment: environment,
            project: project.selection,
            outputRoot: outputRoot,
            check: check,
            format: format
        )
    }

    func run() throws {
        try invocation.run()
    }
}
