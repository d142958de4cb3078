/// Pretty JSON written straight to bytes, member by member, in `JSONEncoding`'s exact layout.
///
/// A report of 100,000 findings built as a `JSONValue` tree first made a dictionary for every object of every finding
/// (a SARIF result has eight), hashed each key into it, and sorted the keys back out to encode them: for the SARIF
/// report of the 100k bench file, three seconds and 500 MB more than writing it. Written here, the caller names the
/// members in sorted order and nothing is built; long arrays are written a chunk per core (`elements`).
///
/// Strings are written as given (as `JSONEncoding` writes `.expression`): reports are read by people and tools,
/// never by Terraform. Members must come in `String` order, as `JSONEncoding` sorts them; debug builds check it.
public struct JSONStreamWriter {
    /// The finished pieces, in order, and the one being written: chunks written on other cores are kept as they
    /// are, never copied into one buffer.
    private var parts: [[UInt8]] = []
    private var bytes: [UInt8] = []
    private var indent: Int
    /// Whether the innermost open object or array has a member yet, and the same for each one around it, innermost
    /// last: kept apart so that writing a member touches one flag, not the end of an array.
    private var innermostHasMembers = false
    private var outerHaveMembers: [Bool] = []
    private var depth = 0
    #if DEBUG
        /// For each open object or array, the last key written ("" for an array), to check the order.
        private var lastKeys: [String] = []
    #endif

    /// A writer whose values start at `indent` levels of two spaces.
    public init(indent: Int = 0) {
        self.indent = indent
    }

    /// Opens an object, as a value (after `key` or `element`, or at the top).
    public mutating func beginObject() { begin(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    public mutating func endObject() { end(UInt8(ascii: "}")) }

    /// Opens an array, as a value.
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts the next member of the innermost object; its value follows. Keys are the program's own words, so
    /// they are copied as they are, without looking for characters to escape.
    public mutating func key(_ name: StaticString) {
        #if DEBUG
            let text = name.description
            precondition(!text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            precondition(lastKeys[lastKeys.count - 1] < text, "JSONStreamWriter: key `\(text)` is out of order")
            lastKeys[lastKeys.count - 1] = text
        #endif
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of the innermost array; its value follows.
    public mutating func element() { separate() }

    /// A string value, written as given.
    public mutating func string(_ text: String) {
        JSONEncoding.Writer.quote(text, templateEscaped: false, into: &bytes)
    }

    /// An integer value.
    public mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A `true` or `false` value.
    public mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    /// A whole value built as a tree, for the small and irregular parts of a document.
    public mutating func value(_ value: JSONValue) {
        var writer = JSONEncoding.Writer(pretty: true)
        swap(&writer.output, &bytes)
        writer.write(value, indent: indent)
        swap(&writer.output, &bytes)
    }

    /// `key` and a string value, or nothing when `text` is `nil`.
    public mutating func member(_ name: StaticString, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    /// `key` and an integer value, or nothing when `value` is `nil`.
    public mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    /// `key` and an object whose members `members` writes.
    public mutating func object(_ name: StaticString, _ members: (inout JSONStreamWriter) -> Void) {
        key(name)
        beginObject()
        members(&self)
        endObject()
    }

    /// `key` and an array of one object whose members `members` writes: SARIF's lists that hold one location.
    public mutating func arrayOfOneObject(_ name: StaticString, _ members: (inout JSONStreamWriter) -> Void) {
        key(name)
        beginArray()
        element()
        beginObject()
        members(&self)
        endObject()
        endArray()
    }

    /// The elements of the innermost array, one per index of `count`, written by `write` a chunk per core and
    /// kept in index order. `write` writes one value at the writer it is given. `bytesPerElement`, about what one
    /// element takes, lets each chunk's buffer be made once instead of grown.
    public mutating func elements(
        count: Int,
        minimumChunk: Int = 1024,
        bytesPerElement: Int = 0,
        _ write: @Sendable (inout JSONStreamWriter, Int) -> Void
    ) {
        guard count > 0 else { return }
        let chunks = ParallelMap.chunkRanges(count: count, minimumChunk: minimumChunk)
        let hadMembers = innermostHasMembers
        let indent = indent
        let written = ParallelMap.indices(chunks.count) { chunk in
            var writer = JSONStreamWriter(indent: indent)
            writer.innermostHasMembers = hadMembers || chunk > 0
            writer.bytes.reserveCapacity(chunks[chunk].count * bytesPerElement)
            #if DEBUG
                writer.lastKeys = [""]
            #endif
            for index in chunks[chunk] {
                writer.element()
                write(&writer, index)
            }
            return writer.bytes
        }
        parts.append(bytes)
        parts.append(contentsOf: written)
        bytes = []
        innermostHasMembers = true
    }

    /// Everything written, ending in a newline as `JSONEncoding`'s pretty style does, as the pieces it was written
    /// in. Every object and array must be closed.
    public consuming func chunks() -> ByteChunks {
        precondition(depth == 0, "JSONStreamWriter: \(depth) object(s) or array(s) left open")
        bytes.append(UInt8(ascii: "\n"))
        parts.append(bytes)
        return ByteChunks(parts)
    }

    private mutating func begin(_ bracket: UInt8) {
        bytes.append(bracket)
        outerHaveMembers.append(innermostHasMembers)
        innermostHasMembers = false
        depth += 1
        indent += 1
        #if DEBUG
            lastKeys.append("")
        #endif
    }

    private mutating func end(_ bracket: UInt8) {
        let hadMembers = innermostHasMembers
        innermostHasMembers = outerHaveMembers.removeLast()
        depth -= 1
        indent -= 1
        #if DEBUG
            lastKeys.removeLast()
        #endif
        if hadMembers { newline() }
        bytes.append(bracket)
    }

    /// The comma before every member but the first, then the member's own line.
    @inline(__always)
    private mutating func separate() {
        if innermostHasMembers { bytes.append(UInt8(ascii: ",")) }
        innermostHasMembers = true
        newline()
    }

    @inline(__always)
    private mutating func newline() {
        let width = indent * 2
        if width < Self.lineStart.count {
            Self.lineStart.withUnsafeBufferPointer { line in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[...width]))
            }
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
        }
    }

    /// A line end and the indentation of the deepest lines a report has, copied whole rather than a space at a time.
    private static let lineStart: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 32)
}
