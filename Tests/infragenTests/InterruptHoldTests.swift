import Synchronization
import Testing

@testable import infragen

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `InterruptHold`: a signal sent while output is written waits until the write is over, the write can tell it is
/// waiting, and a signal the process ignores is not taken for an interrupt. SIGHUP is sent to this thread only
/// (`pthread_kill`), with a handler of the test's own in place of the default action, which would end the run. Tests
/// run on Dispatch's threads, which block the signal, as the render's do; each test lets it through on its own thread
/// first, as the main thread of `infragen` does.
@Suite(.serialized) struct InterruptHoldTests {
    /// The last signal the test handler saw; signal handlers can only reach state like this.
    static let delivered = Atomic<Int32>(0)

    /// Runs `body` with SIGHUP unblocked on this thread, as on a process's main thread.
    static func withHangUpUnblocked(_ body: () -> Void) {
        var hangUp = sigset_t()
        sigemptyset(&hangUp)
        sigaddset(&hangUp, SIGHUP)
        var previous = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &hangUp, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        body()
    }

    @Test func aSignalWaitsUntilTheWriteIsOver() {
        Self.delivered.store(0, ordering: .relaxed)
        let previous = signal(SIGHUP) { InterruptHoldTests.delivered.store($0, ordering: .relaxed) }
        defer { signal(SIGHUP, previous) }
        Self.withHangUpUnblocked(Self.signalDuringTheHold)
    }

    static func signalDuringTheHold() {
        InterruptHold.during { interrupted in
            #expect(!interrupted())
            pthread_kill(pthread_self(), SIGHUP)
            #expect(interrupted())
            #expect(Self.delivered.load(ordering: .relaxed) == 0, "the signal acted during the write")
        }
        #expect(Self.delivered.load(ordering: .relaxed) == SIGHUP, "the signal never acted")
        // Outside the hold, a signal acts at once.
        Self.delivered.store(0, ordering: .relaxed)
        pthread_kill(pthread_self(), SIGHUP)
        #expect(Self.delivered.load(ordering: .relaxed) == SIGHUP)
    }

    @Test func anIgnoredSignalIsNoInterrupt() {
        let previous = signal(SIGHUP, SIG_IGN)
        defer { signal(SIGHUP, previous) }
        Self.withHangUpUnblocked {
            InterruptHold.during { interrupted in
                pthread_kill(pthread_self(), SIGHUP)
                #expect(!interrupted())
            }
        }
        #expect(unsafeBitCast(signal(SIGHUP, previous), to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self))
    }
}
