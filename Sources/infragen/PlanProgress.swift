import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress of `plan` on stderr. On a terminal: one status line, rewritten in place, naming each running stack's
/// step, and gone when the work ends. Otherwise (CI logs): one plain line per step, so a log shows what ran and when.
actor PlanProgress {
    private let interactive: Bool
    private let total: Int
    private var finished = 0
    /// The step each running stack is on, by target (`prod/aggregator`).
    private var running: [String: String] = [:]

    init(total: Int, interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.interactive = interactive
    }

    /// A stack started a step (`init`, `plan`, `show`).
    func step(_ target: String, _ step: String) {
        running[target] = step
        if interactive { redraw() } else { Terminal.error("plan: \(target): terraform \(step)\n") }
    }

    /// A stack is done, well or not.
    func done(_ target: String, outcome: String) {
        running[target] = nil
        finished += 1
        if interactive { redraw() } else { Terminal.error("plan: \(target): \(outcome)\n") }
    }

    /// Clears the status line before the summary is printed.
    func end() {
        if interactive { Terminal.error("\r\u{1B}[K") }
    }

    private func redraw() {
        let steps = running.keys.sorted().map { "\($0) \(running[$0] ?? "")" }.joined(separator: ", ")
        Terminal.error("\r\u{1B}[K[\(finished)/\(total)] \(steps)")
    }
}
