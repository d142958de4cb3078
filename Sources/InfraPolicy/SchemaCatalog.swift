import InfraCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded schema's table of contents: its provider and version, and where each resource type's and shared
/// block's line starts, found without parsing the text.
///
/// The schema holds every resource type of the provider (about 1,900 KB), and a document uses a few dozen of them,
/// so the policy engine parses only the lines of the types a document has (`schema(for:)`), once per document.
/// `scripts/generate-schema` writes one member per line and each section (shared blocks, then resource types)
/// sorted by name, so the table of contents is just the offsets where lines start, found by a word-at-a-time search
/// for newlines (a fraction of a millisecond, on first use), and a line is found by binary search over those offsets,
/// reading only names. A binary search over the bytes themselves needs no table but reads whole lines at each step,
/// and lands in the longest ones most often: it cost more than the old line-splitting table of 130 types.
/// The full `AWSProviderSchema.loaded` stays for the tests that want every type.
public struct SchemaCatalog: Sendable {
    /// The provider's source address, e.g. `hashicorp/aws`.
    public let provider: String
    public let version: String
    /// The whole document, as written (the embedded literal is read in place, not copied).
    private let text: String
    /// Where each shared block's line starts, in name order, and where the section ends (after the last newline).
    private let sharedLines: LineTable
    /// Where each resource type's line starts, in name order, and where the section ends.
    private let resourceLines: LineTable

    /// The start of each line of a section, and the section's end; line `i` runs to the newline before the next start.
    private struct LineTable: Sendable {
        var starts: [Int] = []
        var end = 0

        /// Line `index` without its newline.
        func line(_ index: Int) -> Range<Int> {
            starts[index]..<((index + 1 < starts.count ? starts[index + 1] : end) - 1)
        }
    }

    /// Finds the header and the lines of the two sections; a file not in the generator's layout gives an empty
    /// catalog, which knows no type.
    public init(json text: String) {
        self.text = text
        let layout = Self.withBytes(of: text) { bytes in Self.layout(of: bytes) }
        provider = layout.provider
        version = layout.version
        sharedLines = layout.shared
        resourceLines = layout.resources
    }

    /// Whether `type` is a resource type of the provider.
    public func knows(_ type: String) -> Bool {
        Self.withBytes(of: text) { bytes in
            Self.line(named: type, in: resourceLines, of: bytes) != nil
        }
    }

    /// The length in bytes of `type`'s schema line, 0 for a type the provider does not have: what parsing it costs,
    /// for sharing the parsing out evenly (`SchemaPrefetch`).
    public func schemaSize(of type: String) -> Int {
        Self.withBytes(of: text) { bytes in
            Self.line(named: type, in: resourceLines, of: bytes)?.count ?? 0
        }
    }

    /// Every resource type of the provider, sorted (`AWSProviderSchema.resourceTypes` keeps the answer).
    public func resourceTypes() -> [String] {
        Self.withBytes(of: text) { bytes in
            resourceLines.starts.indices.compactMap { index in
                Self.name(of: resourceLines.line(index), in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            }
        }
    }

    /// The schema of the provider's types among `types` (others are left out), with the shared blocks they use.
    public func schema(for types: some Sequence<String>) throws(ProviderSchema.FormatError) -> ProviderSchema {
        let text = Self.withBytes(of: self.text) { bytes in
            var members: [ArraySlice<UInt8>] = []
            var seen: Set<String> = []
            for type in types where seen.insert(type).inserted {
                if let line = Self.line(named: type, in: resourceLines, of: bytes) {
                    members.append(ArraySlice(bytes[line]))
                }
            }
            // The shared blocks those members use, and the ones those use in turn.
            var needed: [String: ArraySlice<UInt8>] = [:]
            var queue = members
            while let line = queue.popLast() {
                for name in Self.blockReferences(in: line) where needed[name] == nil {
                    guard let range = Self.line(named: name, in: sharedLines, of: bytes) else { continue }
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
        var shared = LineTable()
        var resources = LineTable()
    }

    /// The header values and the two sections' line tables: reads the few header lines, then finds every later line
    /// start in one pass (`lineStarts`) and splits them at the lines that are not members (`},`, the
    /// `"resource_schemas":{` header, the closing `}`).
    private static func layout(of bytes: UnsafeBufferPointer<UInt8>) -> Layout {
        var layout = Layout()
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let line = start..<end
            start = end + 1
            if matches(line, "\"shared_blocks\":{", in: bytes) { break }
            if let value = stringValue(of: line, key: "provider", in: bytes) { layout.provider = value }
            if let value = stringValue(of: line, key: "version", in: bytes) { layout.version = value }
        }
        guard start < bytes.count else { return Layout() }
        let starts = lineStarts(of: start..<bytes.count, in: bytes)
        func isMember(_ position: Int) -> Bool {
            starts[position] < bytes.count && bytes[starts[position]] == UInt8(ascii: "\"")
        }
        // Shared lines, `},`, the `"resource_schemas":{` header, resource lines, then the closing lines.
        var index = 0
        while index < starts.count, isMember(index) { index += 1 }
        let sharedCount = index
        guard index + 2 < starts.count else { return Layout() }
        let header = starts[index + 1]..<(starts[index + 2] - 1)
        guard matches(header, "\"resource_schemas\":{", in: bytes) else { return Layout() }
        let sharedEnd = starts[index]
        index += 2
        let resourceFirst = index
        while index < starts.count, isMember(index) { index += 1 }
        guard index < starts.count else { return Layout() }
        layout.shared = LineTable(starts: Array(starts[0..<sharedCount]), end: sharedEnd)
        layout.resources = LineTable(starts: Array(starts[resourceFirst..<index]), end: starts[index])
        return layout
    }

    /// The member line named `name` in a sorted section, without its trailing comma, by binary search over the line
    /// starts: each step reads one name. The name is read in place, not copied into an array: the policy engine asks
    /// for every resource whether the provider has its type.
    private static func line(
        named name: String,
        in table: LineTable,
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        var name = name
        return name.withUTF8 { name in line(named: name, in: table, of: bytes) }
    }

    private static func line(
        named name: UnsafeBufferPointer<UInt8>,
        in table: LineTable,
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        var low = 0
        var high = table.starts.count
        while low < high {
            let middle = low + (high - low) / 2
            let line = table.line(middle)
            guard let key = Self.name(of: line, in: bytes) else { return nil }
            let order = Self.compare(key, in: bytes, to: name)
            if order == 0 {
                return line
                    .lowerBound..<(bytes[line.upperBound - 1] == UInt8(ascii: ",")
                    ? line.upperBound - 1 : line.upperBound)
            }
            if order < 0 {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return nil
    }

    /// How the bytes at `key` order against `name`, as `memcmp` orders (byte by byte, unsigned, a prefix first):
    /// negative, zero or positive. One call both finds an equal name and says which way to go when it is not.
    private static func compare(
        _ key: Range<Int>,
        in bytes: UnsafeBufferPointer<UInt8>,
        to name: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let shared = min(key.count, name.count)
        guard shared > 0, let base = bytes.baseAddress, let wanted = name.baseAddress else {
            return key.count - name.count
        }
        let order = Int(memcmp(base + key.lowerBound, wanted, shared))
        return order != 0 ? order : key.count - name.count
    }

    /// The start of every line in `range` (the first at its lower bound), each newline found by the C library's
    /// `memchr`, which reads many bytes per instruction: a byte-by-byte loop over the 1,900 KB costs about as much as
    /// rendering a small stack, and a word-at-a-time loop in Swift still a millisecond.
    private static func lineStarts(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [range.lowerBound]
        guard let base = bytes.baseAddress, !range.isEmpty else { return starts }
        let start = UnsafeRawPointer(base)
        var position = range.lowerBound
        while position < range.upperBound,
            let newline = memchr(start + position, Int32(UInt8(ascii: "\n")), range.upperBound - position)
        {
            position = UnsafeRawPointer(newline) - start + 1
            starts.append(position)
        }
        if starts.last == range.upperBound { starts.removeLast() }
        return starts
    }

    private static func matches(_ line: Range<Int>, _ expected: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[line].elementsEqual(expected.utf8)
    }

    /// The byte range of the first JSON string on a line: a member's name. Its closing quote is found by `memchr`.
    private static func name(of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard line.lowerBound < line.upperBound, bytes[line.lowerBound] == UInt8(ascii: "\""),
            let base = bytes.baseAddress
        else { return nil }
        let start = line.lowerBound + 1
        guard
            let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), line.upperBound - start)
        else { return nil }
        return start..<(UnsafeRawPointer(quote) - UnsafeRawPointer(base))
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

    /// The names after each `"block_ref":"` in a line. The marker is looked for at each underscore, found by the C
    /// library's `memchr`, which reads many bytes per instruction (the lines are mostly names and quotes).
    private static func blockReferences(in line: ArraySlice<UInt8>) -> [String] {
        let marker = Array("\"block_ref\":\"".utf8)
        let underscore = 6  // where the marker's underscore is
        return line.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let start = UnsafeRawPointer(base)
            var names: [String] = []
            var position = underscore
            while position < bytes.count,
                let found = memchr(start + position, Int32(UInt8(ascii: "_")), bytes.count - position)
            {
                let markerStart = UnsafeRawPointer(found) - start - underscore
                let nameStart = markerStart + marker.count
                position = markerStart + underscore + 1
                guard nameStart <= bytes.count, bytes[markerStart..<nameStart].elementsEqual(marker) else { continue }
                guard let end = bytes[nameStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<end]), as: UTF8.self))
                position = end + underscore
            }
            return names
        }
    }
}
