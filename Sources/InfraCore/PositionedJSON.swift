/// A parsed JSON value that remembers where it was written, so that checks on user-written JSON (the BMLT server
/// list, Terraform JSON files) can point at the exact line and column.
///
/// Objects keep their members in source order, each with the position of its key. Positions are 1-based; columns
/// count Unicode scalars from the start of the line (a byte-order mark at the start of the file is not counted).
public struct PositionedJSON: Sendable, Hashable {
    /// What kind of value was written.
    public enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        /// The decoded text of a string (escapes resolved), exactly as JSON defines it.
        case string(String)
        case array([PositionedJSON])
        case object([Member])
    }

    /// One `"key": value` pair of an object, with the position of the key's opening quote.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var line: Int
        public var column: Int
        public var value: PositionedJSON

        public init(key: String, line: Int, column: Int, value: PositionedJSON) {
            self.key = key
            self.line = line
            self.column = column
            self.value = value
        }

        /// Where the key is, in `file`.
        public func location(file: String) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }
    }

    public var kind: Kind
    /// 1-based line of the value's first character.
    public var line: Int
    /// 1-based column of the value's first character.
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// Where the value starts, in `file`.
    public func location(file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The members of an object in source order, or `nil` for anything else.
    public var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// The elements of an array, or `nil` for anything else.
    public var elements: [PositionedJSON]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The decoded text of a string, or `nil` for anything else.
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The first member of an object with the given key (keys are unique unless the parser was told to keep
    /// duplicates).
    public subscript(key: String) -> PositionedJSON? {
        members?.first { $0.key == key }?.value
    }

    /// A short description of the kind of value for messages: `a string`, `an array`, `null`.
    public var kindDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The plain value, read the way Terraform reads JSON: a string holding an interpolation or directive (`${`,
    /// `%{`) is an `.expression`; any other string is a `.string` with the template escapes `$${` and `%%{` undone,
    /// so that encoding it again writes the same text.
    public var value: JSONValue {
        switch kind {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .double(let number): .double(number)
        case .string(let text): Self.templateValue(text)
        case .array(let elements): .array(elements.map(\.value))
        case .object(let members):
            .object(Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// A JSON string read as a Terraform template.
    static func templateValue(_ text: String) -> JSONValue {
        // Without a brace there is neither an interpolation nor an escape; skip the character-level scans.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return .string(text) }
        if TemplateEscaping.hasInterpolation(text) { return .expression(text) }
        return .string(TemplateEscaping.unescape(text))
    }
}
