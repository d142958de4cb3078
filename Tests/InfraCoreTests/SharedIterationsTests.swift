import Dispatch
import Testing

@testable import InfraCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `SharedIterations`: every index runs exactly once, at the top level and nested in other parallel work, and a
/// nested call is helped by a core that has come free, which `DispatchQueue.concurrentPerform` never does.
@Suite struct SharedIterationsTests {
    @Test(arguments: [0, 1, 2, 3, 17, 1_000])
    func runsEveryIndexOnce(count: Int) {
        let runs = LockedLog<Int>()
        SharedIterations.run(count) { runs.note($0) }
        #expect(runs.all.sorted() == Array(0..<count))
    }

    @Test func runsEveryIndexOnceWhenNested() {
        let outer = LockedLog<Int>()
        let inner = (0..<8).map { _ in LockedLog<Int>() }
        DispatchQueue.concurrentPerform(iterations: 8) { job in
            outer.note(job)
            SharedIterations.run(50) { index in
                SharedIterations.run(3) { _ in }
                inner[job].note(index)
            }
        }
        #expect(outer.all.sorted() == Array(0..<8))
        #expect(inner.allSatisfy { $0.all.sorted() == Array(0..<50) })
    }

    /// Inside `concurrentPerform`, the first iteration of a nested call waits for the second: only another thread
    /// can run that, and here the thread that finished the outer loop's other iteration does. A nested
    /// `concurrentPerform` runs its iterations one after another, so the first would time out.
    @Test(.enabled(if: SharedIterations.helperLimit > 0, "needs a second core"))
    func nestedCallIsHelpedByAnIdleCore() {
        let secondRan = DispatchSemaphore(value: 0)
        let waits = LockedLog<Int>()
        DispatchQueue.concurrentPerform(iterations: 2) { outer in
            guard outer == 1 else { return }
            SharedIterations.run(2) { index in
                if index == 0 {
                    if secondRan.wait(timeout: .now() + .seconds(120)) == .success { waits.note(0) }
                } else {
                    secondRan.signal()
                }
            }
        }
        #expect(waits.all == [0], "the second iteration did not run while the first waited for it")
    }

    /// The items of `twoStages` keep the cores busy themselves, so their parallel parts post no helpers; one item
    /// alone leaves a core idle, and its parts do.
    @Test(arguments: [1, 2, 5])
    func twoStagesItemsPostNoHelpersUnlessAlone(count: Int) {
        let seen = ParallelMap.twoStages(
            count,
            first: { _ in SharedIterations.postsHelpers },
            second: { _, first in [first, SharedIterations.postsHelpers] }
        )
        #expect(seen == Array(repeating: Array(repeating: count == 1, count: 2), count: count))
        #expect(SharedIterations.postsHelpers)
    }

    /// Each iteration takes a fifth of a millisecond, time enough for a helper, had one been posted, to take some.
    @Test func withoutHelpersEveryIterationRunsOnTheCallingThread() {
        let caller = pthread_self()
        let threads = LockedLog<pthread_t>()
        SharedIterations.$postsHelpers.withValue(false) {
            SharedIterations.run(100) { _ in
                threads.note(pthread_self())
                usleep(200)
            }
        }
        #expect(threads.all.count == 100)
        #expect(threads.all.allSatisfy { pthread_equal($0, caller) != 0 })
    }

    @Test func parallelMapResultsAreUnchangedWhenNested() {
        let results = ParallelMap.indices(4) { outer in ParallelMap.indices(1_000) { outer * 1_000 + $0 } }
        #expect(results.flatMap { $0 } == Array(0..<4_000))
    }
}
