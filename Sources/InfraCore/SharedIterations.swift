import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `body(0)` to `body(count - 1)`, each once, on the calling thread and on every other core that is free: what
/// `ParallelMap` runs its parallel parts with.
///
/// `DispatchQueue.concurrentPerform` runs serially when it is called inside another `concurrentPerform`, and `lint`
/// checks a folder's files side by side: a large file's own parallel parts ran on one thread while the other core,
/// done with the small files, sat idle. Here the calling thread takes iterations one at a time, and so does each
/// helper posted to the global queue; a helper runs when a core comes free, and one that starts after every iteration
/// has been taken finds nothing to do. The caller then waits only for the iterations other threads are running, never
/// for a helper that has not started, so neither nesting nor a busy pool can leave it waiting on work nobody does.
@usableFromInline
final class SharedIterations: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private let allFinished = DispatchSemaphore(value: 0)
    private let count: Int
    private var next = 0
    private var unfinished: Int
    /// The caller's `body`, kept on its stack. Valid until the last iteration finishes, since the caller returns only
    /// then; only a thread that has just taken an iteration reads it.
    private let body: UnsafePointer<@Sendable (Int) -> Void>

    private init(count: Int, body: UnsafePointer<@Sendable (Int) -> Void>) {
        self.count = count
        self.unfinished = count
        self.body = body
    }

    /// The most helpers one call posts: one for each other core.
    static let helperLimit = max(0, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) - 1)

    /// Whether a call posts helpers; where it does not, it runs every iteration on the calling thread. Unset inside
    /// the items of `ParallelMap.twoStages`, which keep every core busy themselves: there a helper seldom finds an
    /// iteration left, and waking it costs more than the iterations it takes (`render prod`: about 60 more context
    /// switches and 0.9 ms more CPU, for no gain in time).
    @TaskLocal static var postsHelpers = true

    /// Runs `body` for every index in `0..<count` and returns when all have finished; the order of the calls, and the
    /// thread each runs on, is not defined.
    @usableFromInline
    static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1, helperLimit > 0, postsHelpers else {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { escapable in
            var body = escapable
            withUnsafePointer(to: &body) { pointer in
                let shared = SharedIterations(count: count, body: pointer)
                for _ in 0..<min(count - 1, helperLimit) { DispatchQueue.global().async { shared.work() } }
                shared.work()
                shared.allFinished.wait()
            }
        }
    }

    /// Takes iterations and runs them until none is left.
    private func work() {
        while let index = take() {
            body.pointee(index)
            finish()
        }
    }

    private func take() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    private func finish() {
        lock.wait()
        unfinished -= 1
        let last = unfinished == 0
        lock.signal()
        if last { allFinished.signal() }
    }
}
