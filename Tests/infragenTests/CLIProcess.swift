import Foundation
import Testing

/// Runs the `infragen` executable with a time limit, capturing its output in files (so a case that prints megabytes
/// cannot block on a full pipe), and reports how it ended.
struct CLIProcess {
    struct Outcome {
        var status: Int32
        /// False when the process died of a signal (a crash) instead of exiting.
        var exited: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
        var seconds: Double

        var output: String { stderr + stdout }
    }

    static func run(_ arguments: [String], in directory: URL, timeout: Double = 30) throws -> Outcome {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-logs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("stdout")
        let errURL = logs.appendingPathComponent("stderr")
        // Not `FileManager.createFile`, which leaves a /tmp/TemporaryDirectory.* behind on Linux.
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CLITests.childEnvironment()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let start = Date()
        try process.run()
        let timedOut = done.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            done.wait()
        }
        return Outcome(
            status: process.terminationStatus,
            exited: process.terminationReason == .exit,
            timedOut: timedOut,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            seconds: Date().timeIntervalSince(start)
        )
    }

    /// Every file below `folder` with its size and modification time, and every folder: equal before and after a
    /// run means the run left nothing written there.
    static func snapshot(_ folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isDirectoryKey]
        guard
            let walker = FileManager.default.enumerator(
                at: folder,
                includingPropertiesForKeys: keys,
                options: []
            )
        else { return result }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            let relative = String(url.path.dropFirst(folder.path.count))
            // A folder's time changes when a file is created and removed in it (the render lock); only what is
            // left behind counts.
            result[relative] =
                values?.isDirectory == true
                ? "folder"
                : "\(values?.fileSize ?? -1) \(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
        }
        return result
    }
}
