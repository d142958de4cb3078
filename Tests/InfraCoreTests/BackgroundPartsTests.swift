import Dispatch
import Synchronization
import Testing

@testable import InfraCore

/// Work started ahead must come back whole, in order, each part run once, whether the background thread did all of
/// it, some of it or none of it.
@Suite struct BackgroundPartsTests {
    /// Counts how many times each part ran, across threads.
    final class RunCounts: Sendable {
        let counts: Mutex<[Int]>
        init(_ count: Int) { counts = Mutex(Array(repeating: 0, count: count)) }
        func ran(_ index: Int) { counts.withLock { $0[index] += 1 } }
        var snapshot: [Int] { counts.withLock { $0 } }
        var total: Int { snapshot.reduce(0, +) }
    }

    @Test(arguments: [0, 1, 2, 3, 7, 64])
    func joinedAtOnceGivesEveryPartOnceInOrder(count: Int) {
        let runs = RunCounts(count)
        let parts = BackgroundParts(count: count) { index in
            runs.ran(index)
            return index * index + 1
        }
        #expect(parts.join() == (0..<count).map { $0 * $0 + 1 })
        #expect(runs.snapshot == Array(repeating: 1, count: count))
    }

    /// Parts slow enough that the two threads overlap: each still runs once, and the results keep part order.
    @Test(arguments: [2, 5, 16])
    func partsSharedBetweenTwoThreadsRunOnce(count: Int) {
        let runs = RunCounts(count)
        let parts = BackgroundParts(count: count) { index in
            runs.ran(index)
            var sum = 0
            for value in 0..<(20_000 * (index % 3 + 1)) { sum &+= value ^ index }
            return "\(index):\(sum)"
        }
        let expected = (0..<count).map { index in
            var sum = 0
            for value in 0..<(20_000 * (index % 3 + 1)) { sum &+= value ^ index }
            return "\(index):\(sum)"
        }
        #expect(parts.join() == expected)
        #expect(runs.snapshot == Array(repeating: 1, count: count))
    }

    /// Joined only after the background thread has run every part: nothing runs again, the results are handed over.
    @Test func joinedAfterTheBackgroundThreadFinishedRunsNothingAgain() {
        let count = 6
        let runs = RunCounts(count)
        let parts = BackgroundParts(count: count) { index in
            runs.ran(index)
            return "part \(index)"
        }
        let deadline = DispatchTime.now() + .seconds(10)
        let pause = DispatchSemaphore(value: 0)
        while runs.total < count && DispatchTime.now() < deadline { _ = pause.wait(timeout: .now() + .milliseconds(1)) }
        #expect(runs.total == count, "the background thread did not run the parts within 10 s")
        #expect(parts.join() == (0..<count).map { "part \($0)" })
        #expect(runs.snapshot == Array(repeating: 1, count: count))
    }
}
