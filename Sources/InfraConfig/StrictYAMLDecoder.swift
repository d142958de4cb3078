import InfraCore
import Yams

/// Decodes environment settings from YAML, refusing anything it does not understand.
///
/// Unlike a lenient decoder, every problem is a ``Diagnostic`` with the file, line and column of the YAML that
/// caused it:
///
/// - `YAML001` the text is not valid YAML;
/// - `YAML002` a key the settings type does not declare (all of them are reported, with a suggestion);
/// - `YAML003` a value of the wrong kind (a string where an integer is expected, `yes` for a boolean, a quoted number);
/// - `YAML004` a required key is missing;
/// - `YAML005` a value the settings type itself rejected (a `DecodingError.dataCorrupted`, an invalid enum value);
/// - `YAML006` a key written twice in one mapping.
///
/// Numbers and booleans must be plain scalars (`3`, `1.5`, `true`, `false`); strings accept every scalar style, but a
/// plain `null`, `~` or empty value is not a string. An empty document decodes as an empty mapping.
public struct StrictYAMLDecoder: Sendable {
    public init() {}

    /// Decodes `text` (the contents of `file`, a project-relative path used only in messages) into `T`.
    public func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws(DiagnosticError) -> T {
        try decode(type, root: Self.compose(text, file: file), file: file)
    }

    /// Decodes `text` as `decode(_:from:file:)` does, and returns its scalars too (`SettingScalar.all(in:file:)`),
    /// read from the same parse: composing a settings file is most of the cost of decoding it.
    public func decodeWithScalars<T: Decodable>(_ type: T.Type, from text: String, file: String)
        throws(DiagnosticError) -> (value: T, scalars: [SettingScalar])
    {
        let root = try Self.compose(text, file: file)
        return (try decode(type, root: root, file: file), SettingScalar.all(inRoot: root, file: file))
    }

    /// The document's root node (an empty mapping for an empty document), or its syntax diagnostics.
    private static func compose(_ text: String, file: String) throws(DiagnosticError) -> Node {
        do {
            return YAMLDecodingSession.normalizedRoot(try YAMLComposer.compose(text))
        } catch {
            throw DiagnosticError(YAMLDiagnostics.syntaxDiagnostics(for: error, text: text, file: file))
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, root: Node, file: String) throws(DiagnosticError) -> T {
        let session = YAMLDecodingSession(file: file, root: root)
        let outcome: Result<T, YAMLDecodingFailure>
        do {
            outcome = .success(try session.decode(type, node: root, codingPath: []))
        } catch let failure as YAMLDecodingFailure {
            outcome = .failure(failure)
        } catch {
            outcome = .failure(session.failure(for: error, decoding: type, node: root, codingPath: []))
        }

        switch outcome {
        case .success(let value):
            let diagnostics = session.finish(decodingSucceeded: true)
            guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
            return value
        case .failure(let failure):
            throw DiagnosticError(session.finish(decodingSucceeded: false, adding: failure.diagnostics))
        }
    }
}

/// The error the containers throw to stop decoding; it already carries finished diagnostics, so every layer above
/// the one that raised it passes it on untouched.
struct YAMLDecodingFailure: Error {
    var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}

/// The state of one `decode` call: the file name, the composed document, the problems that do not stop decoding
/// (unknown and duplicate keys) and what each mapping's key types accepted.
///
/// It is a class so that every container of one call shares it; it is created, used and dropped inside a single
/// `StrictYAMLDecoder.decode` call and never crosses an isolation boundary, so it is deliberately not `Sendable`.
final class YAMLDecodingSession {
    let file: String
    let root: Node
    /// Diagnostics that were noted without stopping the decode.
    private var noted: [Diagnostic] = []
    /// Every mapping a keyed container was opened on, by path and position, in the order they were first opened.
    private var mappings: [String: YAMLMappingRecord] = [:]
    private var mappingOrder: [String] = []
    /// The positions of values whose mapping was read as data (its keys listed, as a dictionary does) rather than as
    /// fields: such a value may be an empty string, as an environment variable may.
    private var dataValuePositions: Set<[Int]> = []

    init(file: String, root: Node) {
        self.file = file
        self.root = root
    }

    /// An absent document, or one holding only `null`, reads as an empty mapping.
    static func normalizedRoot(_ node: Node?) -> Node {
        guard let node else { return .mapping(Node.Mapping([])) }
        if case .scalar(let scalar) = node, YAMLScalarSyntax.isNull(scalar) {
            return .mapping(Node.Mapping([], .implicit, .block, scalar.mark))
        }
        return node
    }

    // MARK: Decoding

    /// Decodes `T` from `node`, turning whatever `T.init(from:)` throws into located diagnostics.
    func decode<T: Decodable>(_ type: T.Type, node: Node, codingPath: [any CodingKey]) throws -> T {
        do {
            return try T(from: YAMLNodeDecoder(node: node, codingPath: codingPath, session: self))
        } catch let failure as YAMLDecodingFailure {
            throw failure
        } catch {
            throw failure(for: error, decoding: type, node: node, codingPath: codingPath)
        }
    }

    /// Turns an error thrown by a type's own `init(from:)` into diagnostics at the node the error is about.
    func failure<T>(for error: any Error, decoding type: T.Type, node: Node, codingPath: [any CodingKey])
        -> YAMLDecodingFailure
    {
        if let failure = error as? YAMLDecodingFailure { return failure }
        if let error = error as? DecodingError {
            return YAMLDecodingFailure(diagnostic(for: error, decoding: type, node: node, codingPath: codingPath))
        }
        if let diagnostic = error as? Diagnostic {
            return YAMLDecodingFailure(located(diagnostic, node: node, codingPath: codingPath))
        }
        if let error = error as? DiagnosticError {
            return YAMLDecodingFailure(error.diagnostics.map { located($0, node: node, codingPath: codingPath) })
        }
        return YAMLDecodingFailure(
            YAMLDiagnostics.invalidValue(
                message: YAMLDiagnostics.sentence(String(describing: error)),
                hint: YAMLDiagnostics.checkHint(codingPath),
                at: location(of: node),
                codingPath: codingPath
            )
        )
    }

    private func located(_ diagnostic: Diagnostic, node: Node, codingPath: [any CodingKey]) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.location == nil { diagnostic.location = location(of: node) }
        if diagnostic.attribute == nil { diagnostic.attribute = YAMLDiagnostics.attribute(codingPath) }
        return diagnostic
    }

    private func diagnostic<T>(
        for error: DecodingError,
        decoding type: T.Type,
        node: Node,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        switch error {
        case .dataCorrupted(let context):
            let path = absolutePath(context.codingPath, from: codingPath)
            let target = resolve(path)
            if let invalid = invalidEnumValue(type, node: target, at: path, decoderPath: codingPath) {
                return invalid
            }
            return YAMLDiagnostics.invalidValue(
                message: YAMLDiagnostics.sentence(context.debugDescription),
                hint: YAMLDiagnostics.checkHint(path),
                at: location(of: target),
                codingPath: path
            )
        case .keyNotFound(let key, let context):
            let path = absolutePath(context.codingPath, from: codingPath)
            return YAMLDiagnostics.missingKey(
                key.stringValue,
                at: location(of: resolve(path)),
                codingPath: path + [key]
            )
        case .typeMismatch(let expected, let context), .valueNotFound(let expected, let context):
            let path = absolutePath(context.codingPath, from: codingPath)
            let target = resolve(path)
            return YAMLDiagnostics.typeMismatch(
                expected: YAMLExpectation(swiftType: expected),
                found: target,
                at: location(of: target),
                codingPath: path
            )
        @unknown default:
            return YAMLDiagnostics.invalidValue(
                message: YAMLDiagnostics.sentence(String(describing: error)),
                hint: YAMLDiagnostics.checkHint(codingPath),
                at: location(of: node),
                codingPath: codingPath
            )
        }
    }

    /// A better message than the standard library's "Cannot initialize X from invalid String value y" for an enum
    /// whose raw value did not match, listing the valid values when the enum is `CaseIterable`.
    private func invalidEnumValue<T>(
        _ type: T.Type,
        node: Node,
        at path: [any CodingKey],
        decoderPath: [any CodingKey]
    ) -> Diagnostic? {
        let unwrapped = YAMLOptionalUnwrapping.wrappedType(of: type)
        guard unwrapped is any RawRepresentable.Type,
            YAMLCodingPath.same(path, decoderPath),
            case .scalar(let scalar) = node
        else { return nil }
        return YAMLDiagnostics.invalidEnumValue(
            scalar,
            validValues: YAMLCaseNames.rawValues(of: unwrapped),
            at: location(of: node),
            codingPath: path
        )
    }

    /// A context path from a type's own code is absolute when it starts with the decoder's path (the usual case, as
    /// containers hand out their `codingPath`); otherwise it is taken as relative to the decoder's node.
    private func absolutePath(_ path: [any CodingKey], from decoderPath: [any CodingKey]) -> [any CodingKey] {
        YAMLCodingPath.hasPrefix(path, decoderPath) ? path : decoderPath + path
    }

    /// The deepest node along `path`, starting at the document root.
    func resolve(_ path: [any CodingKey]) -> Node {
        var node = root
        for key in path {
            switch node {
            case .mapping(let mapping):
                guard let value = mapping.first(where: { $0.key.scalar?.string == key.stringValue })?.value else {
                    return node
                }
                node = value
            case .sequence(let sequence):
                guard let index = key.intValue, sequence.indices.contains(index) else { return node }
                node = sequence[index]
            case .scalar, .alias:
                return node
            }
        }
        return node
    }

    // MARK: Locations and noted problems

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Marks `values` as the values of a mapping read as data. A decoder that lists a mapping's keys (`allKeys`)
    /// reads its keys as data: `Dictionary` does, a struct's synthesized `init(from:)` never does.
    func noteDataValues(_ values: some Sequence<Node>) {
        for value in values { dataValuePositions.insert(Self.position(of: value)) }
    }

    /// Whether `node` is a value of a mapping read as data.
    func isDataValue(_ node: Node) -> Bool {
        dataValuePositions.contains(Self.position(of: node))
    }

    private static func position(of node: Node) -> [Int] {
        [node.mark?.line ?? 0, node.mark?.column ?? 0]
    }

    func note(_ diagnostic: Diagnostic) {
        noted.append(diagnostic)
    }

    /// The record of the mapping at `path`, shared by every keyed container opened on it.
    func record(for node: Node, codingPath: [any CodingKey], keys: [(name: String, node: Node)]) -> YAMLMappingRecord {
        let id = "\(YAMLDiagnostics.attribute(codingPath) ?? "")@\(node.mark?.description ?? "-")"
        if let existing = mappings[id] { return existing }
        let record = YAMLMappingRecord(keys: keys, codingPath: codingPath)
        mappings[id] = record
        mappingOrder.append(id)
        return record
    }

    /// Everything noted during the call, with the unknown keys of every mapping, without repeats.
    ///
    /// The allowed keys are listed when the key type is `CaseIterable`, or when decoding otherwise succeeded, in
    /// which case the keys the type asked for are the complete list.
    func finish(decodingSucceeded: Bool, adding extra: [Diagnostic] = []) -> [Diagnostic] {
        var all = noted
        for id in mappingOrder {
            guard let record = mappings[id] else { continue }
            let unknown = record.unknownKeys
            guard !unknown.isEmpty else { continue }
            let candidates = record.candidates
            let complete = decodingSucceeded || record.allKeyTypesIterable
            for (name, keyNode) in unknown {
                all.append(
                    YAMLDiagnostics.unknownKey(
                        name,
                        candidates: candidates,
                        listIsComplete: complete,
                        at: location(of: keyNode),
                        codingPath: record.codingPath + [YAMLKey(name)]
                    )
                )
            }
        }
        all += extra
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }
    }
}

/// What the key types opened on one mapping accepted and asked for, to find unknown keys and suggest known ones.
final class YAMLMappingRecord {
    let codingPath: [any CodingKey]
    /// The mapping's keys in document order, with the node of each key.
    let keys: [(name: String, node: Node)]
    private var accepted: Set<String> = []
    /// The key types opened on the mapping, each once, in the order opened.
    private var keyTypes: [any CodingKey.Type] = []
    private var asked: [String] = []

    /// `keys`: the mapping's scalar keys in document order, repeats included.
    init(keys: [(name: String, node: Node)], codingPath: [any CodingKey]) {
        self.codingPath = codingPath
        self.keys = keys
    }

    /// Notes the mapping's keys `Key` accepts (`names`, which the container found as it read the mapping), and the
    /// key type, whose declared keys are read only if some key is unknown: finding out whether it is `CaseIterable`
    /// is a dynamic cast that scans every conformance in the binary, the first time for each type, and a file
    /// without mistakes never needs the answer.
    func open<Key: CodingKey>(with keyType: Key.Type, accepting names: [String]) {
        accepted.formUnion(names)
        if !keyTypes.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(keyType) }) { keyTypes.append(keyType) }
    }

    /// Whether every key type opened on the mapping lists its keys (`CaseIterable`).
    var allKeyTypesIterable: Bool {
        keyTypes.allSatisfy { YAMLCaseNames.keyNames(ofAny: $0) != nil }
    }

    /// Notes a key the type asked about, which is therefore a key it knows.
    func ask(_ name: String) {
        if !asked.contains(name) { asked.append(name) }
    }

    /// Keys no key type opened on this mapping accepts.
    var unknownKeys: [(name: String, node: Node)] {
        guard !keyTypes.isEmpty else { return [] }
        return keys.filter { !accepted.contains($0.name) }
    }

    /// Known keys: the declared ones, then any others the type asked for.
    var candidates: [String] {
        var declared: [String] = []
        for keyType in keyTypes {
            for name in YAMLCaseNames.keyNames(ofAny: keyType) ?? [] where !declared.contains(name) {
                declared.append(name)
            }
        }
        return declared + asked.filter { !declared.contains($0) }
    }
}

/// A coding key for a mapping key that has no key type of its own (unknown keys, `super`).
struct YAMLKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { self.stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A coding key for a list element; rendered as `[index]` in attribute paths.
struct YAMLIndexKey: CodingKey {
    var index: Int
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }

    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.index = intValue }
}

enum YAMLCodingPath {
    static func same(_ lhs: [any CodingKey], _ rhs: [any CodingKey]) -> Bool {
        lhs.count == rhs.count && hasPrefix(lhs, rhs)
    }

    static func hasPrefix(_ path: [any CodingKey], _ prefix: [any CodingKey]) -> Bool {
        guard prefix.count <= path.count else { return false }
        return zip(path, prefix).allSatisfy { $0.stringValue == $1.stringValue && $0.intValue == $1.intValue }
    }

    static func isIndex(_ key: any CodingKey) -> Bool {
        if key is YAMLIndexKey { return true }
        guard let index = key.intValue else { return false }
        return key.stringValue == "Index \(index)"
    }
}

/// Names from `CaseIterable` types: the keys of a coding-key enum, the raw values of a settings enum.
enum YAMLCaseNames {
    /// The keys of a coding-key type, or `nil` when it is not `CaseIterable`.
    static func keyNames(ofAny type: any CodingKey.Type) -> [String]? {
        keyNames(of: type)
    }

    private static func keyNames<Key: CodingKey>(of type: Key.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return keyNames(in: iterable, as: type)
    }

    /// Each case read back as `Key`, the type it is: a cast to a concrete type compares two metadata pointers, where
    /// a cast to `any CodingKey` would look the conformance up (a scan of every conformance in the binary, once per
    /// type).
    private static func keyNames<C: CaseIterable, Key: CodingKey>(in type: C.Type, as key: Key.Type) -> [String] {
        C.allCases.compactMap { ($0 as? Key)?.stringValue }
    }

    /// The raw values of an enum as written in YAML, or `nil` when it is not `CaseIterable` and `RawRepresentable`.
    static func rawValues(of type: Any.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return rawValues(in: iterable)
    }

    private static func rawValues<C: CaseIterable>(in type: C.Type) -> [String]? {
        var values: [String] = []
        for value in C.allCases {
            guard let raw = value as? any RawRepresentable else { return nil }
            values.append(String(describing: raw.rawValue))
        }
        return values
    }
}

/// Sees through `Optional` so that `[Environment?]` still gets the list of valid environments.
enum YAMLOptionalUnwrapping {
    static func wrappedType(of type: Any.Type) -> Any.Type {
        var current = type
        while let optional = current as? any YAMLOptionalType.Type {
            current = optional.yamlWrappedType
        }
        return current
    }
}

protocol YAMLOptionalType {
    static var yamlWrappedType: Any.Type { get }
}

extension Optional: YAMLOptionalType {
    static var yamlWrappedType: Any.Type { Wrapped.self }
}
