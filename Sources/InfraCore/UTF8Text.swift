/// Text written as UTF-8 bytes: what a long report is put together in before it becomes one `String`.
///
/// Appending to a `String` checks and updates its flags and capacity on every call, which for a report of a hundred
/// thousand findings, a dozen pieces each, cost several times the copying; appending bytes is a copy.
public struct UTF8Text: TextOutputStream, Sendable {
    public var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
