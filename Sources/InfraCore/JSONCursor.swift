/// A reader that walks one JSON document's bytes piece by piece, for a caller that knows the document's shape and
/// parses its parts separately: the parts it needs positioned, the parts it only needs as values, and large parts
/// skipped now and parsed later, on another core, from a saved `Position`.
///
/// A parse resumed at a saved position gives the lines and columns a parse from the start gives, and counts the
/// containers around it toward `JSONParser.maximumDepth`. `skipContainer` checks nesting and string boundaries only:
/// a caller parses every part it skipped and compares where the parse ends, so that the bytes are checked once. On
/// any problem the caller falls back to `JSONParser`, whose diagnostics are the ones users see.
public struct JSONCursor {
    /// Where a value starts: enough to resume a parse there with the right lines and columns.
    public struct Position: Sendable, Hashable {
        public var offset: Int
        var line: Int
        var lineStart: Int
        var continuations: Int
    }

    private var scanner: JSONScanner

    /// A cursor at the start of `bytes`; `file` is the path diagnostics name.
    public init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        scanner = JSONScanner(bytes: bytes, file: file, rejectsDuplicateKeys: false)
    }

    /// A cursor at `position` of `bytes`, saved by another cursor over the same bytes.
    public init(bytes: UnsafeBufferPointer<UInt8>, file: String, at position: Position) {
        self.init(bytes: bytes, file: file)
        scanner.offset = position.offset
        scanner.line = position.line
        scanner.lineStart = position.lineStart
        scanner.continuations = position.continuations
    }

    public var position: Position {
        Position(
            offset: scanner.offset,
            line: scanner.line,
            lineStart: scanner.lineStart,
            continuations: scanner.continuations
        )
    }

    /// The 1-based line and column of the next byte.
    public var line: Int { scanner.line }
    public var column: Int { scanner.column }

    /// The next byte, or `nil` at the end.
    public var peek: UInt8? { scanner.peek }

    /// Skips a leading byte-order mark, which is not part of the document.
    public mutating func skipByteOrderMark() {
        scanner.skipByteOrderMark()
    }

    public mutating func skipWhitespace() {
        scanner.skipWhitespace()
    }

    /// Skips whitespace, then takes `byte` if it comes next.
    public mutating func take(_ byte: UInt8) -> Bool {
        scanner.skipWhitespace()
        guard scanner.peek == byte else { return false }
        scanner.offset += 1
        return true
    }

    /// Skips whitespace, then reads `"key" :`; the key's line and column are those of its opening quote.
    public mutating func readKey() throws(DiagnosticError) -> (key: String, line: Int, column: Int) {
        scanner.skipWhitespace()
        guard scanner.peek == UInt8(ascii: "\"") else {
            throw scanner.syntaxError("expected a string key, found \(scanner.found)")
        }
        let line = scanner.line
        let column = scanner.column
        return (try scanner.readPlainKey(), line, column)
    }

    /// Parses the next value with positions, as `JSONParser.parse` would inside `depth` enclosing containers.
    public mutating func parseValue(depth: Int) throws(DiagnosticError) -> PositionedJSON {
        scanner.enclosingDepth = depth
        return try scanner.parseValue()
    }

    /// Parses the object that comes next, inside `depth` enclosing containers, and hands each member to `member` in
    /// source order: its key with the key's position, and its value as `JSONParser.value(of:)` reads values.
    public mutating func forEachMember(
        depth: Int,
        _ member: (_ key: String, _ line: Int, _ column: Int, _ value: JSONValue) -> Void
    ) throws(DiagnosticError) {
        guard take(UInt8(ascii: "{")) else { throw scanner.syntaxError("expected an object, found \(scanner.found)") }
        if take(UInt8(ascii: "}")) { return }
        scanner.enclosingDepth = depth + 1
        while true {
            let key = try readKey()
            let value = try scanner.parsePlainValue()
            member(key.key, key.line, key.column, value)
            if take(UInt8(ascii: ",")) { continue }
            if take(UInt8(ascii: "}")) { return }
            throw scanner.syntaxError("expected `,` or `}` after an object member, found \(scanner.found)")
        }
    }

    /// Skips the array or object that comes next, inside `depth` enclosing containers, keeping lines and columns:
    /// `false` (and the cursor where it was) when the next byte opens no container, the input ends first, a string
    /// holds a control byte, or the nesting passes `JSONParser.maximumDepth`. Brackets are counted, not matched, and
    /// nothing else is checked: parse the skipped bytes before trusting them.
    public mutating func skipContainer(depth: Int) -> Bool {
        scanner.skipWhitespace()
        let bytes = scanner.bytes
        var offset = scanner.offset
        guard let base = bytes.baseAddress, offset < bytes.count,
            bytes[offset] == UInt8(ascii: "{") || bytes[offset] == UInt8(ascii: "[")
        else {
            return false
        }
        var line = scanner.line
        var lineStart = scanner.lineStart
        var continuations = scanner.continuations
        var open = 0
        while offset < bytes.count {
            // Between strings most bytes are indentation, names of literals, digits and separators: eight at a time
            // until a bracket, quote or line end.
            while offset &+ 8 <= bytes.count,
                Self.isPlainBetweenStrings(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            {
                offset &+= 8
            }
            guard offset < bytes.count else { break }
            switch bytes[offset] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth + open >= JSONParser.maximumDepth { return false }
                open += 1
                offset += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                open -= 1
                offset += 1
                if open == 0 {
                    scanner.offset = offset
                    scanner.line = line
                    scanner.lineStart = lineStart
                    scanner.continuations = continuations
                    return true
                }
            case UInt8(ascii: "\""):
                offset += 1
                // A string: brackets and line ends inside it do not count; its UTF-8 continuation bytes do, for
                // columns (JSON has no other place for a byte above 0x7F).
                scanning: while true {
                    // Most of a string is plain ASCII: eight bytes at a time until a byte needs a look.
                    while offset &+ 8 <= bytes.count,
                        Self.isPlain(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                    {
                        offset &+= 8
                    }
                    guard offset < bytes.count else { return false }
                    let byte = bytes[offset]
                    switch byte {
                    case UInt8(ascii: "\""):
                        offset += 1
                        break scanning
                    case UInt8(ascii: "\\"):
                        offset += 2
                    case ..<0x20:
                        return false
                    default:
                        if byte & 0xC0 == 0x80 { continuations += 1 }
                        offset += 1
                    }
                }
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
                continuations = 0
            case 0x0D:
                offset += 1
                if offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
                line += 1
                lineStart = offset
                continuations = 0
            default:
                offset += 1
            }
        }
        return false
    }

    /// Whether eight bytes of a string hold no quote, backslash, control byte or byte above 0x7F: nothing a skip
    /// must act on. (A byte is zero in `x` exactly when `(x - 0x01…) & ~x & 0x80…` has its top bit.)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (word &- ones &* 0x20) & ~word & highs
        return word & highs == 0 && control == 0 && !hasZeroByte(quote) && !hasZeroByte(backslash)
    }

    /// Whether eight bytes between strings hold no bracket, quote, control byte (line ends among them) or byte above
    /// 0x7F. Setting bit 5 turns `[` into `{` and `]` into `}` and no other byte into either.
    private static func isPlainBetweenStrings(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let folded = word | (ones &* 0x20)
        let control = (word &- ones &* 0x20) & ~word & highs
        return word & highs == 0 && control == 0
            && !hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            && !hasZeroByte(folded ^ (ones &* UInt64(UInt8(ascii: "{"))))
            && !hasZeroByte(folded ^ (ones &* UInt64(UInt8(ascii: "}"))))
    }

    /// Only whitespace may follow the document's value.
    public mutating func expectEndOfInput() throws(DiagnosticError) {
        try scanner.expectEndOfInput()
    }
}
