import Foundation
import InfraCore
import Stacks
import Testing

/// Every stack × environment is compared byte for byte with its golden `main.tf.json` and its findings (`lint.txt`).
/// `INFRAGEN_RECORD=1` (`make golden`) re-records them; a recording run still fails, and CI never records.
@Suite struct StackGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["INFRAGEN_RECORD"] == "1"

    @Test(arguments: TestSupport.targets)
    func renderMatchesGolden(target: String) throws {
        let (entry, environment) = try TestSupport.entry(target)
        let outcome = try TestSupport.outcome(entry, environment)
        #expect(outcome.inputErrors.isEmpty, "\(outcome.inputErrors)")
        let rendered = try #require(outcome.rendered)
        let main = String(decoding: try #require(rendered.files.first).bytes, as: UTF8.self)
        let findings = outcome.findings.map(\.description).joined(separator: "\n") + "\n"
        try compare(main, golden: "\(entry.name)/\(environment)/main.tf.json")
        try compare(findings, golden: "\(entry.name)/\(environment)/lint.txt")
    }

    private func compare(_ actual: String, golden path: String) throws {
        let url = TestSupport.goldenRoot.appendingPathComponent(path)
        if Self.recording {
            #expect(!TestSupport.isCI, "goldens are never recorded on CI")
            guard !TestSupport.isCI else { return }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); review the diff and re-run without INFRAGEN_RECORD")
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden at Tests/StacksTests/Golden/\(path); run `make golden` to record it")
            return
        }
        if expected != actual {
            Issue.record(
                "rendered output differs from Tests/StacksTests/Golden/\(path) (re-record with `make golden` if intended):\n\(TestSupport.diff(expected: expected, actual: actual))"
            )
        }
    }
}
