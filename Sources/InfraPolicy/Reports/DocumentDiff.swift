import InfraCore

/// The resource-level difference between two Terraform JSON documents of one stack: resources added and removed, and
/// for resources in both, the attributes that changed, by address. Outputs are compared the same way.
///
/// `diff` compares a fresh render against an earlier one (a folder or a git ref) or two environments of one stack;
/// unlike `plan` it needs no terraform and no state. Values a rule classes as secret, attributes the provider schema
/// marks sensitive and outputs declared `sensitive` are withheld: the diff says only that they changed.
public struct DocumentDiff: Hashable, Sendable {
    /// What happened to a resource or an output.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case removed, changed, added

        public var symbol: String {
            switch self {
            case .removed: "-"
            case .changed: "~"
            case .added: "+"
            }
        }

        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    /// One resource (`aws_vpc.main`) or output (`output.url`) that differs.
    public struct Entry: Hashable, Sendable {
        public var address: String
        public var kind: Kind
        /// The changed attributes, for `changed` entries.
        public var attributes: [PlanSummary.AttributeChange]

        public init(address: String, kind: Kind, attributes: [PlanSummary.AttributeChange] = []) {
            self.address = address
            self.kind = kind
            self.attributes = attributes
        }
    }

    /// The stack compared.
    public var stack: String
    /// What each side is, for the report heading: `out/prod` and `render`, or `staging` and `prod`.
    public var beforeLabel: String
    public var afterLabel: String
    /// Sorted by address.
    public var entries: [Entry]

    /// Compares two documents; a `nil` side is a stack that does not exist there (everything added or removed).
    public init(stack: String, before: JSONValue?, after: JSONValue?, beforeLabel: String, afterLabel: String) {
        self.stack = stack
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        let before = before.map(Self.canonical)
        let after = after.map(Self.canonical)
        let old = Self.resources(before)
        let new = Self.resources(after)
        var entries: [Entry] = []
        for address in Set(old.keys).union(new.keys) {
            let type = String(address.prefix { $0 != "." })
            switch (old[address], new[address]) {
            case (nil, .some): entries.append(Entry(address: address, kind: .added))
            case (.some, nil): entries.append(Entry(address: address, kind: .removed))
            case (let a?, let b?) where a != b:
                let attributes = JSONValueDiff.changes(from: a, to: b).map { change in
                    Self.attribute(
                        change,
                        sensitive: SecretRedaction.isSchemaSensitive(type: type, path: change.path),
                        before: a,
                        after: b
                    )
                }
                if !attributes.isEmpty {
                    entries.append(Entry(address: address, kind: .changed, attributes: attributes))
                }
            default: break
            }
        }
        let oldOutputs = before?["output"]?.objectValue ?? [:]
        let newOutputs = after?["output"]?.objectValue ?? [:]
        for name in Set(oldOutputs.keys).union(newOutputs.keys) {
            let address = "output.\(name)"
            switch (oldOutputs[name], newOutputs[name]) {
            case (nil, .some): entries.append(Entry(address: address, kind: .added))
            case (.some, nil): entries.append(Entry(address: address, kind: .removed))
            case (let a?, let b?) where a != b:
                let sensitive = a["sensitive"] == true || b["sensitive"] == true
                let attributes = JSONValueDiff.changes(from: a, to: b).map { change in
                    Self.attribute(
                        change,
                        sensitive: sensitive && change.path.first == .key("value"),
                        before: a,
                        after: b
                    )
                }
                entries.append(Entry(address: address, kind: .changed, attributes: attributes))
            default: break
            }
        }
        self.entries = entries.sorted { $0.address < $1.address }
    }

    /// True when nothing differs.
    public var isEmpty: Bool { entries.isEmpty }

    /// How many entries are of `kind`.
    public func count(_ kind: Kind) -> Int { entries.count { $0.kind == kind } }

    /// The value as Terraform reads it back from its file: a rendered document keeps references as `.expression`
    /// and a document read from disk has them as `.string` when they hold no `${`; encoding and parsing again makes
    /// both sides compare by their text.
    static func canonical(_ value: JSONValue) -> JSONValue {
        do throws(DiagnosticError) {
            return try JSONParser().parse(JSONEncoding().encode(value), file: "<document>").value
        } catch {
            return value
        }
    }

    /// Every managed resource of a document by address (`type.name`).
    static func resources(_ document: JSONValue?) -> [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        for (type, byName) in document?["resource"]?.objectValue ?? [:] {
            for (name, body) in byName.objectValue ?? [:] { found["\(type).\(name)"] = body }
        }
        return found
    }

    private static func attribute(
        _ change: JSONValueDiff.Change,
        sensitive: Bool,
        before: JSONValue,
        after: JSONValue
    ) -> PlanSummary.AttributeChange {
        let withheld =
            sensitive || SecretRedaction.isSecret(path: change.path, value: change.before, in: before)
            || SecretRedaction.isSecret(path: change.path, value: change.after, in: after)
        func shown(_ value: JSONValue?) -> String? {
            guard let value else { return nil }
            return withheld ? SecretRedaction.placeholder : JSONValueDiff.display(value)
        }
        return PlanSummary.AttributeChange(
            path: change.pathText,
            before: shown(change.before),
            after: shown(change.after),
            isSensitive: withheld,
            forcesReplacement: false
        )
    }
}
