import InfraCore

/// The embedded schema's table of contents, found on demand: its provider and version, and where a resource type's
/// or shared block's line is, without parsing or indexing the text.
///
/// The schema holds every resource type of the provider (about 1,900 KB), and a document uses a few dozen of them,
/// so the policy engine parses only the lines of the types a document has (`schema(for:)`), once per document.
/// `scripts/generate-schema` writes one member per line and each section (shared blocks, then resource types)
/// sorted by name, so a line is found by binary search over the bytes: start-up reads the few header lines and the
/// shared section's bounds, and a lookup reads about a dozen lines, instead of splitting megabytes into lines before
/// the first render. The full `AWSProviderSchema.loaded` stays for the tests that want every type.
public struct SchemaCatalog: Sendable {
    /// The provider's source address, e.g. `hashicorp/aws`.
    public let provider: String
    public let version: String
    /// The whole document, as written (the embedded literal is read in place, not copied).
    private let text: String
    /// The byte range of the shared blocks' lines, each with its newline; sorted by name.
    private let sharedSection: Range<Int>
    /// The byte range of the resource types' lines, each with its newline; sorted by name.
    private let resourceSection: Range<Int>

    /// Finds the header and the two sections; a file not in the generator's layout gives an empty catalog, whose
    /// schemas then fail to parse the way the full schema would.
    public init(json text: String) {
        self.text = text
        let layout = Self.withBytes(of: text) { bytes in Self.layout(of: bytes) }
        provider = layout.provider
        version = layout.version
        sharedSection = layout.shared
        resourceSection = layout.resources
    }

    /// Whether `type` is a resource type of the provider.
    public func knows(_ type: String) -> Bool {
        Self.withBytes(of: text) { bytes in
            Self.line(named: Array(type.utf8), in: resourceSection, of: bytes) != nil
        }
    }

    /// Every resource type of the provider, sorted. Reads the whole resource section: for suggestions and listings,
    /// not for every render (`AWSProviderSchema.resourceTypes` keeps the answer).
    public func resourceTypes() -> [String] {
        Self.withBytes(of: text) { bytes in
            var names: [String] = []
            var start = resourceSection.lowerBound
            while start < resourceSection.upperBound {
                let end = Self.lineEnd(from: start, before: resourceSection.upperBound, in: bytes)
                if let name = Self.name(of: start..<end, in: bytes) {
                    names.append(String(decoding: bytes[name], as: UTF8.self))
                }
                start = end + 1
            }
            return names
        }
    }

    /// The schema of the provider's types among `types` (others are left out), with the shared blocks they use.
    public func schema(for types: some Sequence<String>) throws(ProviderSchema.FormatError) -> ProviderSchema {
        let text = Self.withBytes(of: self.text) { bytes in
            var members: [ArraySlice<UInt8>] = []
            var seen: Set<String> = []
            for type in types where seen.insert(type).inserted {
                if let line = Self.line(named: Array(type.utf8), in: resourceSection, of: bytes) {
                    members.append(ArraySlice(bytes[line]))
                }
            }
            // The shared blocks those members use, and the ones those use in turn.
            var needed: [String: ArraySlice<UInt8>] = [:]
            var queue = members
            while let line = queue.popLast() {
                for name in Self.blockReferences(in: line) where needed[name] == nil {
                    guard let range = Self.line(named: Array(name.utf8), in: sharedSection, of: bytes) else { continue }
                    let shared = ArraySlice(bytes[range])
                    needed[name] = shared
                    queue.append(shared)
                }
            }
            // In name order, which is the file's: `ProviderSchema(json:)` needs a shared block defined before one that
            // refers to it, and the generator numbers them so.
            let sharedMembers = needed.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap {
                needed[$0]
            }
            var text: [UInt8] = []
            text += Array(
                "{\"provider\":\(JSONEncoding.quoted(provider)),\"version\":\(JSONEncoding.quoted(version))".utf8
            )
            text += Array(",\"shared_blocks\":{".utf8)
            text += Array(sharedMembers.joined(separator: [UInt8(ascii: ",")]))
            text += Array("},\"resource_schemas\":{".utf8)
            text += Array(members.joined(separator: [UInt8(ascii: ",")]))
            text += Array("}}".utf8)
            return String(decoding: text, as: UTF8.self)
        }
        return try ProviderSchema(json: text)
    }

    // MARK: Reading the bytes

    /// Runs `body` on the UTF-8 bytes of `text`: in place for a native string (the embedded literal), else a copy.
    private static func withBytes<Result>(
        of text: String,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private struct Layout {
        var provider = ""
        var version = ""
        var shared = 0..<0
        var resources = 0..<0
    }

    /// The header values and the two sections. Reads the header lines, the shared section line by line (a few
    /// hundred lines), and the end of the text; never the resource section.
    private static func layout(of bytes: UnsafeBufferPointer<UInt8>) -> Layout {
        var layout = Layout()
        var start = 0
        var sharedStart: Int?
        while start < bytes.count {
            let end = lineEnd(from: start, before: bytes.count, in: bytes)
            let line = start..<end
            if let sharedStart {
                // A member line starts with `"`; the section ends at the first line that does not.
                if bytes[start] != UInt8(ascii: "\"") {
                    layout.shared = sharedStart..<start
                    guard matches(line, "},", in: bytes) else { return Layout() }
                    let header = end + 1
                    let headerEnd = lineEnd(from: header, before: bytes.count, in: bytes)
                    guard matches(header..<headerEnd, "\"resource_schemas\":{", in: bytes) else { return Layout() }
                    // The resource section runs to the closing lines `}` `}` at the end of the text.
                    var resourceEnd = bytes.count
                    while resourceEnd > headerEnd, bytes[resourceEnd - 1] == UInt8(ascii: "\n") { resourceEnd -= 1 }
                    for _ in 0..<2 {
                        guard let newline = lastNewline(before: resourceEnd, after: headerEnd, in: bytes) else {
                            return Layout()
                        }
                        resourceEnd = newline
                    }
                    layout.resources = (headerEnd + 1)..<(resourceEnd + 1)
                    return layout
                }
            } else if matches(line, "\"shared_blocks\":{", in: bytes) {
                sharedStart = end + 1
            } else if let value = stringValue(of: line, key: "provider", in: bytes) {
                layout.provider = value
            } else if let value = stringValue(of: line, key: "version", in: bytes) {
                layout.version = value
            }
            start = end + 1
        }
        return Layout()
    }

    /// The member line named `name` in a sorted section, without its trailing comma, by binary search: each step
    /// reads the line around the middle of the remaining bytes.
    private static func line(
        named name: [UInt8],
        in section: Range<Int>,
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        // `low` and `high` are always line starts (or the section's end).
        var low = section.lowerBound
        var high = section.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            var start = middle
            while start > low, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            let end = lineEnd(from: middle, before: high, in: bytes)
            guard let key = Self.name(of: start..<end, in: bytes) else { return nil }
            if bytes[key].elementsEqual(name) {
                return start..<(bytes[end - 1] == UInt8(ascii: ",") ? end - 1 : end)
            }
            if bytes[key].lexicographicallyPrecedes(name) {
                low = end + 1
            } else {
                high = start
            }
        }
        return nil
    }

    /// The index of the newline ending the line that holds `start`, or `limit`.
    private static func lineEnd(from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < limit, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// The index of the last newline before `end` and after `floor`.
    private static func lastNewline(before end: Int, after floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = end - 1
        while index > floor {
            if bytes[index] == UInt8(ascii: "\n") { return index }
            index -= 1
        }
        return nil
    }

    private static func matches(_ line: Range<Int>, _ expected: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[line].elementsEqual(expected.utf8)
    }

    /// The byte range of the first JSON string on a line: a member's name.
    private static func name(of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard line.lowerBound < line.upperBound, bytes[line.lowerBound] == UInt8(ascii: "\"") else { return nil }
        var end = line.lowerBound + 1
        while end < line.upperBound, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        return end < line.upperBound ? (line.lowerBound + 1)..<end : nil
    }

    /// The value of a `"key":"value",` line.
    private static func stringValue(
        of line: Range<Int>,
        key: String,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> String? {
        let prefix = Array("\"\(key)\":\"".utf8)
        var value = bytes[line]
        guard value.starts(with: prefix) else { return nil }
        value = value.dropFirst(prefix.count)
        if value.last == UInt8(ascii: ",") { value = value.dropLast() }
        guard value.last == UInt8(ascii: "\"") else { return nil }
        return String(decoding: value.dropLast(), as: UTF8.self)
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
}
