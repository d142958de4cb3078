import Foundation
import InfraCore
import Stacks
import Testing

/// Paths and helpers shared by the stack tests.
enum TestSupport {
    /// The project root, found from this file's path (`Tests/StacksTests/TestSupport.swift`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The fixed day the goldens are rendered on, so that waiver expiry never changes a golden.
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Runs the pipeline for one stack and environment on the repository's own settings and inputs.
    static func outcome(_ entry: StackEntry, _ environment: String) throws -> StackPipeline.Outcome {
        var inputs = StackInputs()
        for path in entry.inputFiles { inputs.files[path] = try read(path) }
        let settings = try read(entry.settingsFile(for: environment))
        return StackPipeline.run(entry, environment: environment, settings: settings, inputs: inputs, today: today)
    }

    /// The environments a stack is deployed to in this repository: its settings files, as `infragen` finds them.
    static func environments(of entry: StackEntry) -> [String] {
        let folder = root.appendingPathComponent(entry.settingsFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
            .filter { entry.refusedEnvironments[$0] == nil }.sorted()
    }

    /// Every stack × environment pair, for parameterised tests.
    static var targets: [String] {
        StackCatalog.all.flatMap { entry in environments(of: entry).map { "\(entry.name)/\($0)" } }
    }

    static func entry(_ target: String) throws -> (StackEntry, String) {
        let parts = target.split(separator: "/").map(String.init)
        let entry = try #require(StackCatalog.entry(named: parts[0]))
        return (entry, parts[1])
    }

    /// A unified diff of two texts, from the system `diff`, for readable golden mismatches.
    static func diff(expected: String, actual: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let a = folder.appendingPathComponent("golden")
            let b = folder.appendingPathComponent("rendered")
            try expected.write(to: a, atomically: false, encoding: .utf8)
            try actual.write(to: b, atomically: false, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["diff", "-u", a.path, b.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data.prefix(20_000), as: UTF8.self)
        } catch {
            return "(diff unavailable: \(error))"
        }
    }
}
