import Foundation
import Testing

/// Rendered files and reports are the same bytes wherever the project lies and whatever the locale and time zone:
/// a CI runner and a laptop in Auckland must produce the diff a reviewer already read. (Where the binary was built is
/// covered too: CI builds a clean clone at another path, and the goldens must still match.)
@Suite struct OutputIndependenceTests {
    let cli = CLITests()

    /// Every file below `folder`, by path relative to it.
    func files(below folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return found
    }

    /// What a user sees from one project: the rendered files, and the JSON, SARIF and text reports of `lint`.
    func everything(in project: URL, environment: [String: String]) throws -> [String: Data] {
        let today = ["--today", "2026-11-23"]
        let render = try cli.infragen(["render", "prod"] + today, in: project, environment: environment)
        #expect(render.status == 0, "\(render.stderr)")
        var seen = try files(below: project.appendingPathComponent("out"))
        for format in ["json", "sarif", "text"] {
            let lint = try cli.infragen(
                ["lint", "prod", "--format", format] + today,
                in: project,
                environment: environment
            )
            seen["lint \(format)"] = Data((lint.stdout + lint.stderr).utf8)
        }
        seen["render stdout"] = Data(render.stdout.utf8)
        return seen
    }

    @Test func sameBytesWhateverThePathLocaleAndTimeZone() throws {
        let plain = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: plain) }
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("infragen path with spaces ünïcödé \(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let odd = parent.appendingPathComponent("stacks")  // a folder named like the project's own, one level up
            .appendingPathComponent("project")
        try FileManager.default.createDirectory(at: odd.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: plain, to: odd)

        let expected = try everything(in: plain, environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        let seen = try everything(
            in: odd,
            // UTC+14, a locale with a dotless i and decimal commas.
            environment: ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"]
        )
        #expect(expected.keys.sorted() == seen.keys.sorted())
        #expect(expected.keys.filter { $0.hasSuffix("/main.tf.json") }.count == 5, "\(expected.keys.sorted())")
        for (name, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(seen[name] == bytes, "\(name) differs")
        }
    }
}
