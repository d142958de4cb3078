import InfraCore
import Yams

/// A `Decoder` over one composed YAML node.
struct YAMLNodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    let session: YAMLDecodingSession

    /// Exposes where the node being decoded was written, so a type can keep it (waivers do, to report on them).
    var userInfo: [CodingUserInfoKey: Any] {
        CodingUserInfoKey.sourceLocation.map { [$0: session.location(of: node)] } ?? [:]
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw session.typeMismatch(expected: .mapping, found: node, codingPath: codingPath)
        }
        return KeyedDecodingContainer(
            YAMLKeyedContainer<Key>(node: node, mapping: mapping, codingPath: codingPath, session: session)
        )
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw session.typeMismatch(expected: .list, found: node, codingPath: codingPath)
        }
        return YAMLUnkeyedContainer(node: node, elements: Array(sequence), codingPath: codingPath, session: session)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        YAMLSingleValueContainer(node: node, codingPath: codingPath, session: session)
    }
}

extension YAMLDecodingSession {
    func typeMismatch(expected: YAMLExpectation, found node: Node, codingPath: [any CodingKey])
        -> YAMLDecodingFailure
    {
        YAMLDecodingFailure(
            YAMLDiagnostics.typeMismatch(
                expected: expected,
                found: node,
                at: location(of: node),
                codingPath: codingPath
            )
        )
    }
}

// MARK: - Keyed

struct YAMLKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]
    let session: YAMLDecodingSession
    /// The value of each key, first occurrence wins (a repeated key is reported as `YAML006`).
    private let values: [String: Node]
    private let record: YAMLMappingRecord
    private let keys: [Key]

    /// Listing the keys is how a dictionary reads a mapping (a struct asks for its fields by name), so it marks the
    /// values as data for the empty-string check.
    var allKeys: [Key] {
        session.noteDataValues(values.values)
        return keys
    }

    init(node: Node, mapping: Node.Mapping, codingPath: [any CodingKey], session: YAMLDecodingSession) {
        self.node = node
        self.codingPath = codingPath
        self.session = session

        // One pass over the mapping: the values by name, every key in document order (for the unknown-key check),
        // and the names `Key` accepts.
        var values: [String: Node] = [:]
        var keyNodes: [(name: String, node: Node)] = []
        var allKeys: [Key] = []
        var accepted: [String] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                session.note(
                    YAMLDiagnostics.nonScalarKey(keyNode, at: session.location(of: keyNode), codingPath: codingPath)
                )
                continue
            }
            let name = scalar.string
            keyNodes.append((name, keyNode))
            if values[name] != nil {
                // Yams rejects keys that are equal as YAML values; `1` and `"1"` differ there but not here.
                let first = keyNodes.first { $0.name == name }
                session.note(
                    YAMLDiagnostics.duplicateKey(
                        name,
                        firstLine: first?.node.mark?.line,
                        at: session.location(of: keyNode),
                        codingPath: codingPath + [YAMLKey(name)]
                    )
                )
                continue
            }
            values[name] = value
            if let key = Key(stringValue: name) {
                allKeys.append(key)
                accepted.append(name)
            }
        }
        self.values = values
        self.keys = allKeys

        let record = session.record(for: node, codingPath: codingPath, keys: keyNodes)
        record.open(with: Key.self, accepting: accepted)
        self.record = record
    }

    private func value(for key: Key) throws -> Node {
        record.ask(key.stringValue)
        guard let value = values[key.stringValue] else {
            throw YAMLDecodingFailure(
                YAMLDiagnostics.missingKey(
                    key.stringValue,
                    at: session.location(of: node),
                    codingPath: codingPath + [key]
                )
            )
        }
        return value
    }

    func contains(_ key: Key) -> Bool {
        record.ask(key.stringValue)
        return values[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        YAMLScalarSyntax.isNull(try value(for: key))
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try session.decode(type, node: try value(for: key), codingPath: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        record.ask(key.stringValue)
        guard let value = values[key.stringValue], !YAMLScalarSyntax.isNull(value) else { return nil }
        return try session.decode(type, node: value, codingPath: codingPath + [key])
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeGeneric(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeGeneric(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeGeneric(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeGeneric(type, forKey: key) }

    private func decodeGeneric<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try session.decode(type, node: try value(for: key), codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try YAMLNodeDecoder(node: try value(for: key), codingPath: codingPath + [key], session: session)
            .container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try YAMLNodeDecoder(node: try value(for: key), codingPath: codingPath + [key], session: session)
            .unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(named: YAMLKey("super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        record.ask(key.stringValue)
        return superDecoder(named: key)
    }

    /// A decoder for the key's value, or for `null` at the mapping when the key is absent.
    private func superDecoder(named key: any CodingKey) -> any Decoder {
        let value = values[key.stringValue] ?? .scalar(Node.Scalar("", .implicit, .plain, node.mark))
        return YAMLNodeDecoder(node: value, codingPath: codingPath + [key], session: session)
    }
}

// MARK: - Unkeyed

struct YAMLUnkeyedContainer: UnkeyedDecodingContainer {
    let node: Node
    let elements: [Node]
    let codingPath: [any CodingKey]
    let session: YAMLDecodingSession
    private(set) var currentIndex = 0

    init(node: Node, elements: [Node], codingPath: [any CodingKey], session: YAMLDecodingSession) {
        self.node = node
        self.elements = elements
        self.codingPath = codingPath
        self.session = session
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private func current() throws -> Node {
        guard currentIndex < elements.count else {
            throw YAMLDecodingFailure(
                YAMLDiagnostics.tooFewItems(
                    count: elements.count,
                    at: session.location(of: node),
                    codingPath: codingPath
                )
            )
        }
        return elements[currentIndex]
    }

    private var elementPath: [any CodingKey] { codingPath + [YAMLIndexKey(currentIndex)] }

    mutating func decodeNil() throws -> Bool {
        guard YAMLScalarSyntax.isNull(try current()) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try session.decode(type, node: try current(), codingPath: elementPath)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let container = try YAMLNodeDecoder(node: try current(), codingPath: elementPath, session: session)
            .container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try YAMLNodeDecoder(node: try current(), codingPath: elementPath, session: session)
            .unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = YAMLNodeDecoder(node: try current(), codingPath: elementPath, session: session)
        currentIndex += 1
        return decoder
    }
}

// MARK: - Single value

/// Where the strictness lives: numbers and booleans must be plain scalars, strings must not be `null`.
struct YAMLSingleValueContainer: SingleValueDecodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let session: YAMLDecodingSession

    func decodeNil() -> Bool {
        YAMLScalarSyntax.isNull(node)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .scalar(let scalar) = node, YAMLScalarSyntax.isPlain(scalar, allowingTag: .bool) else {
            throw mismatch(.bool)
        }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default: throw mismatch(.bool)
        }
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .scalar(let scalar) = node, !YAMLScalarSyntax.isNull(scalar) else {
            throw mismatch(.string)
        }
        // Every string setting names or configures something AWS needs non-empty; an empty one would only fail
        // later, at the Swift line that used it. The values of a mapping (a container's environment variables) may
        // be empty.
        if scalar.string.isEmpty, !isMappingValue {
            throw DecodingError.dataCorruptedError(
                in: self,
                debugDescription: SettingsProblem.emptyString
            )
        }
        return scalar.string
    }

    /// Whether the value is one of a dictionary's (`[String: String]`), whose keys are data rather than field names.
    private var isMappingValue: Bool { session.isDataValue(node) }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .scalar(let scalar) = node,
            YAMLScalarSyntax.isPlain(scalar, allowingTag: .float)
                || YAMLScalarSyntax.isPlain(scalar, allowingTag: .int),
            let value = YAMLScalarSyntax.number(scalar.string)
        else {
            throw mismatch(.number)
        }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float {
        Float(try decode(Double.self))
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // The raw text of a settings value type (`Route53ZoneID`) keeps its `DecodingError`, so that the type can
        // replace the generic complaint about an empty string with its own, more precise one.
        if type == String.self, let text = try decode(String.self) as? T { return text }
        return try session.decode(type, node: node, codingPath: codingPath)
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard case .scalar(let scalar) = node,
            YAMLScalarSyntax.isPlain(scalar, allowingTag: .int),
            YAMLScalarSyntax.isInteger(scalar.string)
        else {
            throw mismatch(.integer)
        }
        guard let value = I(scalar.string, radix: 10) else {
            throw mismatch(.integerInRange(min: "\(I.min)", max: "\(I.max)"))
        }
        return value
    }

    private func mismatch(_ expected: YAMLExpectation) -> YAMLDecodingFailure {
        session.typeMismatch(expected: expected, found: node, codingPath: codingPath)
    }
}
