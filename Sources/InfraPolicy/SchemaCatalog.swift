import InfraCore

/// The embedded schema's table of contents: its provider and version, the line of each checked resource type and
/// shared block, and the unchecked type names, found by one scan of the lines `scripts/generate-schema` writes (one
/// member per line).
///
/// Parsing the whole schema costs more than rendering a small stack, and a document uses a few dozen of its 130
/// types, so the policy engine parses only the lines of the types a document has (`schema(for:)`), once per
/// document. The full `AWSProviderSchema.loaded` stays for the commands and tests that want every type.
public struct SchemaCatalog: Sendable {
    /// The provider's source address, e.g. `hashicorp/aws`.
    public let provider: String
    public let version: String
    /// The provider's other resource types: known to exist, but not checked.
    public let uncheckedResourceTypes: Set<String>
    /// Each checked resource type's `"<type>":{…}` member, as written.
    let resourceLines: [String: Substring]
    /// Each shared block's `"<name>":{…}` member, as written.
    let sharedLines: [String: Substring]
    /// The shared blocks' names in file order, which puts each after the shared blocks it refers to.
    let sharedOrder: [String]

    /// The checked resource types.
    public var checkedTypes: Set<String> { Set(resourceLines.keys) }

    /// Whether `type` is a resource type of the provider, checked or not.
    public func knows(_ type: String) -> Bool {
        resourceLines[type] != nil || uncheckedResourceTypes.contains(type)
    }

    /// Reads the table of contents; a file not in the generator's layout gives an empty catalog, whose schemas then
    /// fail to parse the way the full schema would.
    public init(json text: String) {
        enum Section { case top, shared, resources, unchecked }
        var section = Section.top
        var provider = ""
        var version = ""
        var unchecked: Set<String> = []
        var resources: [String: Substring] = [:]
        var shared: [String: Substring] = [:]
        var sharedOrder: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.hasSuffix(",") ? rawLine.dropLast() : rawLine
            switch (section, line) {
            case (_, "\"shared_blocks\":{"): section = .shared
            case (_, "\"resource_schemas\":{"): section = .resources
            case (_, "\"unchecked_resource_types\":["): section = .unchecked
            case (_, "}"), (_, "]"): section = .top
            case (.top, _):
                if let value = Self.stringValue(of: line, key: "provider") { provider = value }
                if let value = Self.stringValue(of: line, key: "version") { version = value }
            case (.shared, _):
                guard let name = Self.name(of: line) else { continue }
                shared[name] = line
                sharedOrder.append(name)
            case (.resources, _): Self.name(of: line).map { resources[$0] = line }
            case (.unchecked, _): Self.name(of: line).map { _ = unchecked.insert($0) }
            }
        }
        self.provider = provider
        self.version = version
        self.uncheckedResourceTypes = unchecked
        self.resourceLines = resources
        self.sharedLines = shared
        self.sharedOrder = sharedOrder
    }

    /// The schema of the checked types among `types` (others are left out), with the shared blocks they use.
    public func schema(for types: some Sequence<String>) throws(ProviderSchema.FormatError) -> ProviderSchema {
        var members: [Substring] = []
        var seen: Set<String> = []
        for type in types where seen.insert(type).inserted {
            if let line = resourceLines[type] { members.append(line) }
        }
        // The shared blocks those members use, and the ones those use in turn.
        var needed: Set<String> = []
        var queue = members
        while let line = queue.popLast() {
            for name in Self.blockReferences(in: line) where needed.insert(name).inserted {
                if let shared = sharedLines[name] { queue.append(shared) }
            }
        }
        // In file order: `ProviderSchema(json:)` needs a shared block defined before one that refers to it.
        let sharedMembers = sharedOrder.filter(needed.contains).compactMap { sharedLines[$0] }
        let text =
            "{\"provider\":" + JSONEncoding.quoted(provider) + ",\"version\":" + JSONEncoding.quoted(version)
            + ",\"shared_blocks\":{" + sharedMembers.joined(separator: ",") + "},\"resource_schemas\":{"
            + members.joined(separator: ",") + "}}"
        var schema = try ProviderSchema(json: text)
        schema.uncheckedResourceTypes = uncheckedResourceTypes
        return schema
    }

    /// The names after each `"block_ref":"` in a line.
    private static func blockReferences(in line: Substring) -> [String] {
        let marker = "\"block_ref\":\""
        var names: [String] = []
        var rest = line[...]
        while let range = rest.firstRange(of: marker) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            names.append(String(after[..<end]))
            rest = after[end...]
        }
        return names
    }

    /// The text of the first JSON string on a line: a member's name, or a list element.
    private static func name(of line: Substring) -> String? {
        guard line.first == "\"", let end = line.dropFirst().firstIndex(of: "\"") else { return nil }
        return String(line[line.index(after: line.startIndex)..<end])
    }

    /// The value of a `"key":"value"` line.
    private static func stringValue(of line: Substring, key: String) -> String? {
        let prefix = "\"\(key)\":\""
        guard line.hasPrefix(prefix), line.hasSuffix("\"") else { return nil }
        return String(line.dropFirst(prefix.count).dropLast())
    }
}
