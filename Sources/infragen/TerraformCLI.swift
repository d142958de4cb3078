import Foundation

/// The terraform executable, run the way `plan` needs it: non-interactively, without colour or update checks, with
/// its output captured in files (not pipes, so a chatty run cannot block) and awaited without holding a thread.
struct TerraformCLI: Sendable {
    /// What one terraform command printed and how it ended.
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Terraform's own message for a failure: its stderr, or its stdout when stderr is empty, trimmed.
        var message: String {
            let text = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? stdout.trimmingCharacters(in: .whitespacesAndNewlines) : text
        }
    }

    let executable: URL

    /// `terraform` from `PATH`, or `nil` when there is none.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerraformCLI? {
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("terraform")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return TerraformCLI(executable: candidate)
            }
        }
        return nil
    }

    /// Runs `terraform <arguments>` in `folder` and waits for it to finish. A terraform that cannot be started is a
    /// failed run (status -1) whose message says why, so it is reported like any other terraform failure.
    func run(_ arguments: [String], in folder: URL) async -> Result {
        do {
            return try await launch(arguments, in: folder)
        } catch {
            return Result(status: -1, stdout: "", stderr: "cannot run \(executable.path): \(error)")
        }
    }

    private func launch(_ arguments: [String], in folder: URL) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-terraform-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        // Not `FileManager.createFile`: on Linux it writes atomically and leaves a /tmp/TemporaryDirectory.* behind
        // for every file.
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }
        let environment = ProcessInfo.processInfo.environment.merging(
            ["TF_IN_AUTOMATION": "1", "TF_INPUT": "0", "CHECKPOINT_DISABLE": "1"],
            uniquingKeysWith: { _, ours in ours }
        )
        let executable = executable
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdoutHandle
            process.standardError = stderrHandle
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        return Result(
            status: status,
            stdout: String(decoding: (try? Data(contentsOf: stdoutURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
        )
    }
}
