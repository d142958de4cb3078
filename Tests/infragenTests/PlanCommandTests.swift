import Foundation
import Testing

/// `infragen plan` end to end on the real aggregator render, offline, against the provider mirror; and terraform's
/// failures, which exit 3 with terraform's own message attributed to the stack.
@Suite(.serialized) struct PlanCommandTests {
    /// terraform on PATH and the mirror in INFRAGEN_TF_PLUGIN_DIR; required on CI, where these tests never skip.
    static var toolchainReady: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["CI"] == "true" { return true }
        let hasTerraform = (environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/terraform")
        }
        let mirror = environment["INFRAGEN_TF_PLUGIN_DIR"] ?? ""
        let ready =
            hasTerraform && !mirror.isEmpty
            && FileManager.default.fileExists(atPath: "\(mirror)/registry.terraform.io/hashicorp/aws")
        if !ready { print("skipping plan tests: terraform or INFRAGEN_TF_PLUGIN_DIR (the provider mirror) is absent") }
        return ready
    }

    let cli = CLITests()

    /// Runs infragen with extra environment variables and an empty terraform CLI config (no warnings).
    func infragen(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws
        -> CLITests.Run
    {
        let config = directory.appendingPathComponent("empty.tfrc")
        // Not `FileManager.createFile`, which leaves a /tmp/TemporaryDirectory.* behind on Linux.
        try Data().write(to: config)
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CLITests.childEnvironment(
            ["TF_CLI_CONFIG_FILE": config.path].merging(extra) { _, new in new }
        )
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test(.enabled(if: PlanCommandTests.toolchainReady))
    func plansTheAggregatorOfflineAndSummarises() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let summaryFile = project.appendingPathComponent("summary.md")
        let run = try infragen(
            [
                "plan", "prod", "--stack", "aggregator", "--offline", "--jobs", "2", "--format", "json", "--summary",
                summaryFile.path,
                "--today", "2026-11-23",
            ],
            in: project
        )
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let stacks = try #require(report["stacks"] as? [[String: Any]])
        #expect(stacks.map { $0["stack"] as? String } == ["aggregator"])
        let counts = try #require(stacks.first?["counts"] as? [String: Int])
        #expect(counts == ["add": 95, "change": 0, "replace": 0, "destroy": 0])
        #expect((report["failures"] as? [Any])?.isEmpty == true)
        // stderr is not a terminal here: plain progress lines.
        #expect(run.stderr.contains("plan: prod/aggregator: terraform init\n"))
        #expect(run.stderr.contains("plan: prod/aggregator: 95 to add, 0 to change, 0 to replace, 0 to destroy\n"))
        let folder = project.appendingPathComponent("out/prod/aggregator")
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("zz_offline_override.tf.json").path)
        )
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("infragen.tfplan").path))
        let markdown = try String(contentsOf: summaryFile, encoding: .utf8)
        #expect(markdown.hasPrefix("## infragen plan: `prod`\n"))
        #expect(markdown.contains("| `aggregator` | 95 | 0 | 0 | 0 |"))

        // The plan's working files are not orphans for `render --check`.
        let check = try infragen(
            ["render", "prod", "--stack", "aggregator", "--check", "--today", "2026-11-23"],
            in: project
        )
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test(.enabled(if: PlanCommandTests.toolchainReady))
    func terraformFailureExits3WithTerraformsMessage() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let emptyMirror = project.appendingPathComponent("no-providers")
        try FileManager.default.createDirectory(at: emptyMirror, withIntermediateDirectories: true)
        let run = try infragen(
            ["plan", "prod", "--offline", "--today", "2026-11-23"],
            in: project,
            environment: ["INFRAGEN_TF_PLUGIN_DIR": emptyMirror.path]
        )
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("error[PLAN002]: prod/aggregator: terraform init failed:"))
        #expect(run.stderr.contains("Failed to query available provider packages"))
        #expect(run.stdout.contains("prod/aggregator: terraform init failed"))
    }

    @Test func missingTerraformExits3() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try infragen(
            ["plan", "prod", "--today", "2026-11-23"],
            in: project,
            environment: ["PATH": "/nonexistent"]
        )
        #expect(run.status == 3)
        #expect(run.stderr.contains("error[PLAN003]: terraform is not on PATH"))
    }

    @Test func jobsMustBePositive() throws {
        let run = try cli.infragen(["plan", "prod", "--jobs", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--jobs must be at least 1"))
    }
}
