import Foundation
import Testing

/// `infragen waivers` and `infragen diff` as a user runs them on the repository's own stacks.
@Suite(.serialized) struct WaiversAndDiffCommandTests {
    let cli = CLITests()

    @Test func waiversListsTheAggregatorsDecisions() throws {
        let run = try cli.infragen(["waivers", "--today", "2026-11-23"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("stacks/aggregator/Aggregator.swift:"))
        #expect(run.stdout.contains("prod/aggregator: RDS003 on aws_db_instance.main until 2027-06-30 (219 days left)"))
        #expect(run.stdout.contains("ELB004 on aws_lb.main"))
        let soon = try cli.infragen(["waivers", "prod", "--expiring-within", "30", "--today", "2026-11-23"])
        #expect(soon.stdout.hasPrefix("No waiver expires within 30 days; the soonest of the "), "\(soon.stdout)")
        #expect(soon.stdout.hasSuffix(" waivers expires on 2027-06-30 (219 days left).\n"), "\(soon.stdout)")
    }

    @Test func waiversExportACheckovBaselineForOneStack() throws {
        let run = try cli.infragen([
            "waivers", "prod", "--stack", "aggregator", "--format", "checkov", "--today", "2026-11-23",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let baseline = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(baseline["failed_checks"] as? [[String: Any]])
        #expect(files.first?["file"] as? String == "/main.tf.json")
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                $0["resource"] as? String == "aws_lb.main" && $0["check_ids"] as? [String] == ["CKV2_AWS_28"]
            }
        )
        #expect(try cli.infragen(["waivers", "--format", "checkov"]).status == 64)
        let skip = try cli.infragen(["waivers", "prod", "--stack", "aggregator", "--format", "checkov-skip"])
        #expect(skip.status == 0, "\(skip.stderr)")
        let ids = Set(skip.stdout.dropLast().split(separator: ",").map(String.init))
        #expect(ids.isSuperset(of: ["CKV_AWS_338", "CKV2_AWS_57", "CKV2_AWS_28"]), "\(ids.sorted())")
        #expect(try cli.infragen(["waivers", "--format", "checkov-skip"]).status == 64)
    }

    @Test func diffAgainstAnEarlierRenderNamesChangedAttributes() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(
            try cli.infragen(["render", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project).status
                == 0
        )
        let same = try cli.infragen(["diff", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout == "aggregator (out/prod → render): 0 added, 0 changed, 0 removed\n")

        try cli.edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "t3a.small", with: "t3a.large")
        }
        let changed = try cli.infragen(
            ["diff", "prod", "--against", "out", "--format", "json", "--today", "2026-11-23"],
            in: project
        )
        #expect(changed.status == 0, "\(changed.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any])
        let stack = try #require((report["stacks"] as? [[String: Any]])?.first)
        let entries = try #require(stack["entries"] as? [[String: Any]])
        #expect(entries.map { $0["address"] as? String } == ["aws_launch_template.hosts"])
        let attribute = try #require((entries.first?["attributes"] as? [[String: Any]])?.first)
        #expect(attribute["path"] as? String == "instance_type")
        #expect(attribute["after"] as? String == "\"t3a.large\"")
    }

    @Test func diffAgainstAGitRevisionReadsItsCommittedOutput() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try cli.infragen(["render", "prod", "--today", "2026-11-23"], in: project).status == 0)
        for arguments in [
            ["init", "-q"], ["add", "-A"],
            ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rendered"],
        ] {
            let git = try HelperProcess.run("/usr/bin/env", ["git"] + arguments, in: project)
            try #require(git.status == 0, "git \(arguments): \(git.output)")
        }
        try cli.edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "t3a.small", with: "t3a.large")
        }
        let run = try cli.infragen(["diff", "prod", "--against", "HEAD", "--today", "2026-11-23"], in: project)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("aggregator (HEAD → render): 0 added, 1 changed, 0 removed\n"))
        #expect(run.stdout.contains("instance_type: \"t3a.small\" → \"t3a.large\""))
    }

    @Test func diffOfTwoEnvironmentsNeedsOneStackAndAKnownRevision() throws {
        #expect(try cli.infragen(["diff", "prod", "prod"]).status == 64)
        let same = try cli.infragen(["diff", "prod", "prod", "--stack", "aggregator", "--today", "2026-11-23"])
        #expect(same.stdout == "aggregator (prod → prod): 0 added, 0 changed, 0 removed\n")
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let unknown = try cli.infragen(
            ["diff", "prod", "--against", "no-such-ref", "--today", "2026-11-23"],
            in: project
        )
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error[DIFF001]: `no-such-ref` is neither a folder nor a git revision"))
    }
}

/// Runs a helper program (git) for a test; returns its status and combined output.
enum HelperProcess {
    static func run(_ program: String, _ arguments: [String], in directory: URL) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
