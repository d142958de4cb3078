import ArgumentParser
import Foundation
import InfraCore
import InfraPolicy
import Stacks

extension ReportFormat: ArgumentChoice {}
extension Diagnostic.Severity: ArgumentChoice {}

/// `infragen lint [<env>]`: check stacks (or any Terraform JSON file) and report the findings; writes no Terraform.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check stacks, or Terraform JSON files, against the policy rules.",
        discussion: """
            Runs the same build, model checks and policy rules as `render`, for every stack of <env> (every \
            environment when <env> is left out), and writes no Terraform files. With --tf-json it checks \
            Terraform JSON files instead, e.g. a cdktf cdk.tf.json; findings point at lines of those files, and \
            production-only rules apply when <env> is prod or production. Put <env> before --tf-json, which \
            takes every word up to the next option.

            Formats: text (compiler-style), json, sarif (GitHub code scanning), junit, github (workflow \
            annotations; GitHub shows ten of each kind per step, and a last line says when there are more), \
            markdown (a PR comment, kept within GitHub's 65,536 characters: when the findings do not fit, \
            errors come first and a last line counts the rest). Waived findings are reported but never fail \
            the run.

            Examples:
              infragen lint prod
              infragen lint --format sarif --output infragen.sarif
              infragen lint prod --fail-on warning --format github
              infragen lint prod --tf-json cdktf.out/stacks/app/cdk.tf.json
              infragen lint prod --tf-json cdktf.out
              generate-terraform-json | infragen lint --tf-json -

            Exit codes: 0 no unwaived finding at or above --fail-on · 1 there is one · 2 bad input (settings, \
            serverList.json, unknown environment or stack, unreadable or malformed JSON, a report that cannot be \
            written) · 64 usage.
            """
    )

    @Argument(help: "The environment to lint, e.g. prod. Default: every environment (with --tf-json: `unknown`).")
    var environment: String?

    @OptionGroup var project: ProjectOptions

    @Option(help: "text, json, sarif, junit, github or markdown.")
    var format: ReportFormat = .text

    @Option(
        help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file")
    )
    var output: String?

    @Option(
        name: .customLong("fail-on"),
        help: "The lowest unwaived severity that fails the run: error, warning or note."
    )
    var failOn: Diagnostic.Severity = .error

    @Option(
        name: .customLong("tf-json"),
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Lint these Terraform JSON files instead of the stacks (paths relative to the working directory; "
                + "a folder means every *.tf.json file below it, and the files of one folder are one "
                + "configuration, as terraform reads them, with the variables' defaults and the folder's "
                + "variables files; `-` reads standard input).",
            valueName: "file"
        )
    )
    var terraformFiles: [String] = []

    @Option(
        name: .customLong("var-file"),
        help: ArgumentHelp(
            "With --tf-json: variable values from this .tfvars or .tfvars.json file, applied after the folder's "
                + "own (terraform.tfvars, *.auto.tfvars, …), as `terraform plan -var-file` applies it; repeat for "
                + "several, later ones winning.",
            valueName: "file"
        )
    )
    var variableFiles: [String] = []

    @Option(
        name: .customLong("var"),
        help: ArgumentHelp(
            "With --tf-json: a variable's value, as `terraform plan -var` sets it (NAME=VALUE; a JSON list or "
                + "object for a complex value), applied after every file; repeat for several.",
            valueName: "name=value"
        )
    )
    var variableValues: [String] = []

    func validate() throws {
        if !terraformFiles.isEmpty && !project.stacks.isEmpty {
            throw ValidationError("--stack selects stacks; it cannot be combined with --tf-json")
        }
        if terraformFiles.isEmpty && !(variableFiles.isEmpty && variableValues.isEmpty) {
            throw ValidationError(
                "--var-file and --var give values to the variables of Terraform JSON files; use them with --tf-json"
            )
        }
        if let malformed = variableValues.first(where: { VariableFiles.assignment($0) == nil }) {
            throw ValidationError("--var takes NAME=VALUE, as terraform's -var does, not `\(malformed)`")
        }
    }

    func run() throws {
        if let misplaced = misplacedEnvironment() {
            Terminal.error(DiagnosticReport.text([misplaced]))
            throw ExitStatus.usage
        }
        var lint = terraformFiles.isEmpty ? try lintStacks() : try lintFiles()
        let options = ReportOptions(
            failOn: failOn,
            toolVersion: InfragenVersion.current,
            targets: lint.targets,
            inputErrors: lint.inputErrors
        )
        // The findings move into `diagnostics` and are sorted in place; a large file has too many to copy.
        var diagnostics = lint.findings
        lint.findings = []
        diagnostics.append(contentsOf: lint.inputErrors)
        diagnostics.sort()
        let report = SummaryLine.normalized(
            // Only SARIF describes the rules; building the catalogue for the other formats would only cost time.
            format.chunks(diagnostics, rules: format == .sarif ? RuleCatalog.all : [], options: options),
            diagnostics
        )

        // Freeing a large file's findings and report string by string would only delay the exit.
        ReclaimedAtExit.keep(diagnostics)
        ReclaimedAtExit.keep(report)
        if let output {
            let files = ProjectFiles(root: FileManager.default.currentDirectoryPath)
            do {
                try ReportFile.write(report, to: output, files: files)
            } catch {
                Terminal.error(DiagnosticReport.text(error.diagnostics) + "infragen: report not written\n")
                throw ExitStatus.badInput
            }
        } else {
            Terminal.output(report.pieces, findings: format == .text)
        }
        for note in lint.notes { Terminal.error("infragen: note: \(note)\n") }
        if format == .sarif, let note = SARIFReport.codeScanningNote(results: diagnostics.count) {
            Terminal.error("infragen: note: \(note)\n")
        }
        // Where stdout does not already show the findings as text, name the input errors on stderr too.
        if !lint.inputErrors.isEmpty {
            if output != nil || format != .text {
                Terminal.error(DiagnosticReport.text(lint.inputErrors))
            }
            Terminal.error("infragen: bad input\n")
            throw ExitStatus.badInput
        }
        if let output { Terminal.error("infragen: \(SummaryLine.text(diagnostics)); report written to \(output)\n") }
        if diagnostics.contains(where: { $0.fails(at: failOn) }) { throw ExitStatus.findings }
    }

    /// What was linted and what it came to.
    struct Lint {
        var targets: [ReportTarget]
        var inputErrors: [Diagnostic]
        var findings: [Diagnostic]
        /// What the run says on stderr besides the report (a folder linted file by file, and why).
        var notes: [String] = []
    }

    /// The stacks of the environment (or of every environment), through the same pipeline as `render`.
    func lintStacks() throws -> Lint {
        let loader = try StackLoader(project: project.selection)
        let targets: [StackLoader.Target]
        switch loader.targets(environment: environment) {
        case .success(let selected): targets = selected
        case .failure(let error):
            Terminal.error(DiagnosticReport.text(error.diagnostics))
            throw ExitStatus.badInput
        }
        let loaded = loader.load(targets)
        return Lint(
            targets: targets.map { ReportTarget(stack: $0.entry.name, environment: $0.environment) },
            inputErrors: loaded.inputErrors,
            findings: loaded.findings
        )
    }

    /// Terraform JSON files, each read as one stack named by its path. Files of up to `sideBySideSize` bytes (the
    /// stacks of a cdktf.out) are linted side by side, one per core; a larger one alone, spreading itself over the
    /// cores, so that two large documents are never in memory at once. The findings are the same either way.
    func lintFiles() throws -> Lint {
        var files = ProjectFiles(root: FileManager.default.currentDirectoryPath)
        files.missingHint = "check the path; --tf-json paths are relative to the working directory"
        let today = try project.currentDay()
        let environment = environment ?? "unknown"
        var lint = Lint(targets: [], inputErrors: [], findings: [])
        StackLoader.prepareChecksInBackground()
        let paths = terraformFiles.flatMap { Self.expanded($0, environment: environment, into: &lint) }
        let folders = Self.byFolder(paths)
        let sideBySide = folders.indices.filter { folder in
            folders[folder].allSatisfy { path in
                path != "-" && FileSystem.size(of: path).map { $0 <= Self.sideBySideSize } == true
            }
        }
        // --var-file and --var, read once for every folder; the environment for `TF_VAR_NAME`.
        let processEnvironment = ProcessInfo.processInfo.environment
        let given = VariableFiles(given: variableFiles, assignments: variableValues, files: files)
        given.report(into: &lint, environment: environment)
        // The folders as findings name them: a module called from one of them is checked in this run.
        let lintedFolders = Set(paths.filter { $0 != "-" }.map { TerraformJSONInput.folder(of: Self.displayPath($0)) })
        var outcomes = [Lint?](repeating: nil, count: folders.count)
        let linted = ParallelMap.indices(sideBySide.count) { [files, processEnvironment, given] index in
            Self.lint(
                folders[sideBySide[index]],
                files: files,
                environment: environment,
                today: today,
                lintedFolders: lintedFolders,
                processEnvironment: processEnvironment,
                given: given
            )
        }
        for (index, outcome) in zip(sideBySide, linted) { outcomes[index] = outcome }
        for index in folders.indices where outcomes[index] == nil {
            outcomes[index] = Self.lint(
                folders[index],
                files: files,
                environment: environment,
                today: today,
                lintedFolders: lintedFolders,
                processEnvironment: processEnvironment,
                given: given
            )
        }
        for case let outcome? in outcomes {
            lint.targets += outcome.targets
            lint.inputErrors += outcome.inputErrors
            lint.notes += outcome.notes
            if lint.findings.isEmpty { lint.findings = outcome.findings } else { lint.findings += outcome.findings }
        }
        return lint
    }

    /// The largest file linted beside others (`lintFiles`): about 7,500 resources of the bench file's kind.
    static let sideBySideSize = 4 << 20

    /// The paths by the folder that holds them, each folder once, in the order the paths first name it: terraform
    /// reads the files of a folder as one configuration. Standard input (`-`) is a configuration of its own.
    static func byFolder(_ paths: [String]) -> [[String]] {
        var folders: [[String]] = []
        var position: [String: Int] = [:]
        for path in paths {
            guard path != "-" else {
                folders.append([path])
                continue
            }
            var trimmed = path
            while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
            let folder = TerraformJSONInput.folder(of: trimmed)
            if let index = position[folder] {
                folders[index].append(path)
            } else {
                position[folder] = folders.count
                folders.append([path])
            }
        }
        return folders
    }

    /// The Terraform JSON files of one folder (or standard input, `-`), each its own target. Files that are one
    /// configuration are linted as one (`TerraformJSONInput.module`); files that declare the same resource, such as
    /// a folder of separate examples, are linted each alone.
    static func lint(
        _ paths: [String],
        files: ProjectFiles,
        environment: String,
        today: CalendarDate,
        lintedFolders: Set<String> = [],
        processEnvironment: [String: String] = [:],
        given: VariableFiles = VariableFiles()
    ) -> Lint {
        var lint = Lint(targets: [], inputErrors: [], findings: [])
        let shown = paths.map { $0 == "-" ? standardInputName : displayPath($0) }
        // The values terraform gives the variables: the folder's variables files, then `given`, else their defaults.
        let variables = VariableFiles(
            folder: paths.first.flatMap { $0 == "-" ? nil : TerraformJSONInput.folder(of: $0) },
            files: files,
            environment: processEnvironment,
            given: given
        )
        variables.report(into: &lint, environment: environment)
        // A folder of many small files is read, and linted, on every core.
        let reads = ParallelMap.indices(paths.count) { index in
            Self.read(paths[index], shown: shown[index], files: files, environment: environment)
        }
        var inputs: [TerraformJSONInput] = []
        for (name, outcome) in zip(shown, reads) {
            lint.targets.append(ReportTarget(stack: name, environment: environment))
            switch outcome {
            case .success(let input): inputs.append(input)
            case .failure(let errors): lint.inputErrors += errors.diagnostics
            }
        }
        let module = TerraformJSONInput.module(inputs)
        if module == nil, let (address, files) = TerraformJSONInput.redeclaration(in: inputs) {
            lint.notes.append(
                "\(files[0]) and \(files[1]) both declare \(address), so the files of their folder are not one "
                    + "configuration (terraform would refuse them); each was linted on its own"
            )
        }
        let configurations = module.map { [$0] } ?? inputs
        let variableInputs = variables.inputs
        let linted = ParallelMap.indices(configurations.count) { index in
            var configuration = configurations[index]
            configuration.resolveReferences(variableInputs)
            configuration.index()
            return (configuration, configuration.lint(today: today, lintedFolders: lintedFolders))
        }
        for (configuration, findings) in linted {
            if configuration.resources.first?.document.leftDynamicBlocksToPlan == true {
                lint.notes.append(
                    "\(configuration.path): its dynamic blocks would generate more than \(DynamicBlocks.budget) "
                        + "values; those past that were read as known only at plan"
                )
            }
            // Taken whole when it is the first: a large file has too many findings to copy.
            if lint.findings.isEmpty { lint.findings = findings } else { lint.findings += findings }
            // Freeing a large file's index would only delay the exit.
            ReclaimedAtExit.keep(configuration)
        }
        return lint
    }

    /// One Terraform JSON file (or standard input, `-`), read and parsed.
    static func read(_ path: String, shown: String, files: ProjectFiles, environment: String)
        -> Result<TerraformJSONInput, DiagnosticError>
    {
        switch path == "-" ? files.readStandardInputUTF8(shown: shown) : files.readUTF8(path) {
        case .success(let bytes):
            do {
                return .success(try TerraformJSONInput(utf8: bytes, path: shown, environment: environment))
            } catch {
                return .failure(error)
            }
        case .failure(var diagnostic):
            diagnostic.stack = shown
            diagnostic.environment = environment
            return .failure(DiagnosticError([diagnostic]))
        }
    }

    /// A folder given to --tf-json stands for every `*.tf.json` file below it (`cdktf.out`, a Terraform module);
    /// one that holds none is an input error, as a missing file is.
    private static func expanded(_ path: String, environment: String, into lint: inout Lint) -> [String] {
        guard path != "-", FileSystem.kind(of: path) == .directory else { return [path] }
        let found = FileSystem.files(below: path, endingIn: ".tf.json")
        if found.isEmpty {
            let shown = displayPath(path)
            var diagnostic = FileDiagnostics.noTerraformJSON(inFolder: shown)
            diagnostic.stack = shown
            diagnostic.environment = environment
            lint.targets.append(ReportTarget(stack: shown, environment: environment))
            lint.inputErrors.append(diagnostic)
        }
        return found
    }

    /// `lint --tf-json a.json prod` reads `prod` as a file (the option takes every word up to the next option).
    /// A word after --tf-json that is no file but names an environment, or looks like one (no `.` or `/`), is
    /// reported as a misplaced environment rather than as an unreadable file.
    func misplacedEnvironment() -> Diagnostic? {
        let environments = Set(
            Deployments(catalog: StackCatalog.all, files: ProjectFiles(root: project.projectRoot)).allEnvironments
        )
        for word in terraformFiles where !word.isEmpty && word != "-" && FileSystem.kind(of: word) == .missing {
            guard environments.contains(word) || !(word.contains(".") || word.contains("/")) else { continue }
            let files = terraformFiles.filter { $0 != word }.joined(separator: " ")
            return Diagnostic(
                id: "CLI006",
                severity: .error,
                message: "`\(word)` after --tf-json is read as a file name, and there is no such file",
                hint:
                    "put the environment before the option: `infragen lint \(word) --tf-json \(files.isEmpty ? "FILE" : files)`"
            )
        }
        return nil
    }

    /// How findings name the JSON read from standard input (`--tf-json -`).
    static let standardInputName = "<stdin>"

    /// The path as findings show it: relative to the working directory when it lies below it, else as given.
    static func displayPath(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        guard trimmed.hasPrefix("/") else { return trimmed }
        let directory = FileManager.default.currentDirectoryPath
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return trimmed.hasPrefix(prefix) ? String(trimmed.dropFirst(prefix.count)) : trimmed
    }
}
