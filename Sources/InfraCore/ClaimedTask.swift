import Dispatch

/// A piece of work that runs once, on whichever thread claims it first; its result is handed to the one thread that
/// asks for it (`result`). Used where a task may be started ahead on another thread but must never be waited for
/// unless some thread is running it: `ParallelMap.twoStages` and `BackgroundParts`. The semaphores order the
/// threads' memory accesses.
final class ClaimedTask<Value: Sendable>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private let finished = DispatchSemaphore(value: 0)
    private var claimed = false
    private var value: Value?

    /// Claims the task; false when another thread already has.
    private func claim() -> Bool {
        lock.wait()
        defer { lock.signal() }
        if claimed { return false }
        claimed = true
        return true
    }

    /// Runs `body` as the task, unless another thread has claimed it (which then hands its result over).
    func runUnlessClaimed(_ body: () -> Value) {
        guard claim() else { return }
        value = body()
        finished.signal()
    }

    /// The task's result: run here by `body` when no thread has claimed it, else waited for.
    func result(_ body: () -> Value) -> Value {
        if claim() { return body() }
        finished.wait()
        // Set before `finished` was signalled; running the task again is only a guard against that changing.
        guard let value else { return body() }
        self.value = nil
        return value
    }
}
