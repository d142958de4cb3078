import Foundation
import Testing

/// One case of the bad-input corpus: a way to break a scratch copy of the project (or the command line), and what
/// infragen must answer: the exit code and fragments of the message (file, line and column where there are some).
struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var status: Int32
    /// Every fragment must appear in stderr or stdout.
    var expected: [String]
    /// Changes the scratch project before the run.
    var prepare: @Sendable (URL) throws -> Void

    var testDescription: String { name }

    init(
        _ name: String,
        _ arguments: [String],
        status: Int32 = 2,
        expect expected: [String],
        prepare: @escaping @Sendable (URL) throws -> Void = { _ in }
    ) {
        self.name = name
        self.arguments = arguments
        self.status = status
        self.expected = expected
        self.prepare = prepare
    }

    static let settingsPath = "stacks/aggregator/prod.yaml"
    static let render = ["render", "prod", "--today", "2026-11-23"]

    /// The project's own settings file, read once.
    static let settings: String = {
        (try? String(contentsOf: CLITests.root.appendingPathComponent(settingsPath), encoding: .utf8)) ?? ""
    }()

    static let serverList: String = {
        (try? String(contentsOf: CLITests.root.appendingPathComponent("serverList.json"), encoding: .utf8)) ?? ""
    }()

    static func write(_ bytes: [UInt8], to relative: String, in project: URL) throws {
        let url = project.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Settings text replaced as a whole; `render prod` must fail with exit 2.
    static func yaml(_ name: String, _ text: String, expect: [String], status: Int32 = 2) -> BadInput {
        BadInput(name, render, status: status, expect: expect) { project in
            try write(Array(text.utf8), to: settingsPath, in: project)
        }
    }

    /// The settings with one substitution.
    static func yaml(_ name: String, replace old: String, with new: String, expect: [String]) -> BadInput {
        yaml(name, settings.replacingOccurrences(of: old, with: new), expect: expect)
    }

    /// The settings with text appended.
    static func yaml(_ name: String, appending extra: String, expect: [String]) -> BadInput {
        yaml(name, settings + extra, expect: expect)
    }

    /// serverList.json replaced as a whole.
    static func servers(_ name: String, _ text: String, expect: [String]) -> BadInput {
        BadInput(name, render, expect: expect) { project in
            try write(Array(text.utf8), to: "serverList.json", in: project)
        }
    }

    /// serverList.json with one substitution.
    static func servers(_ name: String, replace old: String, with new: String, expect: [String]) -> BadInput {
        servers(name, serverList.replacingOccurrences(of: old, with: new), expect: expect)
    }

    /// A file linted with `lint --tf-json in.tf.json`.
    static func tfJSON(_ name: String, _ bytes: [UInt8], status: Int32 = 2, expect: [String]) -> BadInput {
        BadInput(name, ["lint", "--tf-json", "in.tf.json", "--today", "2026-11-23"], status: status, expect: expect) {
            project in
            try write(bytes, to: "in.tf.json", in: project)
        }
    }

    static func tfJSON(_ name: String, _ text: String, status: Int32 = 2, expect: [String]) -> BadInput {
        tfJSON(name, Array(text.utf8), status: status, expect: expect)
    }

    /// A command line alone, against the unchanged scratch project.
    static func cli(_ name: String, _ arguments: [String], status: Int32, expect: [String]) -> BadInput {
        BadInput(name, arguments, status: status, expect: expect)
    }
}
