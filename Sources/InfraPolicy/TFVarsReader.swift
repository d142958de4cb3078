import InfraCore

/// Reads a variable definitions file in HCL (`terraform.tfvars`, `*.auto.tfvars`, a `-var-file`): `NAME = VALUE`
/// lines whose values are literals.
///
/// terraform allows nothing else there (no references, no function calls), so the literals are the whole grammar:
/// strings with their escapes, heredocs (`<<EOF`, `<<-EOF`), numbers, `true`, `false`, `null`, lists and objects
/// (`key = value` or `key: value`, separated by commas or new lines), and `#`, `//` and `/* */` comments. A file
/// that is something else is not read: `Failure` says where, and its variables stay unknown.
public struct TFVarsReader {
    /// Where the file stops being a variable definitions file infragen reads, and why.
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var reason: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// How deep lists and objects may nest: a file is short, and a deeper one is not a variables file.
    static let depthLimit = 64

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The assignments of `text`, in file order, each with where its name is written in `file`.
    public static func assignments(in text: String, file: String) throws(Failure) -> [ReferenceValues.Assignment] {
        var reader = TFVarsReader(text)
        var found: [ReferenceValues.Assignment] = []
        while true {
            reader.skipSpace(newlines: true)
            guard reader.index < reader.bytes.count else { return found }
            let location = SourceLocation(file: file, line: reader.line, column: reader.column)
            let name = try reader.identifier()
            reader.skipSpace(newlines: false)
            guard reader.take(UInt8(ascii: "=")) else { throw reader.failure("expected `=` after `\(name)`") }
            let value = try reader.value(depth: 0)
            reader.skipSpace(newlines: false)
            guard reader.index == reader.bytes.count || reader.peek == UInt8(ascii: "\n") else {
                throw reader.failure("expected a new line after the value of `\(name)`")
            }
            found.append(ReferenceValues.Assignment(name: name, value: value, location: location))
        }
    }

    private var column: Int { index - lineStart + 1 }
    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ reason: String) -> Failure {
        Failure(line: line, column: column, reason: reason)
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        advance()
        return true
    }

    /// Skips blanks and comments, and new lines when `newlines`.
    private mutating func skipSpace(newlines: Bool) {
        while let byte = peek {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "\n") where newlines:
                advance()
            case UInt8(ascii: "#"):
                while let next = peek, next != UInt8(ascii: "\n") { advance() }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while let next = peek, next != UInt8(ascii: "\n") { advance() }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                advance()
                advance()
                while index < bytes.count,
                    !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count
                        && bytes[index + 1] == UInt8(ascii: "/"))
                {
                    advance()
                }
                if index < bytes.count {
                    advance()
                    advance()
                }
            default:
                return
            }
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    private mutating func identifier() throws(Failure) -> String {
        guard let first = peek, Self.isIdentifierStart(first) else { throw failure("expected a variable name") }
        let start = index
        while let byte = peek, Self.isIdentifierPart(byte) { advance() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.depthLimit else { throw failure("values nest deeper than \(Self.depthLimit)") }
        skipSpace(newlines: false)
        guard let byte = peek else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try quoted())
        case UInt8(ascii: "<"): return .string(try heredoc())
        case UInt8(ascii: "["): return try list(depth: depth)
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default:
            let start = (line: line, column: column)
            let word = try identifier()
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                throw Failure(
                    line: start.line,
                    column: start.column,
                    reason: "`\(word)` is no literal value, and a variables file holds only literals"
                )
            }
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        while let byte = peek,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        {
            advance()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let whole = Int(text) { return .int(whole) }
        if let number = Double(text), number.isFinite { return .double(number) }
        throw failure("`\(text)` is not a number")
    }

    /// A quoted string, its escapes undone; an interpolation or directive in it is refused (terraform refuses them in
    /// a variables file too), and `$${` / `%%{` are the literal `${` / `%{`.
    private mutating func quoted() throws(Failure) -> String {
        advance()
        var text: [UInt8] = []
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\n"):
                throw failure("a quoted string ends at the end of its line")
            case UInt8(ascii: "\\"):
                advance()
                text += try escape()
            case UInt8(ascii: "$"), UInt8(ascii: "%"):
                advance()
                if peek == byte, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                    advance()
                } else if peek == UInt8(ascii: "{") {
                    throw failure("a variables file holds only literals, and this string has an interpolation")
                }
                text.append(byte)
            default:
                text.append(byte)
                advance()
            }
        }
        throw failure("a quoted string is not closed")
    }

    private mutating func escape() throws(Failure) -> [UInt8] {
        guard let byte = peek else { throw failure("a quoted string is not closed") }
        advance()
        switch byte {
        case UInt8(ascii: "n"): return [UInt8(ascii: "\n")]
        case UInt8(ascii: "r"): return [UInt8(ascii: "\r")]
        case UInt8(ascii: "t"): return [UInt8(ascii: "\t")]
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): return [byte]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + length <= bytes.count,
                let code = UInt32(String(decoding: bytes[index..<index + length], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(code)
            else { throw failure("`\\\(Character(Unicode.Scalar(byte)))` needs \(length) hexadecimal digits") }
            for _ in 0..<length { advance() }
            return Array(String(Character(scalar)).utf8)
        default:
            throw failure("`\\\(Character(Unicode.Scalar(byte)))` is no escape of a quoted string")
        }
    }

    /// `<<EOF` … `EOF`, or `<<-EOF`, whose lines lose the indentation they share.
    private mutating func heredoc() throws(Failure) -> String {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") else { throw failure("expected a value") }
        advance()
        advance()
        let indented = take(UInt8(ascii: "-"))
        let marker = try identifier()
        skipSpace(newlines: false)
        guard take(UInt8(ascii: "\n")) else { throw failure("a heredoc's text starts on the line after `<<\(marker)`") }
        var lines: [Substring] = []
        while index < bytes.count {
            let start = index
            while let byte = peek, byte != UInt8(ascii: "\n") { advance() }
            let text = Substring(String(decoding: bytes[start..<index], as: UTF8.self))
            if text.trimmingBlanks() == marker {
                let body = indented ? Self.dedented(lines) : lines
                let joined = body.map { $0 + "\n" }.joined()
                // `$${` and `%%{` are the literal `${` and `%{`; an interpolation or a directive is refused.
                guard let text = ReferenceValues.text(ofTemplate: joined, value: { _ in nil })?.text else {
                    throw failure("a variables file holds only literals, and this heredoc has an interpolation")
                }
                return text
            }
            lines.append(text)
            if index < bytes.count { advance() }
        }
        throw failure("the heredoc `\(marker)` is not closed")
    }

    private static func dedented(_ lines: [Substring]) -> [Substring] {
        let indents = lines.filter { !$0.trimmingBlanks().isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let shared = indents.min() ?? 0
        return lines.map { $0.dropFirst(min(shared, $0.prefix { $0 == " " || $0 == "\t" }.count)) }
    }

    private mutating func list(depth: Int) throws(Failure) -> JSONValue {
        advance()
        var elements: [JSONValue] = []
        while true {
            skipSpace(newlines: true)
            if take(UInt8(ascii: "]")) { return .array(elements) }
            elements.append(try value(depth: depth + 1))
            skipSpace(newlines: true)
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "]")) else { throw failure("expected `,` or `]` in a list") }
            return .array(elements)
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        advance()
        var members: [String: JSONValue] = [:]
        while true {
            skipSpace(newlines: true)
            if take(UInt8(ascii: "}")) { return .object(members) }
            let key = peek == UInt8(ascii: "\"") ? try quoted() : try identifier()
            skipSpace(newlines: false)
            guard take(UInt8(ascii: "=")) || take(UInt8(ascii: ":")) else {
                throw failure("expected `=` or `:` after the key `\(key)`")
            }
            members[key] = try value(depth: depth + 1)
            skipSpace(newlines: false)
            if take(UInt8(ascii: ",")) || peek == UInt8(ascii: "\n") { continue }
            guard take(UInt8(ascii: "}")) else { throw failure("expected `,`, a new line or `}` in an object") }
            return .object(members)
        }
    }
}

extension Substring {
    /// Without the blanks at either end.
    fileprivate func trimmingBlanks() -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
