import Foundation
import Testing

/// The `infragen` executable as a user runs it: exit codes, what is printed, what is (not) written.
@Suite(.serialized) struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built executable, next to the test bundle.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("infragen")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return root.appendingPathComponent(".build/debug/infragen")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// This process's environment for an infragen it runs, with `extra` set, and without the colour variables: a
    /// developer's own `CLICOLOR_FORCE` would colour the findings the assertions read, and `swift test` may set
    /// `NO_COLOR`; a test about colour sets them itself.
    static func childEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var inherited = ProcessInfo.processInfo.environment
        inherited["CLICOLOR_FORCE"] = nil
        inherited["NO_COLOR"] = nil
        return inherited.merging(extra) { _, new in new }
    }

    /// Runs infragen; `input` is a file given to it as standard input (none by default), and `environment` sets or
    /// replaces variables of this process's environment (`childEnvironment`).
    func infragen(
        _ arguments: [String],
        in directory: URL = CLITests.root,
        input: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.childEnvironment(environment)
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    /// A scratch copy of the project's inputs (serverList.json and every stack's environment files) that a test may
    /// break.
    func scratchProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-cli-\(UUID().uuidString)")
        // Every stack's settings, so `render <env>` sees the whole catalogue, as in the repository.
        var paths = ["serverList.json"]
        let stacksRoot = Self.root.appendingPathComponent("stacks")
        for stack in try FileManager.default.contentsOfDirectory(atPath: stacksRoot.path).sorted() {
            let files =
                (try? FileManager.default.contentsOfDirectory(atPath: stacksRoot.appendingPathComponent(stack).path))
                ?? []
            for file in files.sorted() where file.hasSuffix(".yaml") { paths.append("stacks/\(stack)/\(file)") }
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("stacks/\(stack)"),
                withIntermediateDirectories: true
            )
        }
        for path in paths {
            try FileManager.default.copyItem(
                at: Self.root.appendingPathComponent(path),
                to: folder.appendingPathComponent(path)
            )
        }
        return folder
    }

    func edit(_ file: URL, _ transform: (String) -> String) throws {
        // Not atomically: Foundation on Linux leaves a /tmp/TemporaryDirectory.* behind for every atomic write.
        try transform(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: false, encoding: .utf8)
    }

    @Test func rendersWritesAndThenLeavesUnchangedFilesAlone() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try infragen(["render", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("wrote     out/prod/aggregator/main.tf.json (95 resources"))
        #expect(first.stdout.contains("wrote     out/prod/aggregator/stopped_task_monitor.zip"))
        let golden = try Data(
            contentsOf: Self.root.appendingPathComponent("Tests/StacksTests/Golden/aggregator/prod/main.tf.json")
        )
        #expect(try Data(contentsOf: project.appendingPathComponent("out/prod/aggregator/main.tf.json")) == golden)
        #expect(first.stderr.contains("infragen: 0 errors, 0 warnings, 12 notes, 2 waived"))

        let second = try infragen(["render", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project)
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged out/prod/aggregator/main.tf.json"))
    }

    @Test func checkPassesOnFreshOutputAndFailsOnStaleOutput() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let missing = try infragen(
            ["render", "prod", "--check", "--stack", "aggregator", "--today", "2026-11-23"],
            in: project
        )
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("stale: out/prod/aggregator/main.tf.json"))
        #expect(
            !FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path),
            "--check must write nothing"
        )

        #expect(
            try infragen(["render", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project).status == 0
        )
        let fresh = try infragen(
            ["render", "prod", "--check", "--stack", "aggregator", "--today", "2026-11-23"],
            in: project
        )
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stderr.contains("up to date: 1 stack(s) in out/prod"))

        try edit(project.appendingPathComponent("out/prod/aggregator/main.tf.json")) {
            $0.replacingOccurrences(of: "t3a.small", with: "t3a.large")
        }
        let stale = try infragen(
            ["render", "prod", "--check", "--stack", "aggregator", "--today", "2026-11-23"],
            in: project
        )
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("stale: out/prod/aggregator/main.tf.json"))
        #expect(stale.stderr.contains("1 file(s) differ from a fresh render; run `infragen render prod`"))
    }

    @Test func unknownEnvironmentListsTheKnownOnes() throws {
        let run = try infragen(["render", "staging"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error[CLI001]: unknown environment `staging`\n  hint: known environments: "))
        #expect(run.stderr.contains("prod"))
    }

    @Test func unknownStackListsTheKnownOnes() throws {
        let run = try infragen(["render", "prod", "--stack", "nope"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error[CLI002]: unknown stack `nope`\n  hint: known stacks: aggregator, "))
        for stack in ["aldea", "dispatcher", "mediamind", "revendiste"] { #expect(run.stderr.contains(stack)) }
    }

    /// With bad input in one stack, the other stacks' notes would bury the error; the terminal shows the error alone.
    @Test func badInputIsShownWithoutTheOtherStacksFindings() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "instances: 2", with: "instances: two")
        }
        let run = try infragen(["render", "prod"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("stacks/aggregator/prod.yaml:40:14: error[YAML003]"), "\(run.stderr)")
        #expect(!run.stderr.contains("note["), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("infragen: bad input; nothing written\n"))
    }

    /// An empty VPC range gets the range's own message, not the decoder's generic one about empty strings.
    @Test func anEmptyNetworkRangeSaysWhatARangeIs() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "cidr: 10.40.0.0/16", with: "cidr: \"\"")
        }
        let run = try infragen(["render", "prod", "--stack", "aggregator"], in: project)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "stacks/aggregator/prod.yaml:19:9: error[YAML005]: an empty value is not an IPv4 range: write a /16 to /20, e.g. `10.0.0.0/16`"
            ),
            "\(run.stderr)"
        )
    }

    @Test func badSettingsAreReportedWithLineAndColumnAndNothingIsWritten() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "instances: 2", with: "instances: two")
                .replacingOccurrences(of: "log_retention_days: 30", with: "log_retention_days: 30\nlog_retension: 5")
        }
        let run = try infragen(["render", "prod", "--stack", "aggregator"], in: project)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "stacks/aggregator/prod.yaml:40:14: error[YAML003]: expected an integer, found the string \"two\""
            )
        )
        #expect(run.stderr.contains("stacks/aggregator/prod.yaml:63:1: error[YAML002]: unknown key `log_retension`"))
        #expect(run.stderr.hasSuffix("infragen: bad input; nothing written\n"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path))
    }

    @Test func badServerListIsReportedAtTheElement() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try edit(project.appendingPathComponent("serverList.json")) {
            $0.replacingOccurrences(
                of: "\"https://texasoklahomana.org/main_server/\"",
                with: "\"http://texasoklahomana.org/main_server\""
            )
        }
        let run = try infragen(["render", "prod", "--stack", "aggregator"], in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("serverList.json:3:"))
        #expect(run.stderr.contains("error[SRV008]: [1].url must start with \"https://\""))
    }

    @Test func expiredWaiversBlockTheRender() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try infragen(["render", "prod", "--stack", "aggregator", "--today", "2027-07-01"], in: project)
        #expect(run.status == 1)
        #expect(run.stderr.contains("stacks/aggregator/Aggregator.swift:"))
        #expect(run.stderr.contains("error[POL001]: aws_db_instance.main: waiver of RDS003 expired on 2027-06-30"))
        #expect(run.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path))
    }

    @Test func waiversInTheEnvironmentFileAreCheckedWhereTheyAreWritten() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0 + """

                waivers:
                  - rule: RDS001
                    resource: aws_db_instance.main
                    reason: nothing to waive here
                    expires: 2026-12-31
                  - rule: ELB001
                    resource: aws_lb.main
                    reason: limits cannot be waived
                    expires: 2026-12-31

                """
        }
        let run = try infragen(["render", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "stacks/aggregator/prod.yaml:65:5: warning[POL004]: waiver of RDS001 matches no finding"
            )
        )
        #expect(
            run.stderr.contains("stacks/aggregator/prod.yaml:69:5: error[POL002]: aws_lb.main: ELB001 cannot be waived")
        )

        try edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "expires: 2026-12-31", with: "expires: 31.12.2026")
        }
        let malformed = try infragen(["render", "prod", "--stack", "aggregator"], in: project)
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("error[YAML005]: `31.12.2026` is not a date written YYYY-MM-DD"))
    }

    @Test func missingSettingsFileIsBadInput() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.removeItem(at: project.appendingPathComponent("stacks/aggregator/prod.yaml"))
        let run = try infragen(["render", "prod", "--stack", "aggregator"], in: project)
        #expect(run.status == 2)
        // Environments are settings files: without prod.yaml, the aggregator is not deployed to prod.
        #expect(run.stderr.contains("error[CLI003]: no selected stack is deployed to `prod`"))
        #expect(run.stderr.contains("aggregator: no settings files; add stacks/<stack>/prod.yaml"))
    }

    @Test func jsonFormatPutsSortedFindingsOnStdout() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try infragen(
            ["render", "prod", "--check", "--stack", "aggregator", "--format", "json", "--today", "2026-11-23"],
            in: project
        )
        // The same document as `lint --format json`: {"findings": [...], "summary": {...}}.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect((report["summary"] as? [String: Int])?["waived"] == 2)
        let waived = findings.filter { $0["waiver"] is String }
        #expect(waived.map { $0["id"] as? String } == ["RDS003", "ELB004"])
        #expect(findings.allSatisfy { $0["severity"] as? String == "note" || $0["waiver"] is String })
        #expect(run.stderr.contains("stale: out/prod/aggregator/main.tf.json"))
    }

    @Test func listPrintsAMatrix() throws {
        let text = try infragen(["list"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("aggregator  prod  BMLT aggregator"))
        let json = try infragen(["list", "--format", "json"])
        let matrix = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(matrix.first == ["environment": "prod", "stack": "aggregator"])
        #expect(matrix.contains(["environment": "dev", "stack": "dispatcher"]))
        #expect(matrix.contains(["environment": "prod", "stack": "revendiste"]))
    }

    @Test func usageErrorsExitWith64() throws {
        let run = try infragen(["render"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing expected argument '<environment>'"))
    }

    /// A `--today` that is no date is refused as the command line is read, with the usage of the command it was
    /// given to, and nothing is rendered.
    @Test(arguments: [["render", "prod", "--today", "31/01/2026"], ["lint", "prod", "--today=tomorrow"]])
    func aTodayThatIsNoDateIsAUsageErrorOfItsCommand(_ arguments: [String]) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-today-\(UUID().uuidString)")
        let run = try infragen(arguments + (arguments[0] == "render" ? ["--out", out.path] : []))
        #expect(run.status == 64)
        #expect(run.stderr.contains("Error: --today must be YYYY-MM-DD"))
        #expect(run.stderr.contains("Usage: infragen \(arguments[0]) "), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func helpTeachesAndVersionPrints() throws {
        let help = try infragen(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("infragen render prod --check"))
        #expect(help.stdout.contains("Exit codes: 0 success"))
        let version = try infragen(["--version"])
        #expect(version.stdout == "0.1.0\n")
    }

    @Test func explainPrintsARuleAndRejectsUnknownOnes() throws {
        let known = try infragen(["explain", "rds001"])
        #expect(known.status == 0)
        #expect(known.stdout.hasPrefix("RDS001: RDS instances are not publicly accessible\n"))
        #expect(known.stdout.contains("checkov: CKV_AWS_17"))
        let unknown = try infragen(["explain", "XYZ999"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error[CLI004]: unknown rule `XYZ999`"))
        let rules = try infragen(["rules"])
        #expect(rules.stdout.contains("ELB001  error    limits    Load balancer names fit AWS's rules (not waivable)"))
        // A message id that is not a rule is explained too.
        let message = try infragen(["explain", "tfj006"])
        #expect(message.status == 0)
        #expect(message.stdout.hasPrefix("TFJ006: a message of infragen, not a policy rule\n"))
        #expect(message.stdout.contains("from: Terraform JSON (--tf-json) · severity: note"))
    }
}
