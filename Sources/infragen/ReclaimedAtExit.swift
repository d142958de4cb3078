/// Values the command is done with but does not free, because the process is about to exit.
///
/// A process's memory goes back to the system at exit at no cost, while freeing a large document tree object by
/// object does not: for a 100,000-resource `--tf-json` file it took about a tenth of the whole lint. Compilers do the
/// same (clang's `-disable-free`). Only the executable uses this, and only for values it holds until it exits anyway;
/// the libraries free everything as usual, so tests and long-lived callers are unaffected.
enum ReclaimedAtExit {
    /// Keeps `value` alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
