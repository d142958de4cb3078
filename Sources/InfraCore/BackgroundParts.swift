import Dispatch

/// Work started now on another thread and collected later, where a core may be idle in between: `render --stack X`
/// builds one stack's model on one core while the other has nothing to do, and the schemas its policy stage needs
/// can be parsed there meanwhile.
///
/// A background thread runs the parts in order, from the first; `join()` runs every part no thread has started yet
/// itself, from the last, and then waits only for the parts another thread is running. So joining never waits for
/// a thread that has not started (when every core is busy, the joining thread simply does all the work, as if
/// nothing had been started ahead), and no part runs twice. Results come back in part order, whichever thread made
/// them.
public final class BackgroundParts<Result: Sendable>: Sendable {
    private let tasks: [ClaimedTask<Result>]
    private let work: @Sendable (Int) -> Result

    /// Starts `count` parts, `work(0)` to `work(count - 1)`, on a background thread.
    public init(count: Int, _ work: @escaping @Sendable (Int) -> Result) {
        let tasks = (0..<count).map { _ in ClaimedTask<Result>() }
        self.tasks = tasks
        self.work = work
        guard count > 0 else { return }
        DispatchQueue.global().async {
            for index in tasks.indices { tasks[index].runUnlessClaimed { work(index) } }
        }
    }

    /// Every part's result, in part order: parts not started yet run here, from the last; parts running elsewhere
    /// are waited for after that. Call it once.
    public func join() -> [Result] {
        for index in tasks.indices.reversed() { tasks[index].runUnlessClaimed { work(index) } }
        // Every part is claimed now; `result` waits for the ones still running on the background thread.
        return tasks.indices.map { index in tasks[index].result { work(index) } }
    }
}
