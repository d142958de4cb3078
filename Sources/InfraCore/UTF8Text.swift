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

extension UTF8Text {
    /// The pieces one after another, copied as bytes into the one string they make: `+`, interpolation and
    /// `append` check and grow the string at every piece, some 300 instructions each, several times the copying for
    /// the short names an address or a reference is made of.
    public static func joined(_ pieces: String...) -> String {
        var count = 0
        for piece in pieces { count += piece.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var position = 0
            for var piece in pieces {
                piece.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                    (target + position).initialize(from: source, count: bytes.count)
                    position += bytes.count
                }
            }
            return position
        }
    }
}
