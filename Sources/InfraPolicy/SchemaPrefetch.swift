import InfraCore

/// The schemas of a document's resource types, parsed on another core while the document is still being made.
///
/// Parsing them is the largest single cost of checking one stack (about 7 of the 68 million instructions of
/// `render prod --stack aggregator`), and it needs only the types, which a stack's model knows before it is
/// rendered. Started then, the parsing runs on the core that is otherwise idle while one stack renders; `finish()`
/// before the policy engine runs does what is left and waits for the rest, and the engine then finds every schema
/// parsed (`AWSProviderSchema.schema(for:)` keeps them for the process). When every core is busy, `finish()` simply
/// does the parsing itself, as the engine would have; `StackPipeline` starts it only for a stack rendered alone.
public struct SchemaPrefetch: Sendable {
    private let parts: BackgroundParts<Void>?

    /// How many parts the types are dealt into: enough that the two threads finish close together, few enough that
    /// a shared block several types use is seldom parsed twice.
    static let partCount = 4

    /// Starts parsing the schemas of `types` (resource types, repeated or not) that no document has needed yet.
    public init(types: some Sequence<String>) {
        guard #available(macOS 15, *) else {
            parts = nil
            return
        }
        let groups = Self.groups(ParsedResourceSchemas.unparsed(types), partCount: Self.partCount) {
            AWSProviderSchema.catalog.schemaSize(of: $0)
        }
        parts =
            groups.isEmpty
            ? nil : BackgroundParts(count: groups.count) { _ = AWSProviderSchema.schema(for: groups[$0]) }
    }

    /// Waits until every schema is parsed, parsing here what no other thread has started.
    public func finish() {
        _ = parts?.join()
    }

    /// `types` dealt into at most `partCount` groups of about equal cost: the costliest first, each to the group
    /// that costs least so far. Each group is sorted, and the groups are in a fixed order, whatever the order of
    /// `types`.
    static func groups(_ types: [String], partCount: Int, cost: (String) -> Int) -> [[String]] {
        let costed = types.map { ($0, cost($0)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var groups = Array(repeating: (cost: 0, types: [String]()), count: min(partCount, costed.count))
        for (type, typeCost) in costed {
            guard let lightest = groups.indices.min(by: { groups[$0].cost < groups[$1].cost }) else { break }
            groups[lightest].cost += typeCost
            groups[lightest].types.append(type)
        }
        return groups.map { $0.types.sorted() }
    }
}
