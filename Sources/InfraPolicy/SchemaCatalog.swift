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
    /// Each checked resource type's `"<type>":{…}` member, as written (UTF-8, without the trailing comma).
    let resourceLines: [String: ArraySlice<UInt8>]
    /// Each shared block's `"<name>":{…}` member, as written.
    let sharedLines: [String: ArraySlice<UInt8>]
    /// The shared blocks' names in file order, which puts each after the shared blocks it refers to.
    let sharedOrder: [String]

    /// The checked resource types.
    public var checkedTypes: Set<String> { Set(resourceLines.keys) }

    /// Whether `type` is a resource type of the provider, checked or not.
    public func knows(_ type: String) -> Bool {
        resourceLines[type] != nil || uncheckedResourceTypes.contains(type)
    }

    /// Reads the table of contents; a file not in the generator's layout gives an empty catalog, whose schemas then
    /// fail to parse the way the full schema would. Works on bytes throughout: `Character` operations on the 260 KB
    /// text cost more than the rest of a render.
    public init(json text: String) {
        enum Section { case top, shared, resources, unchecked }
        var section = Section.top
        var provider = ""
        var version = ""
        var unchecked: Set<String> = []
        var resources: [String: ArraySlice<UInt8>] = [:]
        var shared: [String: ArraySlice<UInt8>] = [:]
        var sharedOrder: [String] = []
        let bytes = Array(text.utf8)
        for rawLine in bytes.split(separator: UInt8(ascii: "\n")) {
            let line = rawLine.last == UInt8(ascii: ",") ? rawLine.dropLast() : rawLine
            switch (section, String(decoding: line.prefix(32), as: UTF8.self)) {
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
        var members: [ArraySlice<UInt8>] = []
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
        var text: [UInt8] = []
        text += Array("{\"provider\":\(JSONEncoding.quoted(provider)),\"version\":\(JSONEncoding.quoted(version))".utf8)
        text += Array(",\"shared_blocks\":{".utf8)
        text += Array(sharedMembers.joined(separator: [UInt8(ascii: ",")]))
        text += Array("},\"resource_schemas\":{".utf8)
        text += Array(members.joined(separator: [UInt8(ascii: ",")]))
        text += Array("}}".utf8)
        var schema = try ProviderSchema(json: String(decoding: text, as: UTF8.self))
        schema.uncheckedResourceTypes = uncheckedResourceTypes
        return schema
    }

    /// The names after each `"block_ref":"` in a line.
    private static func blockReferences(in line: ArraySlice<UInt8>) -> [String] {
        let marker = Array("\"block_ref\":\"".utf8)
        var names: [String] = []
        var index = line.startIndex
        while index + marker.count <= line.endIndex {
            guard line[index] == marker[0], line[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            guard let end = line[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            names.append(String(decoding: line[start..<end], as: UTF8.self))
            index = end
        }
        return names
    }

    /// The text of the first JSON string on a line: a member's name, or a list element.
    private static func name(of line: ArraySlice<UInt8>) -> String? {
        guard line.first == UInt8(ascii: "\""), let end = line.dropFirst().firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: line[(line.startIndex + 1)..<end], as: UTF8.self)
    }

    /// The value of a `"key":"value"` line.
    private static func stringValue(of line: ArraySlice<UInt8>, key: String) -> String? {
        let prefix = Array("\"\(key)\":\"".utf8)
        guard line.starts(with: prefix), line.last == UInt8(ascii: "\"") else { return nil }
        return String(decoding: line.dropFirst(prefix.count).dropLast(), as: UTF8.self)
    }
}
