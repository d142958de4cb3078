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
    /// `false` (and the cursor past any whitespace, no further) when the next byte opens no container, the input ends first, a string
    /// holds a control byte, or the nesting passes `JSONParser.maximumDepth`. Brackets are counted, not matched, and
    /// nothing else is checked: parse the skipped bytes before trusting them.
    public mutating func skipContainer(depth: Int) -> Bool {
        scanner.skipWhitespace()
        let bytes = scanner.bytes
        let count = bytes.count
        var offset = scanner.offset
        guard offset < count, bytes[offset] == UInt8(ascii: "{") || bytes[offset] == UInt8(ascii: "[") else {
            return false
        }
        var line = scanner.line
        var lineStart = scanner.lineStart
        var continuations = scanner.continuations
        var open = 0
        return Self.byteClasses.withUnsafeBufferPointer { classes in
            while true {
                // Between strings: to the next bracket, quote or line end.
                while offset < count, classes[Int(bytes[offset])] & Self.betweenStrings == 0 { offset &+= 1 }
                guard offset < count else { return false }
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
                case 0x0A:
                    offset += 1
                    line += 1
                    lineStart = offset
                    continuations = 0
                case 0x0D:
                    offset += 1
                    if offset < count, bytes[offset] == 0x0A { offset += 1 }
                    line += 1
                    lineStart = offset
                    continuations = 0
                default:
                    // A quote. Brackets and line ends inside a string do not count; its UTF-8 continuation bytes
                    // do, for columns (JSON has no other place for a byte above 0x7F).
                    offset += 1
                    scanning: while true {
                        while offset < count, classes[Int(bytes[offset])] & Self.inString == 0 { offset &+= 1 }
                        guard offset < count else { return false }
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
                            continuations += 1
                            offset += 1
                        }
                    }
                }
            }
        }
    }

    /// The bytes a skip acts on between strings (`betweenStrings`: brackets, the quote, line ends) and inside them
    /// (`inString`: the quote, the backslash, control bytes, UTF-8 continuation bytes), looked up rather than
    /// compared, so that the bytes it passes over cost one load and one test each.
    private static let byteClasses: [UInt8] = (0...255).map { byte in
        var classes: UInt8 = 0
        if "{}[]\"\n\r".utf8.contains(UInt8(byte)) { classes |= betweenStrings }
        if byte == 0x22 || byte == 0x5C || byte < 0x20 || (0x80...0xBF).contains(byte) { classes |= inString }
        return classes
    }
    private static let betweenStrings: UInt8 = 1
    private static let inString: UInt8 = 2

    /// Only whitespace may follow the document's value.
    public mutating func expectEndOfInput() throws(DiagnosticError) {
        try scanner.expectEndOfInput()
    }
}
