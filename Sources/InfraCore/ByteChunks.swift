/// A long text as the UTF-8 pieces it was written in, in order: a report written a chunk per core.
///
/// Written out piece by piece, a report is never copied whole, and never checked as UTF-8 again: making a `String` of
/// the 148 MB SARIF report of the 100k bench file checked every byte on one core (about 0.4 s) and held the report
/// twice. `text` makes the `String` for the callers that want one.
public struct ByteChunks: Sendable {
    public private(set) var pieces: [[UInt8]]

    public init(_ pieces: [[UInt8]] = []) {
        self.pieces = pieces
    }

    /// The text of `string`, as one piece.
    public init(_ string: String) {
        pieces = [Array(string.utf8)]
    }

    /// How many bytes the pieces hold in all.
    public var count: Int { pieces.reduce(0) { $0 + $1.count } }

    /// The whole text: one copy of every piece, checked as UTF-8.
    public var text: String {
        String(unsafeUninitializedCapacity: count) { text in
            var position = 0
            for piece in pieces {
                piece.withUnsafeBufferPointer { bytes in
                    guard let source = bytes.baseAddress, let target = text.baseAddress else { return }
                    (target + position).initialize(from: source, count: bytes.count)
                    position += bytes.count
                }
            }
            return position
        }
    }

    /// The text `write` makes of each of `count` items, a chunk of items per core, one piece per chunk, in item
    /// order: the lines of a long report.
    public static func written(
        count: Int,
        minimumChunk: Int = 4096,
        _ write: @Sendable (inout UTF8Text, Int) -> Void
    ) -> [[UInt8]] {
        let chunks = ParallelMap.chunkRanges(count: count, minimumChunk: minimumChunk)
        return ParallelMap.indices(chunks.count) { chunk in
            var text = UTF8Text()
            for index in chunks[chunk] { write(&text, index) }
            return text.bytes
        }
    }

    public mutating func append(_ piece: [UInt8]) {
        pieces.append(piece)
    }

    /// Replaces a final `line` (the last piece's end) with `replacement`; `false`, and nothing changed, when the text
    /// does not end with it.
    public mutating func replaceFinal(_ line: String, with replacement: String) -> Bool {
        let ending = line.utf8
        guard let last = pieces.last, last.count >= ending.count, last.suffix(ending.count).elementsEqual(ending) else {
            return false
        }
        pieces[pieces.count - 1].removeLast(ending.count)
        pieces.append(Array(replacement.utf8))
        return true
    }
}
