/// A file written next to `main.tf.json` because the stack needs it (a Lambda package, say).
public struct GeneratedFile: Hashable, Sendable {
    /// The path relative to the stack's output folder, e.g. `stopped_task_monitor.zip`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
