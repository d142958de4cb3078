import Foundation
import Testing

/// `render --check` fails on orphans as well as on stale files, and its JSON says which files are which.
@Suite(.serialized) struct RenderCheckTests {
    let cli = CLITests()

    @Test func orphansFailTheCheckAndAreListedInJSON() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try cli.infragen(["render", "prod", "--today", "2026-11-23"], in: project).status == 0)
        let out = project.appendingPathComponent("out/prod")
        for path in [
            "aggregator/old.tf.json", "removed/main.tf.json", "aggregator/.terraform/x", "aggregator/a.tfplan",
        ] {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data("{}".utf8).write(to: url)
        }
        let text = try cli.infragen(["render", "prod", "--check", "--today", "2026-11-23"], in: project)
        #expect(text.status == 1)
        #expect(
            text.stderr.contains("orphaned: out/prod/aggregator/old.tf.json\norphaned: out/prod/removed/main.tf.json\n")
        )
        #expect(!text.stderr.contains(".terraform") && !text.stderr.contains("a.tfplan"))
        #expect(text.stderr.contains("2 file(s) would not be written by one"))

        try cli.edit(project.appendingPathComponent("out/prod/aggregator/main.tf.json")) { $0 + " " }
        let json = try cli.infragen(
            ["render", "prod", "--check", "--format", "json", "--today", "2026-11-23"],
            in: project
        )
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let check = try #require(report["check"] as? [String: Any])
        #expect(check["stale"] as? [String] == ["out/prod/aggregator/main.tf.json"])
        #expect(check["orphaned"] as? [String] == ["out/prod/aggregator/old.tf.json", "out/prod/removed/main.tf.json"])
        #expect(check["up_to_date"] as? Bool == false)
        #expect(report["findings"] is [Any])

        // With --stack, only that stack's folder is checked.
        let scoped = try cli.infragen(
            ["render", "prod", "--check", "--stack", "aggregator", "--today", "2026-11-23"],
            in: project
        )
        #expect(!scoped.stderr.contains("removed/main.tf.json"))
    }
}
