import InfraCore
import InfraPolicy

/// A case where the value a rule reads is known only at plan (`"${var.unknown}"`): the rule must raise no finding,
/// because an unknown value is never reported as off (issue 11).
struct UnknownValue: Sendable {
    /// The failing document with one value replaced by an interpolation.
    struct Replacement: Sendable {
        /// Dotted attribute path inside the resource; a step into a list of blocks takes the first block.
        var path: [String]
        /// `type.name` of the resource; `nil` for the first resource of a type the rule looks at.
        var resource: String?
        /// Which of the fixture's failing documents to start from.
        var failingIndex: Int
    }

    enum Source: Sendable {
        case replacement(Replacement)
        case document(JSONValue)
    }

    var source: Source

    /// The interpolation every replacement writes.
    static let interpolation = JSONValue.expression("${var.unknown}")

    /// The `index`th failing document with the value at `path` (of `resource`) made unknown.
    static func at(_ path: String, of resource: String? = nil, inFailing index: Int = 0) -> UnknownValue {
        UnknownValue(
            source: .replacement(
                Replacement(path: path.split(separator: ".").map(String.init), resource: resource, failingIndex: index)
            )
        )
    }

    /// A document of its own, for values the failing documents do not hold.
    static func document(_ document: JSONValue) -> UnknownValue { UnknownValue(source: .document(document)) }

    /// The document to check, or `nil` when the replacement names a document or resource that is not there.
    func document(for fixture: RuleFixture, ruleTypes: Set<String>) -> JSONValue? {
        switch source {
        case .document(let document):
            return document
        case .replacement(let replacement):
            guard fixture.failing.indices.contains(replacement.failingIndex),
                case .object(var root) = fixture.failing[replacement.failingIndex],
                case .object(var byType)? = root["resource"]
            else { return nil }
            let address: (type: String, name: String)?
            if let resource = replacement.resource {
                let parts = resource.split(separator: ".", maxSplits: 1).map(String.init)
                address = parts.count == 2 ? (parts[0], parts[1]) : nil
            } else {
                let type = byType.keys.sorted().first { ruleTypes.contains($0) || ruleTypes.contains(Rule.everyType) }
                address = type.flatMap { type in byType[type]?.objectValue?.keys.sorted().first.map { (type, $0) } }
            }
            guard let address, case .object(var byName)? = byType[address.type], let body = byName[address.name],
                let replaced = Self.replacing(replacement.path[...], in: body)
            else { return nil }
            byName[address.name] = replaced
            byType[address.type] = .object(byName)
            root["resource"] = .object(byType)
            return .object(root)
        }
    }

    /// `value` with the member at `path` set to the interpolation; a list step goes into its first element.
    private static func replacing(_ path: ArraySlice<String>, in value: JSONValue) -> JSONValue? {
        guard let key = path.first else { return interpolation }
        switch value {
        case .object(var members):
            let inner = members[key] ?? .object([:])
            guard let replaced = path.count == 1 ? interpolation : replacing(path.dropFirst(), in: inner) else {
                return nil
            }
            members[key] = replaced
            return .object(members)
        case .array(var elements):
            guard let first = elements.first, let replaced = replacing(path, in: first) else { return nil }
            elements[0] = replaced
            return .array(elements)
        default:
            return nil
        }
    }
}
