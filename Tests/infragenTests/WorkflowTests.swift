import Foundation
import Testing
import Yams

/// `.github/workflows/infragen.yml` is valid YAML, runs on pull requests and on main, and calls only infragen
/// commands and options that exist: every `infragen <command> --option` in a `run:` step is checked against the
/// built executable's own `--help`.
@Suite struct WorkflowTests {
    static let path = ".github/workflows/infragen.yml"

    let cli = CLITests()

    func workflow() throws -> [String: Any] {
        let text = try String(contentsOf: CLITests.root.appendingPathComponent(Self.path), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// Every `run:` script, by job.
    func scripts() throws -> [String: [String]] {
        let jobs = try #require(try workflow()["jobs"] as? [String: Any])
        var scripts: [String: [String]] = [:]
        for (name, job) in jobs {
            let steps = (job as? [String: Any])?["steps"] as? [[String: Any]] ?? []
            scripts[name] = steps.compactMap { $0["run"] as? String }
        }
        return scripts
    }

    /// `(command, options)` for every infragen invocation in a script.
    static func invocations(in script: String) -> [(command: String, options: [String])] {
        let words = script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var found: [(String, [String])] = []
        for (index, word) in words.enumerated() where word.hasSuffix("infragen") && index + 1 < words.count {
            let command = words[index + 1]
            var options: [String] = []
            for next in words[(index + 2)...] {
                if next.hasSuffix("infragen") || next == "|" || next == ">" || next == ";" || next == "do" { break }
                if next.hasPrefix("--") { options.append(next) }
            }
            found.append((command, options))
        }
        return found
    }

    @Test func runsOnPullRequestsAndMain() throws {
        let workflow = try workflow()
        // YAML 1.1 reads a bare `on` as true; Yams keeps it as the string "on".
        let triggers = try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
        #expect(triggers.keys.contains("pull_request"))
        #expect(((triggers["push"] as? [String: Any])?["branches"] as? [String]) == ["main"])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["build", "check", "checkov", "plan"])
        // The plan runs on main too; the PR-only jobs say so.
        #expect((jobs["plan"] as? [String: Any])?["if"] == nil)
        #expect((jobs["check"] as? [String: Any])?["if"] as? String == "github.event_name == 'pull_request'")
    }

    @Test func callsOnlyInfragenCommandsAndOptionsThatExist() throws {
        var seen: Set<String> = []
        for (job, scripts) in try scripts() {
            for script in scripts {
                for invocation in Self.invocations(in: script) {
                    seen.insert(invocation.command)
                    let help = try cli.infragen([invocation.command, "--help"])
                    #expect(help.status == 0, "job \(job): `infragen \(invocation.command)` is not a command")
                    for option in invocation.options {
                        #expect(
                            help.stdout.contains(option),
                            "job \(job): `infragen \(invocation.command)` has no option \(option)"
                        )
                    }
                }
            }
        }
        #expect(seen == ["list", "render", "lint", "waivers", "plan"])
    }

    @Test func theMatrixComesFromInfragenList() throws {
        let build = try #require(try scripts()["build"])
        #expect(build.contains { $0.contains(".build/release/infragen list --format json") })
        let plan = try #require(try scripts()["plan"]).joined(separator: "\n")
        #expect(plan.contains("--summary \"$GITHUB_STEP_SUMMARY\""))
    }
}
