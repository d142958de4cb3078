/// A Terraform JSON value.
///
/// Strings come in two kinds because Terraform reads every JSON string as a template: `.string` is literal text, and
/// the encoder escapes any `${` or `%{` in it; `.expression` is template text written on purpose (a reference such as
/// `${aws_vpc.main.id}` or a function call), and is written verbatim. Keeping them apart is what makes a literal
/// `${` in a tag or an event pattern safe without anyone thinking about it.
///
/// `.template` is an expression built by the model from typed references: it is written exactly like `.expression`
/// (and compares equal to the expression with the same text), but it also carries its references as values, so the
/// model knows its dependency edges without parsing. Rendering lowers it to `.expression`.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case expression(String)
    case template(Template)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The members of an object, or `nil` for anything else.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array, or `nil` for anything else.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text of a literal string; `nil` for expressions, whose value is only known at plan time.
    public var literalString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The text of a string of either kind, as it would appear in the rendered template.
    public var templateText: String? {
        switch self {
        case .string(let text): TemplateEscaping.escape(text)
        case .expression(let text): text
        case .template(let template): template.text
        default: nil
        }
    }

    /// An integer value, also from a whole-number double.
    public var intValue: Int? {
        switch self {
        case .int(let value): value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// A number as a double.
    public var doubleValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// A literal boolean value.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Looks up a member of an object by key.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// Blocks in Terraform JSON may be written as one object or as a list of objects; this returns them as a list.
    public var blocks: [[String: JSONValue]] {
        switch self {
        case .object(let members): [members]
        case .array(let elements): elements.compactMap(\.objectValue)
        default: []
        }
    }

    /// `blocks.first`, without building the list: rules read a resource's first block many times per document.
    public var firstBlock: [String: JSONValue]? {
        switch self {
        case .object(let members): members
        case .array(let elements): elements.lazy.compactMap(\.objectValue).first
        default: nil
        }
    }
}

extension JSONValue {
    /// Values are equal when they render the same: a `.template` equals the `.expression` with its text.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default:
            if let a = lhs.expressionText, let b = rhs.expressionText { a == b } else { false }
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(1); hasher.combine(value)
        case .int(let value): hasher.combine(2); hasher.combine(value)
        case .double(let value): hasher.combine(3); hasher.combine(value)
        case .string(let value): hasher.combine(4); hasher.combine(value)
        case .expression(let text): hasher.combine(5); hasher.combine(text)
        case .template(let template): hasher.combine(5); hasher.combine(template.text)
        case .array(let elements): hasher.combine(6); hasher.combine(elements)
        case .object(let members): hasher.combine(7); hasher.combine(members)
        }
    }

    /// The text of an expression or template.
    private var expressionText: String? {
        switch self {
        case .expression(let text): text
        case .template(let template): template.text
        default: nil
        }
    }

    /// Every reference the model put into this value, in document order (object members by key).
    public var references: [Reference] {
        var found: [Reference] = []
        collectReferences(into: &found)
        return found
    }

    private func collectReferences(into found: inout [Reference]) {
        switch self {
        case .template(let template): found += template.references
        case .array(let elements): for element in elements { element.collectReferences(into: &found) }
        case .object(let members):
            // Members in key order, but only the few that hold a reference are sorted: sorting every object's keys
            // was most of the walk, and most members are plain values.
            var holding: [(key: String, references: [Reference])] = []
            for (key, value) in members {
                var inner: [Reference] = []
                value.collectReferences(into: &inner)
                if !inner.isEmpty { holding.append((key, inner)) }
            }
            if holding.count > 1 { holding.sort { $0.key < $1.key } }
            for member in holding { found += member.references }
        default: break
        }
    }

    /// The value as it goes into a document: templates become plain expressions, the form a parsed file has too.
    public var lowered: JSONValue {
        switch self {
        case .template(let template): .expression(template.text)
        case .array(let elements): .array(elements.map(\.lowered))
        case .object(let members): .object(members.mapValues(\.lowered))
        default: self
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Builds an object; a repeated key keeps the last value, as JSON parsers do.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// A literal string list.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }
}
