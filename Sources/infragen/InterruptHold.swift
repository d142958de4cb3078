#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Holds back the signals that stop a run from a terminal or a CI runner (SIGINT, SIGTERM, SIGHUP) while output is
/// written, so that an interrupted write leaves the folder as an uninterrupted one would: the previous output, or the
/// new output in full, and in both cases no temporary file and no lock file.
///
/// Without it, a Ctrl-C while files were being staged killed the process with `.main.tf.json.infragen-tmp-<pid>`
/// files and `.infragen.lock` still in `--out` (removed by the next run, but listed by `git status` until then). The
/// signals are blocked on this thread only: the worker threads of Dispatch, the only other threads infragen runs,
/// block them already, so the kernel keeps such a signal pending until the write is over. It then acts as it always
/// does, ending the process; writing takes milliseconds, so an interrupt is late by that much at most.
enum InterruptHold {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Runs `body` with the signals held back, then lets any that arrived act. `body` is given a test for "a signal
    /// that will end the process is waiting", to drop its staged files instead of committing them: the user asked to
    /// stop before the output changed.
    static func during<T, Failure: Error>(
        _ body: (_ interrupted: () -> Bool) throws(Failure) -> T
    ) throws(Failure) -> T {
        var held = sigset_t()
        sigemptyset(&held)
        for number in signals { sigaddset(&held, number) }
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        // A signal the process ignores (SIGINT for a background job of a script, SIGHUP under nohup) or already held
        // back does not stop it, and must not stop the write either.
        let stopping = signals.filter { sigismember(&previous, $0) == 0 && !isIgnored($0) }
        return try body {
            var pending = sigset_t()
            sigpending(&pending)
            return stopping.contains { sigismember(&pending, $0) == 1 }
        }
    }

    /// Whether the signal `number` is ignored; its disposition is read, not changed.
    private static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(number, nil, &current) == 0 else { return false }
        #if canImport(Darwin)
            let handler = current.__sigaction_u.__sa_handler
        #elseif canImport(Musl)
            let handler = current.__sa_handler.sa_handler
        #else
            let handler = current.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
