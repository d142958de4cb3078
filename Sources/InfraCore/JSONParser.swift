/// A strict RFC 8259 JSON parser that keeps the position of every value and object key.
///
/// It reads the UTF-8 bytes directly and builds the tree without recursion, so deeply nested input ends in a
/// diagnostic rather than a stack overflow. Errors are diagnostics located at the offending character:
///
/// - `JSON001`: a syntax error (`expected \`,\` or \`]\` after an array element, found \`}\``).
/// - `JSON002`: a key written twice in one object.
///
/// Beyond the RFC grammar it accepts a leading byte-order mark; it rejects everything else the RFC leaves to the
/// implementation: lone surrogates in `\u` escapes, numbers too large for a `Double`, and nesting deeper than
/// `maximumDepth`.
public struct JSONParser: Sendable {
    /// How many arrays and objects may be open at once.
    public static let maximumDepth = 512

    /// What to do with a key written twice in one object.
    public enum DuplicateKeys: Sendable {
        /// `JSON002`: the right default for data files, where JSON readers disagree about which member wins.
        case reject
        /// Keep every member in source order. Terraform's JSON syntax gives repeated keys a meaning (two
        /// `"resource"` members declare the resources of both), so its reader merges them itself.
        case keep
    }

    public var duplicateKeys: DuplicateKeys

    public init(duplicateKeys: DuplicateKeys = .reject) {
        self.duplicateKeys = duplicateKeys
    }

    /// Parses one JSON document; `file` is the project-relative path used in diagnostics.
    public func parse(_ text: String, file: String) throws(DiagnosticError) -> PositionedJSON {
        var text = text
        let result: Result<PositionedJSON, DiagnosticError> = text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes: bytes, file: file, rejectsDuplicateKeys: duplicateKeys == .reject)
            do throws(DiagnosticError) {
                return .success(try scanner.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses one JSON document straight into the plain value `parse(_:file:)` followed by `PositionedJSON.value`
    /// gives (strings read as Terraform templates), or `nil` when that parse would fail. No positions and no
    /// intermediate tree: for JSON kept in string attributes, which is read often and never reported on by line.
    public func value(of text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes: bytes, file: "", rejectsDuplicateKeys: duplicateKeys == .reject)
            return try? scanner.parsePlainDocument()
        }
    }
}

/// The byte-level state of one parse; `JSONCursor` resumes one at a saved position.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let rejectsDuplicateKeys: Bool
    var offset = 0
    var line = 1
    /// The offset of the first byte of the current line.
    var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `offset`, so that columns count Unicode scalars.
    var continuations = 0
    /// Whether the string `readString` read last has a `{`: without one it is neither an interpolation nor an
    /// escape (`PositionedJSON.templateValue`), and the scan that reads it has looked at every byte already.
    var stringHadBrace = false
    /// How many arrays and objects enclose the value being parsed: a parse resumed inside a document counts them
    /// toward `JSONParser.maximumDepth` as a parse from the start would.
    var enclosingDepth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, rejectsDuplicateKeys: Bool) {
        self.bytes = bytes
        self.file = file
        self.rejectsDuplicateKeys = rejectsDuplicateKeys
    }

    /// An array or object that is still open.
    private struct Frame {
        var isObject: Bool
        var line: Int
        var column: Int
        /// Where this container's elements (arrays) or members (objects) start on the shared stacks.
        var start: Int
        /// The key whose value is being parsed (objects only).
        var key = ""
        var keyLine = 0
        var keyColumn = 0
        /// Key → member index, built once an object grows large enough that a linear duplicate check would hurt.
        var keyIndex: [String: Int]?
    }

    private static let linearKeyCheckLimit = 16

    var column: Int { offset - lineStart - continuations + 1 }

    var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    // MARK: Document

    mutating func parseDocument() throws(DiagnosticError) -> PositionedJSON {
        skipByteOrderMark()
        let value = try parseValue()
        try expectEndOfInput()
        return value
    }

    /// A UTF-8 byte order mark is not part of the document (terraform accepts it).
    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
            lineStart = 3
        }
    }

    /// Only whitespace may follow the document's value.
    mutating func expectEndOfInput() throws(DiagnosticError) {
        skipWhitespace()
        if offset < bytes.count {
            throw syntaxError("expected end of input after the JSON value, found \(found)")
        }
    }

    /// Parses one value, holding open containers on explicit stacks instead of the call stack.
    mutating func parseValue() throws(DiagnosticError) -> PositionedJSON {
        var frames: [Frame] = []
        var elements: [PositionedJSON] = []
        var members: [PositionedJSON.Member] = []

        while true {
            skipWhitespace()
            let startLine = line
            let startColumn = column
            var value: PositionedJSON
            guard let byte = peek else { throw syntaxError("expected a value, found end of input") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                if frames.count + enclosingDepth >= JSONParser.maximumDepth {
                    throw syntaxError("arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
                }
                offset += 1
                skipWhitespace()
                if isObject, peek == UInt8(ascii: "}") {
                    offset += 1
                    value = PositionedJSON(.object([]), line: startLine, column: startColumn)
                } else if !isObject, peek == UInt8(ascii: "]") {
                    offset += 1
                    value = PositionedJSON(.array([]), line: startLine, column: startColumn)
                } else {
                    frames.append(
                        Frame(
                            isObject: isObject,
                            line: startLine,
                            column: startColumn,
                            start: isObject ? members.count : elements.count
                        )
                    )
                    if isObject {
                        guard peek == UInt8(ascii: "\"") else {
                            throw syntaxError("expected a string key or `}`, found \(found)")
                        }
                        try readKey(frames: &frames, members: members)
                    }
                    continue
                }
            case UInt8(ascii: "\""):
                value = PositionedJSON(.string(try readString()), line: startLine, column: startColumn)
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = PositionedJSON(.bool(true), line: startLine, column: startColumn)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = PositionedJSON(.bool(false), line: startLine, column: startColumn)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = PositionedJSON(.null, line: startLine, column: startColumn)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = PositionedJSON(try readNumber(), line: startLine, column: startColumn)
            default:
                throw syntaxError("expected a value, found \(found)")
            }

            // Hand the finished value to the containers it completes.
            completing: while let top = frames.indices.last {
                let frame = frames[top]
                if frame.isObject {
                    members.append(
                        PositionedJSON.Member(
                            key: frame.key,
                            line: frame.keyLine,
                            column: frame.keyColumn,
                            value: value
                        )
                    )
                    skipWhitespace()
                    switch peek {
                    case UInt8(ascii: ","):
                        offset += 1
                        skipWhitespace()
                        guard peek == UInt8(ascii: "\"") else {
                            throw syntaxError("expected a string key after `,`, found \(found)")
                        }
                        try readKey(frames: &frames, members: members)
                        break completing
                    case UInt8(ascii: "}"):
                        offset += 1
                        value = PositionedJSON(
                            .object(Array(members[frame.start...])),
                            line: frame.line,
                            column: frame.column
                        )
                        members.removeLast(members.count - frame.start)
                        frames.removeLast()
                    default:
                        throw syntaxError("expected `,` or `}` after an object member, found \(found)")
                    }
                } else {
                    elements.append(value)
                    skipWhitespace()
                    switch peek {
                    case UInt8(ascii: ","):
                        offset += 1
                        skipWhitespace()
                        if peek == UInt8(ascii: "]") {
                            throw syntaxError("expected a value after `,`, found `]`")
                        }
                        break completing
                    case UInt8(ascii: "]"):
                        offset += 1
                        value = PositionedJSON(
                            .array(Array(elements[frame.start...])),
                            line: frame.line,
                            column: frame.column
                        )
                        elements.removeLast(elements.count - frame.start)
                        frames.removeLast()
                    default:
                        throw syntaxError("expected `,` or `]` after an array element, found \(found)")
                    }
                }
            }
            if frames.isEmpty { return value }
        }
    }

    /// Reads `"key" :` for the innermost (object) frame, rejecting a key the object already has.
    private mutating func readKey(frames: inout [Frame], members: [PositionedJSON.Member]) throws(DiagnosticError) {
        let keyLine = line
        let keyColumn = column
        let key = try readString()
        let top = frames.count - 1
        let start = frames[top].start
        var existing: Int?
        if !rejectsDuplicateKeys {
            existing = nil
        } else if frames[top].keyIndex != nil {
            existing = frames[top].keyIndex?[key]
            frames[top].keyIndex?[key] = members.count
        } else {
            existing = members[start...].firstIndex { $0.key == key }
            if existing == nil, members.count - start >= Self.linearKeyCheckLimit {
                var index: [String: Int] = [:]
                for position in start..<members.count { index[members[position].key] = position }
                index[key] = members.count
                frames[top].keyIndex = index
            }
        }
        if let existing {
            let first = members[existing]
            throw DiagnosticError(
                Diagnostic(
                    id: "JSON002",
                    severity: .error,
                    message: "duplicate key \(Self.quotedForMessage(key)) in an object; it is first used at line "
                        + "\(first.line), column \(first.column)",
                    location: SourceLocation(file: file, line: keyLine, column: keyColumn),
                    hint: "remove or rename one of the two members; JSON readers disagree about which one wins"
                )
            )
        }
        frames[top].key = key
        frames[top].keyLine = keyLine
        frames[top].keyColumn = keyColumn
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else {
            throw syntaxError("expected `:` after an object key, found \(found)")
        }
        offset += 1
    }

    // MARK: Plain values

    /// An array or object of `parsePlainValue` that is still open.
    private struct PlainFrame {
        var isObject: Bool
        /// Where this container's elements or members start on the shared stacks.
        var start: Int
        /// The key whose value is being parsed (objects only).
        var key = ""
    }

    mutating func parsePlainDocument() throws(DiagnosticError) -> JSONValue {
        skipByteOrderMark()
        let value = try parsePlainValue()
        try expectEndOfInput()
        return value
    }

    /// `parseValue` for a plain value: the same grammar, limits and errors, with objects built as dictionaries
    /// (a key written twice keeps its last value, or is an error when duplicates are rejected).
    mutating func parsePlainValue() throws(DiagnosticError) -> JSONValue {
        var frames: [PlainFrame] = []
        var elements: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []

        while true {
            skipWhitespace()
            var value: JSONValue
            guard let byte = peek else { throw syntaxError("expected a value, found end of input") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                if frames.count + enclosingDepth >= JSONParser.maximumDepth {
                    throw syntaxError("arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
                }
                offset += 1
                skipWhitespace()
                if isObject, peek == UInt8(ascii: "}") {
                    offset += 1
                    value = .object([:])
                } else if !isObject, peek == UInt8(ascii: "]") {
                    offset += 1
                    value = .array([])
                } else {
                    if frames.isEmpty {
                        // The first container of the value: room for a usual document kept in a string (a policy,
                        // container definitions) at once, where growing from empty took an allocation at a time.
                        frames.reserveCapacity(8)
                        members.reserveCapacity(16)
                        elements.reserveCapacity(16)
                    }
                    frames.append(PlainFrame(isObject: isObject, start: isObject ? members.count : elements.count))
                    if isObject {
                        guard peek == UInt8(ascii: "\"") else {
                            throw syntaxError("expected a string key or `}`, found \(found)")
                        }
                        frames[frames.count - 1].key = try readPlainKey()
                    }
                    continue
                }
            case UInt8(ascii: "\""):
                let text = try readString()
                value = stringHadBrace ? PositionedJSON.templateValue(text) : .string(text)
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                switch try readNumber() {
                case .int(let number): value = .int(number)
                case .double(let number): value = .double(number)
                default: throw syntaxError("expected a number")
                }
            default:
                throw syntaxError("expected a value, found \(found)")
            }

            // Hand the finished value to the containers it completes.
            completing: while let top = frames.indices.last {
                let frame = frames[top]
                if frame.isObject {
                    members.append((frame.key, value))
                    skipWhitespace()
                    switch peek {
                    case UInt8(ascii: ","):
                        offset += 1
                        skipWhitespace()
                        guard peek == UInt8(ascii: "\"") else {
                            throw syntaxError("expected a string key after `,`, found \(found)")
                        }
                        frames[top].key = try readPlainKey()
                        break completing
                    case UInt8(ascii: "}"):
                        offset += 1
                        var object = [String: JSONValue].reserving(members.count - frame.start)
                        for index in frame.start..<members.count {
                            // Moved out, not copied: a copy retains the key and the value, and removing the members
                            // below released them again.
                            var member: (key: String, value: JSONValue) = ("", .null)
                            swap(&member, &members[index])
                            let (key, memberValue) = member
                            if object.updateValue(memberValue, forKey: key) != nil, rejectsDuplicateKeys {
                                throw syntaxError("duplicate key \(Self.quotedForMessage(key)) in an object")
                            }
                        }
                        value = .object(object)
                        members.removeLast(members.count - frame.start)
                        frames.removeLast()
                    default:
                        throw syntaxError("expected `,` or `}` after an object member, found \(found)")
                    }
                } else {
                    elements.append(value)
                    skipWhitespace()
                    switch peek {
                    case UInt8(ascii: ","):
                        offset += 1
                        skipWhitespace()
                        if peek == UInt8(ascii: "]") {
                            throw syntaxError("expected a value after `,`, found `]`")
                        }
                        break completing
                    case UInt8(ascii: "]"):
                        offset += 1
                        // Moved out, not copied, as an object's members are. Sized by `reserveCapacity`, which is
                        // inlinable: `Array(repeating:count:)` allocates through the standard library's unspecialized
                        // code, which looks up the storage's generic metadata on every call (`ReservedCapacity`).
                        var array: [JSONValue] = []
                        array.reserveCapacity(elements.count - frame.start)
                        for index in frame.start..<elements.count {
                            var element = JSONValue.null
                            swap(&element, &elements[index])
                            array.append(element)
                        }
                        value = .array(array)
                        elements.removeLast(elements.count - frame.start)
                        frames.removeLast()
                    default:
                        throw syntaxError("expected `,` or `]` after an array element, found \(found)")
                    }
                }
            }
            if frames.isEmpty { return value }
        }
    }

    /// Reads `"key" :` for `parsePlainValue`.
    mutating func readPlainKey() throws(DiagnosticError) -> String {
        let key = try readString()
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else {
            throw syntaxError("expected `:` after an object key, found \(found)")
        }
        offset += 1
        return key
    }

    // MARK: Tokens

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09:
                offset += 1
            case 0x0A:
                offset += 1
                startLine()
            case 0x0D:
                offset += 1
                if offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
                startLine()
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        lineStart = offset
        continuations = 0
    }

    private mutating func readLiteral(_ word: StaticString) throws(DiagnosticError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard peek == byte else { throw syntaxError("expected `\(word)`, found \(found)") }
            offset += 1
        }
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func readNumber() throws(DiagnosticError) -> PositionedJSON.Kind {
        let start = offset
        let startColumn = column
        let negative = peek == UInt8(ascii: "-")
        if negative { offset += 1 }
        guard isDigit(peek) else { throw syntaxError("expected a digit after `-`, found \(found)") }
        if peek == UInt8(ascii: "0") {
            offset += 1
            if isDigit(peek) { throw syntaxError("numbers must not have leading zeros, found \(found) after `0`") }
        } else {
            while isDigit(peek) { offset += 1 }
        }
        var isInteger = true
        if peek == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard isDigit(peek) else { throw syntaxError("expected a digit after the decimal point, found \(found)") }
            while isDigit(peek) { offset += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { offset += 1 }
            guard isDigit(peek) else { throw syntaxError("expected a digit in the exponent, found \(found)") }
            while isDigit(peek) { offset += 1 }
        }
        if isInteger, let integer = integerValue(from: negative ? start + 1 : start, negative: negative) {
            return .int(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw syntaxError("the number `\(text)` is too large", line: line, column: startColumn)
        }
        return .double(number)
    }

    /// The digits from `start` to `offset` as an `Int`, or `nil` when they do not fit.
    private func integerValue(from start: Int, negative: Bool) -> Int? {
        var value = 0
        for position in start..<offset {
            let digit = Int(bytes[position] &- UInt8(ascii: "0"))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow || overflow2 { return nil }
            value = next
        }
        return value
    }

    /// Reads a string starting at its opening quote and returns its decoded text.
    mutating func readString() throws(DiagnosticError) -> String {
        offset += 1
        let start = offset
        // Fast path: no escapes, so the text is a slice of the (already valid) UTF-8 input. Eight bytes at a time
        // while none of them ends the run (a quote, a backslash or a control byte), then byte by byte.
        var hasBrace = skipPlainWords()
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                stringHadBrace = hasBrace
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte & 0xC0 == 0x80 { continuations += 1 }
            if byte == UInt8(ascii: "{") { hasBrace = true }
            offset += 1
        }
        // Room for the rest of a JSON document kept in a string (container definitions, a policy), which is where
        // escapes are: growing the buffer step by step copied it several times.
        var buffer = DecodedBytes(capacity: min(bytes.count - start, 1024))
        buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while true {
            // The plain bytes up to the next quote, escape or control byte are copied as one run: a string with
            // escapes (JSON kept in a string, such as container definitions) is mostly such runs.
            let run = offset
            // The decoded text is searched for a brace at the end, so the words' braces are not needed here.
            _ = skipPlainWords()
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                if byte & 0xC0 == 0x80 { continuations += 1 }
                offset += 1
            }
            if offset > run { buffer.append(UnsafeBufferPointer(rebasing: bytes[run..<offset])) }
            guard let byte = peek else { throw syntaxError("unterminated string, found end of input") }
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                // An escape may have written a `{` (`\u007b`): the decoded text is what counts.
                stringHadBrace = buffer.contains(UInt8(ascii: "{"))
                return buffer.string
            case UInt8(ascii: "\\"):
                // The escapes of JSON kept in a string are mostly `\"`, taken here; the others are read in full.
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\"") {
                    buffer.append(UInt8(ascii: "\""))
                    offset += 2
                } else {
                    try readEscape(into: &buffer)
                }
            case 0x0A, 0x0D:
                throw syntaxError("a line break inside a string must be written as `\\n`")
            default:
                // Below 0x20: the run above stops only at a quote, a backslash or a control byte.
                throw syntaxError("\(found) inside a string must be escaped")
            }
        }
    }

    /// Moves past whole eight-byte words of a string's plain run (no quote, backslash or control byte), counting
    /// their continuation bytes for columns; the rest of the run is read byte by byte. Whether a word had a `{`.
    @inline(__always)
    private mutating func skipPlainWords() -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var hasBrace = false
        while offset &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            if Self.wordEndsPlainRun(word) { break }
            if Self.wordHasByte(word, UInt8(ascii: "{")) { hasBrace = true }
            continuations &+= Self.continuationBytes(in: word)
            offset &+= 8
        }
        return hasBrace
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the eight bytes of `word` is below `limit` (at most 0x80): the classic test for a byte under a
    /// bound, exact for "is there one".
    @inline(__always)
    private static func wordHasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- lowBits &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func wordHasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        wordHasByteBelow(word ^ (lowBits &* UInt64(byte)), 1)
    }

    /// Whether a string's plain run stops within these eight bytes: at a quote, a backslash or a control byte.
    @inline(__always)
    static func wordEndsPlainRun(_ word: UInt64) -> Bool {
        wordHasByte(word, UInt8(ascii: "\"")) || wordHasByte(word, UInt8(ascii: "\\")) || wordHasByteBelow(word, 0x20)
    }

    /// How many of the eight bytes are UTF-8 continuation bytes (`10xxxxxx`): the high bit set, the next one clear.
    @inline(__always)
    static func continuationBytes(in word: UInt64) -> Int {
        (word & ~(word << 1) & highBits).nonzeroBitCount
    }

    /// Reads one escape sequence starting at its backslash and appends its UTF-8 bytes.
    private mutating func readEscape(into buffer: inout DecodedBytes) throws(DiagnosticError) {
        let escapeColumn = column
        offset += 1
        guard let byte = peek else { throw syntaxError("unterminated string, found end of input") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHex4()
            var scalarValue = unit
            if (0xD800...0xDBFF).contains(unit) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                    bytes[offset + 1] == UInt8(ascii: "u")
                else {
                    throw loneSurrogate(unit, column: escapeColumn)
                }
                offset += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, column: escapeColumn) }
                scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(unit, column: escapeColumn)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw loneSurrogate(unit, column: escapeColumn) }
            UTF8.encode(scalar) { buffer.append($0) }
        default:
            offset -= 1
            throw syntaxError("invalid escape sequence: `\\` followed by \(found)")
        }
    }

    private mutating func readHex4() throws(DiagnosticError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt32
            switch peek {
            case .some(let byte) where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"):
                digit = UInt32(byte - UInt8(ascii: "0"))
            case .some(let byte) where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"):
                digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case .some(let byte) where byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"):
                digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw syntaxError("expected four hexadecimal digits after `\\u`, found \(found)")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private func loneSurrogate(_ unit: UInt32, column: Int) -> DiagnosticError {
        syntaxError("`\\u\(Self.hex4(unit))` is a lone UTF-16 surrogate, not a character", line: line, column: column)
    }

    // MARK: Diagnostics

    /// Describes the byte at `offset` for a message: `` `}` ``, `end of input`, `a line break`.
    var found: String {
        guard let byte = peek else { return "end of input" }
        switch byte {
        case 0x0A, 0x0D: return "a line break"
        case 0x09: return "a tab"
        case ..<0x20, 0x7F: return "the control character U+\(Self.hex4(UInt32(byte)))"
        case UInt8(ascii: "`"): return "a backtick"
        case ..<0x80: return "`\(Character(Unicode.Scalar(byte)))`"
        default:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(offset + length, bytes.count)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            return "`\(text)`"
        }
    }

    func syntaxError(_ message: String) -> DiagnosticError {
        syntaxError(message, line: line, column: column)
    }

    private func syntaxError(_ message: String, line: Int, column: Int) -> DiagnosticError {
        DiagnosticError(
            Diagnostic(
                id: "JSON001",
                severity: .error,
                message: message,
                location: SourceLocation(file: file, line: line, column: column),
                hint: "fix the JSON syntax; JSON allows no comments, trailing commas, single quotes or unquoted keys"
            )
        )
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A key for a message, as a JSON string literal so that odd characters stay visible.
    private static func quotedForMessage(_ key: String) -> String {
        JSONEncoding.quoted(key)
    }
}
