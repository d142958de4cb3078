import ArgumentParser

/// The exit codes of `DESIGN.md`, in one place.
enum ExitStatus {
    static let success = ExitCode(0)
    /// Findings at or above the failing severity, or stale output under `--check`.
    static let findings = ExitCode(1)
    /// Bad input: settings, serverList.json, an unknown environment or stack.
    static let badInput = ExitCode(2)
    /// An external tool (terraform) failed.
    static let externalTool = ExitCode(3)
    /// Usage error; ArgumentParser's own validation failures use the same code.
    static let usage = ExitCode(64)
}
