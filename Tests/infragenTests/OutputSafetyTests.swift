import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `render` promises about the disk: a failed or concurrent render leaves the previous output as it was,
/// leftovers of an interrupted run are cleaned up, and the project is found from a subdirectory.
@Suite struct OutputSafetyTests {
    let cli = CLITests()
    static let render = ["render", "prod", "--today", "2026-11-23"]
    static let main = "out/prod/aggregator/main.tf.json"

    func rendered() throws -> URL {
        let project = try cli.scratchProject()
        let first = try CLIProcess.run(Self.render, in: project)
        #expect(first.status == 0, "\(first.stderr)")
        return project
    }

    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func aRenderLeavesNoLockOrTemporaryFilesBehind() throws {
        let project = try rendered()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(names(in: project.appendingPathComponent("out")) == ["prod"])
        #expect(
            names(in: project.appendingPathComponent("out/prod/aggregator"))
                == ["main.tf.json", "stopped_task_monitor.zip", "versions.tf"]
        )
    }

    @Test func aHeldLockStopsASecondRenderWithAClearMessage() throws {
        let project = try rendered()
        defer { try? FileManager.default.removeItem(at: project) }
        let before = try Data(contentsOf: project.appendingPathComponent(Self.main))
        try cli.edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "instances: 2", with: "instances: 3")
        }
        // Another render holds the lock: this process takes it the way infragen does.
        let lockPath = project.appendingPathComponent("out/.infragen.lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        _ = "4242\n".withCString { write(descriptor, $0, 5) }

        let blocked = try CLIProcess.run(Self.render, in: project)
        #expect(blocked.status == 2)
        #expect(
            blocked.stderr.contains(
                "out/.infragen.lock: error[IO005]: another infragen run is writing this folder (process 4242)"
            )
        )
        #expect(blocked.stderr.contains("hint: wait for it to finish and run again"))
        #expect(try Data(contentsOf: project.appendingPathComponent(Self.main)) == before, "output untouched")

        flock(descriptor, LOCK_UN)
        let after = try CLIProcess.run(Self.render, in: project)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try Data(contentsOf: project.appendingPathComponent(Self.main)) != before)
    }

    @Test func aFailedWriteLeavesThePreviousOutputWhole() throws {
        let project = try rendered()
        defer { try? FileManager.default.removeItem(at: project) }
        let folder = project.appendingPathComponent("out/prod/aggregator")
        let before = try Data(contentsOf: project.appendingPathComponent(Self.main))
        try cli.edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "instances: 2", with: "instances: 3")
        }
        // The second file cannot be written: main.tf.json, which would change, must not change either.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("stopped_task_monitor.zip"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("stopped_task_monitor.zip/blocker"),
            withIntermediateDirectories: true
        )
        let run = try CLIProcess.run(Self.render, in: project)
        #expect(run.status == 2)
        #expect(run.stderr.contains("out/prod/aggregator/stopped_task_monitor.zip: error[IO003]"))
        #expect(run.stderr.contains("previous output left as it was"))
        #expect(try Data(contentsOf: project.appendingPathComponent(Self.main)) == before)
        #expect(names(in: folder) == ["main.tf.json", "stopped_task_monitor.zip", "versions.tf"], "no temporary file is left")
    }

    @Test func leftoversOfAnInterruptedRenderAreRemoved() throws {
        let project = try rendered()
        defer { try? FileManager.default.removeItem(at: project) }
        let folder = project.appendingPathComponent("out/prod/aggregator")
        try Data("half a fi".utf8).write(to: folder.appendingPathComponent(".main.tf.json.infragen-tmp-99999"))
        try cli.edit(project.appendingPathComponent("stacks/aggregator/prod.yaml")) {
            $0.replacingOccurrences(of: "instances: 2", with: "instances: 3")
        }
        let run = try CLIProcess.run(Self.render, in: project)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(names(in: folder) == ["main.tf.json", "stopped_task_monitor.zip", "versions.tf"])
    }

    @Test func theProjectIsFoundFromASubdirectory() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try Data("// marker\n".utf8).write(to: project.appendingPathComponent("Package.swift"))
        let run = try CLIProcess.run(Self.render, in: project.appendingPathComponent("stacks/aggregator"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("infragen: using the project at ../..\n"))
        #expect(run.stdout.contains("wrote     out/prod/aggregator/main.tf.json"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(Self.main).path))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("stacks/aggregator/out").path))
    }

    @Test func theSummaryLineAlwaysCountsNotes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-sum-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"resource": {"aws_sqs_queue": {"q": {"name": "q", "sqs_managed_sse_enabled": true}}}}"#.utf8)
            .write(to: folder.appendingPathComponent("q.tf.json"))
        for format in ["text", "github"] {
            let run = try CLIProcess.run(["lint", "--tf-json", "q.tf.json", "--format", format], in: folder)
            let last = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last.hasPrefix("infragen: "), "\(format): \(run.stdout)")
            #expect(last.contains(" notes, ") || last.contains(" note, "), "\(format): \(last)")
        }
    }

    /// Every help screen fits 80 columns (the usage line excepted, which ArgumentParser never wraps).
    @Test(arguments: [[], ["render"], ["lint"], ["list"], ["rules"], ["explain"]])
    func helpFitsEightyColumns(_ command: [String]) throws {
        let run = try CLIProcess.run(command + ["--help"], in: CLITests.root)
        #expect(run.status == 0)
        let long = run.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
        #expect(long.isEmpty, "\(long)")
    }
}
