/// Collects a stack from its body: every construct the body lists, plus every construct those refer to through
/// references, transitively, each once. This is what lets a stack write each construct once: a network, a key or a
/// database that something else uses is never listed a second time.
///
/// A construct is identified by its type, label, declaring line and, when it is `Equatable`, its value without
/// modifiers (so two different constructs written on one line in a loop stay two); see `Key`. When the same
/// construct is met more than once (listed, and reached through a reference taken before `.waive(…)` was added), it
/// is expanded once, with the modifiers of every copy, so a waiver is never lost to the order in which references
/// were taken.
public struct StackAssembly: Sendable {
    public private(set) var resources: [Resource] = []
    public private(set) var outputs: [Output] = []
    public private(set) var files: [GeneratedFile] = []
    public private(set) var problems: [Diagnostic] = []
    /// For each resource, the type of the construct the stack author wrote that made it (`InfraAWS.Lambda.Function`
    /// for a function's log group too), so a finding can say which parameter of which construct fixes it.
    public private(set) var constructTypes: [ResourceAddress: String] = [:]

    /// What tells two constructs apart without looking inside them: their type, label and declaring line. Most
    /// constructs are met many times (every reference to a network or a key brings it back), so lookups go by this
    /// cheap key, and the construct's value is compared only against the few entries that share it, with
    /// `Construct.isSameConstruct(as:)` (`==`, which stops at the first difference and skips shared storage).
    private struct Key: Hashable {
        var type: ObjectIdentifier
        var label: String
        var location: SourceLocation

        init(_ construct: any Construct) {
            type = ObjectIdentifier(Swift.type(of: construct))
            label = construct.declaration.label
            location = construct.declaration.location
        }
    }

    private struct Entry {
        var construct: any Construct
        var owner: String
        var resources: [Resource]
        var modifiers: ConstructModifiers
    }

    /// A construct waiting to be expanded, with the type of the construct the author wrote that it belongs to.
    private struct Pending {
        var construct: any Construct
        var owner: String?
    }

    public init(_ body: [any Construct]) {
        var entries: [Entry] = []
        // Key → index into `entries` of each distinct construct with that key.
        var seen: [Key: [Int]] = [:]
        var pending = Self.flattened(body).map { Pending(construct: $0, owner: nil) }
        var index = 0
        // Breadth first: the body in order, then what it reaches, in the order references appear. A level (what is
        // pending when it starts) is taken in order to find its new constructs; they are expanded side by side, and
        // what each reaches is queued in their order, so the entries and the queue are what one construct at a
        // time gives.
        while index < pending.count {
            var fresh: [Int] = []
            for position in index..<pending.count {
                let construct = pending[position].construct
                let key = Key(construct)
                if let candidates = seen[key] {
                    // A type that cannot compare its values has one construct per key.
                    let match = candidates.first { construct.isSameConstruct(as: entries[$0].construct) ?? true }
                    if let match {
                        entries[match].modifiers.merge(construct.declaration.modifiers)
                        continue
                    }
                }
                // The type's name only for constructs that are kept. `_typeName(_:qualified:)` is what
                // `String(reflecting:)` prints for a metatype, without the dynamic casts (a scan of every protocol
                // conformance in the binary per new type) that `String(reflecting:)` makes first.
                let ownerName = pending[position].owner ?? _typeName(type(of: construct), qualified: true)
                seen[key, default: []].append(entries.count)
                fresh.append(entries.count)
                entries.append(
                    Entry(
                        construct: construct,
                        owner: ownerName,
                        resources: [],
                        modifiers: construct.declaration.modifiers
                    )
                )
            }
            index = pending.count
            let constructs = fresh.map { entries[$0].construct }
            let expansions = ParallelMap.chunked(constructs, minimumChunk: Self.minimumChunk) { construct in
                let resources = construct.expand()
                let references = resources.flatMap(\.references) + construct.outputs.flatMap(\.value.references)
                return (resources: resources, references: references)
            }
            for (entry, expansion) in zip(fresh, expansions) {
                entries[entry].resources = expansion.resources
                let owner = entries[entry].owner
                pending += Self.flattened(entries[entry].construct.modifiedParts).map {
                    Pending(construct: $0, owner: owner)
                }
                for reference in expansion.references {
                    if let origin = reference.origin {
                        pending += Self.flattened([origin.construct]).map { Pending(construct: $0, owner: nil) }
                    }
                }
            }
        }
        for entry in entries {
            resources += entry.modifiers.apply(to: entry.resources)
            for resource in entry.resources where constructTypes[resource.address] == nil {
                constructTypes[resource.address] = entry.owner
            }
            outputs += entry.construct.outputs
            files += entry.construct.generatedFiles
            problems += entry.construct.problems
        }
    }

    /// The fewest new constructs of a level expanded as one task: a construct's expansion is some tens of
    /// microseconds.
    static let minimumChunk = 8

    /// Groups taken apart into their members.
    private static func flattened(_ constructs: [any Construct]) -> [any Construct] {
        constructs.flatMap { construct -> [any Construct] in
            if let group = construct as? ConstructGroup { return flattened(group.modifiedMembers) }
            return [construct]
        }
    }
}
