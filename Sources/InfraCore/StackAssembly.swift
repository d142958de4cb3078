/// Collects a stack from its body: every construct the body lists, plus every construct those refer to through
/// references, transitively, each once. This is what lets a stack write each construct once: a network, a key or a
/// database that something else uses is never listed a second time.
///
/// A construct is identified by its type, label, declaring line and, when it is `Hashable`, its value without
/// modifiers (so two different constructs written on one line in a loop stay two). When the same construct is met more than once
/// (listed, and reached through a reference taken before `.waive(…)` was added), it is expanded once, with the
/// modifiers of every copy, so a waiver is never lost to the order in which references were taken.
public struct StackAssembly: Sendable {
    public private(set) var resources: [Resource] = []
    public private(set) var outputs: [Output] = []
    public private(set) var files: [GeneratedFile] = []
    public private(set) var problems: [Diagnostic] = []

    private struct Identity: Hashable {
        var type: ObjectIdentifier
        var label: String
        var location: SourceLocation
        var content: AnyHashable?

        init(_ construct: any Construct) {
            type = ObjectIdentifier(Swift.type(of: construct))
            label = construct.declaration.label
            location = construct.declaration.location
            var plain = construct
            plain.modifiers = ConstructModifiers()
            content = (plain as? any Hashable).map { AnyHashable($0) }
        }
    }

    private struct Entry {
        var construct: any Construct
        var resources: [Resource]
        var modifiers: ConstructModifiers
    }

    public init(_ body: [any Construct]) {
        var order: [Identity] = []
        var entries: [Identity: Entry] = [:]
        var pending = Self.flattened(body)
        var index = 0
        // Breadth first: the body in order, then what it reaches, in the order references appear.
        while index < pending.count {
            let construct = pending[index]
            index += 1
            let identity = Identity(construct)
            if var entry = entries[identity] {
                entry.modifiers.merge(construct.declaration.modifiers)
                entries[identity] = entry
                continue
            }
            let expanded = construct.expand()
            order.append(identity)
            entries[identity] = Entry(
                construct: construct,
                resources: expanded,
                modifiers: construct.declaration.modifiers
            )
            pending += Self.flattened(construct.modifiedParts)
            for resource in expanded {
                for reference in resource.references {
                    if let origin = reference.origin { pending += Self.flattened([origin.construct]) }
                }
            }
            for output in construct.outputs {
                for reference in output.value.references {
                    if let origin = reference.origin { pending += Self.flattened([origin.construct]) }
                }
            }
        }
        for identity in order {
            guard let entry = entries[identity] else { continue }
            resources += entry.modifiers.apply(to: entry.resources)
            outputs += entry.construct.outputs
            files += entry.construct.generatedFiles
            problems += entry.construct.problems
        }
    }

    /// Groups taken apart into their members.
    private static func flattened(_ constructs: [any Construct]) -> [any Construct] {
        constructs.flatMap { construct -> [any Construct] in
            if let group = construct as? ConstructGroup { return flattened(group.modifiedMembers) }
            return [construct]
        }
    }
}
