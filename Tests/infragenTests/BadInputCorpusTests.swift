import Foundation
import Testing

/// Every case of `BadInputCorpus` against the real executable, each in its own scratch copy of the project: the
/// documented exit code, a message naming the file and place, no crash, no hang, and nothing written.
@Suite struct BadInputCorpusTests {
    @Test func theCorpusIsLargeAndItsNamesAreUnique() {
        #expect(BadInputCorpus.all.count >= 150)
        #expect(Set(BadInputCorpus.all.map(\.name)).count == BadInputCorpus.all.count)
    }

    @Test(arguments: BadInputCorpus.all)
    func badInputIsADiagnosticAndWritesNothing(_ input: BadInput) throws {
        let project = try CLITests().scratchProject()
        defer {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755],
                ofItemAtPath: project.appendingPathComponent("out").path
            )
            try? FileManager.default.removeItem(at: project)
        }
        try input.prepare(project)
        let before = CLIProcess.snapshot(project)

        let run = try CLIProcess.run(input.arguments, in: project)

        // One issue per case, naming every broken promise, keeps a failing corpus readable.
        var problems: [String] = []
        if run.timedOut { problems.append("hung: killed after \(Int(run.seconds)) s") }
        if !run.exited { problems.append("crashed with signal \(run.status)") }
        if run.status != input.status { problems.append("exit \(run.status), expected \(input.status)") }
        for fragment in input.expected where !run.output.contains(fragment) {
            problems.append("no `\(fragment)`")
        }
        if run.output.contains("Fatal error") { problems.append("trapped") }
        if run.output.contains("NSCocoaErrorDomain") { problems.append("leaked a Foundation error") }
        if CLIProcess.snapshot(project) != before { problems.append("wrote to the project") }
        if !problems.isEmpty {
            Issue.record("CORPUS \(input.name): \(problems.joined(separator: "; ")) || \(run.output.prefix(400))")
        }
    }
}
