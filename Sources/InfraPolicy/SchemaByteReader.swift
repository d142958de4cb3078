import InfraCore

/// Reads the trimmed schema JSON `scripts/generate-schema` writes straight from its bytes into `ProviderSchema`
/// values, in one pass with nothing in between.
///
/// The first document of a render parses the schemas of a few dozen types (about 150 KB); read through
/// `JSONParser`'s positioned tree and then walked, that was 5 to 7 ms of the first stack on each core. This reader
/// builds each block as it meets it and skips what the schema rules do not read.
///
/// It checks the JSON grammar of everything it reads or skips, but not everything `JSONParser` checks (a key repeated
/// within one attribute, for one, is not refused here). It reports no positions: when the text is not JSON, or is
/// JSON of the wrong shape, `ProviderSchema(json:)` asks `JSONParser` for the located syntax error first, so a
/// broken file is reported as before.
struct SchemaByteReader {
    /// Why reading stopped: the bytes are not JSON, or they are JSON of the wrong shape.
    enum Failure: Error {
        case syntax
        case shape(String)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Shared blocks read so far, by name; a block may refer to those defined before it.
    private var shared: [String: ProviderSchema.Block] = [:]

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The schema in `text`.
    static func schema(in text: String) throws(Failure) -> ProviderSchema {
        var text = text
        let result: Result<ProviderSchema, Failure> = text.withUTF8 { bytes in
            var reader = SchemaByteReader(bytes: bytes)
            do throws(Failure) {
                return .success(try reader.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: The schema's shape

    private mutating func document() throws(Failure) -> ProviderSchema {
        // A byte-order mark, as JSONParser accepts one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var provider: String?
        var version: String?
        var sharedRead = false
        var resourcesStart: Int?
        var resources: [String: ProviderSchema.Block] = [:]
        skipWhitespace()
        guard peek == UInt8(ascii: "{") else { throw .syntax }
        try members { (reader: inout SchemaByteReader, key: String) throws(Failure) in
            switch key {
            case "provider": provider = try reader.stringIfPresent()
            case "version": version = try reader.stringIfPresent()
            case "shared_blocks" where reader.peek == UInt8(ascii: "{"):
                // The generator writes the shared blocks before the resources that refer to them, so both are read
                // where they are, in one pass.
                try reader.sharedBlocks()
                sharedRead = true
            case "resource_schemas" where sharedRead && reader.peek == UInt8(ascii: "{"):
                try reader.resourceSchemas(into: &resources)
            case "resource_schemas":
                // Written before the shared blocks it may refer to: read once they are.
                resourcesStart = reader.index
                try reader.skipValue()
            default: try reader.skipValue()
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw .syntax }
        guard let provider, let version else { throw .shape("the schema has no `provider` and `version`") }
        if let resourcesStart, peek(at: resourcesStart) == UInt8(ascii: "{") {
            index = resourcesStart
            try resourceSchemas(into: &resources)
        }
        return ProviderSchema(provider: provider, version: version, resources: resources)
    }

    /// Reads the `shared_blocks` object at the current position; a block may refer to those before it.
    private mutating func sharedBlocks() throws(Failure) {
        try members { (reader: inout SchemaByteReader, name: String) throws(Failure) in
            let block = try reader.block(path: name)
            reader.shared[name] = block
        }
    }

    /// Reads the `resource_schemas` object at the current position.
    private mutating func resourceSchemas(into resources: inout [String: ProviderSchema.Block]) throws(Failure) {
        try members { (reader: inout SchemaByteReader, name: String) throws(Failure) in
            resources[name] = try reader.block(path: name)
        }
    }

    private mutating func block(path: @autoclosure () -> String) throws(Failure) -> ProviderSchema.Block {
        guard peek == UInt8(ascii: "{") else {
            let kind = kindDescription
            throw .shape("`\(path())` is \(kind), not a block object")
        }
        // Read into plain tables and handed to the block once, so that it works out its required names once.
        var attributes: [String: ProviderSchema.Attribute] = [:]
        var blockTypes: [String: ProviderSchema.NestedBlock] = [:]
        var isDeprecated = false
        try wordMembers { (reader: inout SchemaByteReader, key: Word?) throws(Failure) in
            switch key {
            case .deprecated: isDeprecated = try reader.isTrue()
            case .attributes where reader.peek == UInt8(ascii: "{"):
                try reader.members { (reader: inout SchemaByteReader, name: String) throws(Failure) in
                    attributes[name] = try reader.attribute(path: "\(path()).\(name)")
                }
            case .blockTypes where reader.peek == UInt8(ascii: "{"):
                try reader.members { (reader: inout SchemaByteReader, name: String) throws(Failure) in
                    blockTypes[name] = try reader.nestedBlock(path: "\(path()).\(name)")
                }
            default: try reader.skipValue()
            }
        }
        return ProviderSchema.Block(attributes: attributes, blockTypes: blockTypes, isDeprecated: isDeprecated)
    }

    private mutating func attribute(path: @autoclosure () -> String) throws(Failure) -> ProviderSchema.Attribute {
        guard peek == UInt8(ascii: "{") else {
            try skipValue()
            throw .shape("`\(path())` has no type")
        }
        var type: ProviderSchema.ValueType?
        var attribute = ProviderSchema.Attribute(type: .dynamic)
        try wordMembers { (reader: inout SchemaByteReader, key: Word?) throws(Failure) in
            switch key {
            case .type: type = try reader.valueType(path: path())
            case .required: attribute.isRequired = try reader.isTrue()
            case .optional: attribute.isOptional = try reader.isTrue()
            case .computed: attribute.isComputed = try reader.isTrue()
            case .deprecated: attribute.isDeprecated = try reader.isTrue()
            case .sensitive: attribute.isSensitive = try reader.isTrue()
            default: try reader.skipValue()
            }
        }
        guard let type else { throw .shape("`\(path())` has no type") }
        attribute.type = type
        return attribute
    }

    private mutating func nestedBlock(path: @autoclosure () -> String) throws(Failure) -> ProviderSchema.NestedBlock {
        var mode: String?
        var reference: String?
        var body: Result<ProviderSchema.Block, Failure>?
        var minItems = 0
        var maxItems: Int?
        if peek == UInt8(ascii: "{") {
            try wordMembers { (reader: inout SchemaByteReader, key: Word?) throws(Failure) in
                switch key {
                case .nestingMode: mode = try reader.stringIfPresent()
                case .blockRef: reference = try reader.stringIfPresent()
                case .block:
                    // Read where it is, in one pass. It counts only if the nesting mode is good and no shared block
                    // is named, so a problem with its shape is kept until then; the reader goes on past it.
                    let start = reader.index
                    let depth = reader.depth
                    do throws(Failure) {
                        body = .success(try reader.block(path: path()))
                    } catch {
                        guard case .shape = error else { throw error }
                        reader.index = start
                        reader.depth = depth
                        try reader.skipValue()
                        body = .failure(error)
                    }
                case .minItems: minItems = try reader.integerIfPresent() ?? 0
                case .maxItems: maxItems = try reader.integerIfPresent()
                default: try reader.skipValue()
                }
            }
        } else {
            try skipValue()
        }
        guard let mode, let nesting = ProviderSchema.NestedBlock.Nesting(rawValue: mode) else {
            throw .shape("`\(path())` has no known nesting_mode")
        }
        let block: ProviderSchema.Block
        if let reference {
            guard let sharedBlock = shared[reference] else {
                throw .shape("`\(path())` refers to undefined shared block `\(reference)`")
            }
            block = sharedBlock
        } else if let body {
            block = try body.get()
        } else {
            throw .shape("`\(path())` has neither `block` nor `block_ref`")
        }
        return ProviderSchema.NestedBlock(nesting: nesting, minItems: minItems, maxItems: maxItems, block: block)
    }

    private mutating func valueType(path: @autoclosure () -> String) throws(Failure) -> ProviderSchema.ValueType {
        if peek == UInt8(ascii: "\"") {
            let start = index
            switch try word() {
            case .string: return .string
            case .number: return .number
            case .bool: return .bool
            case .dynamic: return .dynamic
            default:
                index = start
                throw .shape("`\(path())` has unknown primitive type `\(try string())`")
            }
        }
        func notAPair() -> Failure {
            .shape("`\(path())` has a type that is neither a name nor a [kind, element] pair")
        }
        guard peek == UInt8(ascii: "[") else {
            try skipValue()
            throw notAPair()
        }
        try open()
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else { throw notAPair() }
        let kindStart = index
        let kind = try word()
        skipWhitespace()
        guard peek == UInt8(ascii: ",") else { throw notAPair() }
        index += 1
        skipWhitespace()
        let type: ProviderSchema.ValueType
        switch kind {
        case .list: type = .list(try valueType(path: path()))
        case .set: type = .set(try valueType(path: path()))
        case .map: type = .map(try valueType(path: path()))
        case .object:
            var attributes: [String: ProviderSchema.ValueType] = [:]
            if peek == UInt8(ascii: "{") {
                try members { (reader: inout SchemaByteReader, name: String) throws(Failure) in
                    attributes[name] = try reader.valueType(path: "\(path()).\(name)")
                }
            } else {
                try skipValue()
            }
            type = .object(attributes)
        case .tuple:
            var elements: [ProviderSchema.ValueType] = []
            if peek == UInt8(ascii: "[") {
                try elementsOfArray { (reader: inout SchemaByteReader) throws(Failure) in
                    elements.append(try reader.valueType(path: path()))
                }
            } else {
                try skipValue()
            }
            type = .tuple(elements)
        default:
            index = kindStart
            throw .shape("`\(path())` has unknown type kind `\(try string())`")
        }
        // Any further elements are read past, as the pair's first two are all that count.
        skipWhitespace()
        while peek == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            try skipValue()
            skipWhitespace()
        }
        try close(UInt8(ascii: "]"))
        return type
    }

    // MARK: JSON values

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func peek(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The kind of the value at the current position, as `PositionedJSON.kindDescription` words it.
    private var kindDescription: String {
        switch peek {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Enters an array or object at the current position, refusing nesting deeper than `JSONParser`'s limit.
    private mutating func open() throws(Failure) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else { throw .syntax }
        index += 1
    }

    private mutating func close(_ byte: UInt8) throws(Failure) {
        guard peek == byte else { throw .syntax }
        index += 1
        depth -= 1
    }

    /// Reads the object at the current position, handing each key to `body`, which must read or skip its value.
    private mutating func members(
        _ body: (inout SchemaByteReader, String) throws(Failure) -> Void
    ) throws(Failure) {
        try members(key: { (reader: inout SchemaByteReader) throws(Failure) in try reader.string() }, body)
    }

    /// Reads the object at the current position, handing each key to `body` as the `Word` it is (`nil` for any
    /// other name), which must read or skip its value.
    private mutating func wordMembers(
        _ body: (inout SchemaByteReader, Word?) throws(Failure) -> Void
    ) throws(Failure) {
        try members(key: { (reader: inout SchemaByteReader) throws(Failure) in try reader.word() }, body)
    }

    /// Reads the object at the current position, reading each key with `readKey` and handing what it returns to
    /// `body`, which must read or skip the member's value.
    private mutating func members<Key>(
        key readKey: (inout SchemaByteReader) throws(Failure) -> Key,
        _ body: (inout SchemaByteReader, Key) throws(Failure) -> Void
    ) throws(Failure) {
        guard peek == UInt8(ascii: "{") else { throw .syntax }
        try open()
        skipWhitespace()
        if peek == UInt8(ascii: "}") { return try close(UInt8(ascii: "}")) }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw .syntax }
            let key = try readKey(&self)
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw .syntax }
            index += 1
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            guard peek == UInt8(ascii: ",") else { break }
            index += 1
        }
        try close(UInt8(ascii: "}"))
    }

    /// Reads the array at the current position, calling `body` for each element, which must read or skip it.
    private mutating func elementsOfArray(_ body: (inout SchemaByteReader) throws(Failure) -> Void) throws(Failure) {
        guard peek == UInt8(ascii: "[") else { throw .syntax }
        try open()
        skipWhitespace()
        if peek == UInt8(ascii: "]") { return try close(UInt8(ascii: "]")) }
        while true {
            skipWhitespace()
            try body(&self)
            skipWhitespace()
            guard peek == UInt8(ascii: ",") else { break }
            index += 1
        }
        try close(UInt8(ascii: "]"))
    }

    /// Reads past the value at the current position, checking its grammar as `members`, `elementsOfArray` and
    /// `string` do, but without making a `String` of any key or value: the document and every inline block are
    /// skipped once before they are read, and making strings of what is thrown away was most of that cost.
    private mutating func skipValue() throws(Failure) {
        switch peek {
        case UInt8(ascii: "{"):
            try members(key: { (reader: inout SchemaByteReader) throws(Failure) in try reader.skipString() }) {
                (reader: inout SchemaByteReader, _: Void) throws(Failure) in try reader.skipValue()
            }
        case UInt8(ascii: "["):
            try elementsOfArray { (reader: inout SchemaByteReader) throws(Failure) in try reader.skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    /// Reads past the string at the current position. A string with an escape is read by `string()`, which checks
    /// the escape; the schema's strings have none.
    private mutating func skipString() throws(Failure) {
        let opening = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            guard byte >= 0x20 else { throw .syntax }
            if byte == UInt8(ascii: "\\") {
                index = opening
                _ = try string()
                return
            }
            index += 1
        }
        throw .syntax
    }

    /// `true` for the literal `true`; any other value is read past and is not true.
    private mutating func isTrue() throws(Failure) -> Bool {
        if peek == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try skipValue()
        return false
    }

    /// The string at the current position, or `nil` (the value read past) for any other value.
    private mutating func stringIfPresent() throws(Failure) -> String? {
        guard peek == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        return try string()
    }

    /// The integer at the current position, or `nil` (the value read past) for any other value, fractions included.
    private mutating func integerIfPresent() throws(Failure) -> Int? {
        guard let byte = peek, byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        else {
            try skipValue()
            return nil
        }
        return try number()
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw .syntax }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw .syntax }
        index += count
    }

    /// Reads a number; returns it when it is an integer that fits an `Int`.
    private mutating func number() throws(Failure) -> Int? {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        func digits(_ reader: inout SchemaByteReader) -> Int {
            let first = reader.index
            while let byte = reader.peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { reader.index += 1 }
            return reader.index - first
        }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) else {
            throw .syntax
        }
        var isInteger = true
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw .syntax }
            isInteger = false
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw .syntax }
            isInteger = false
        }
        guard isInteger else { return nil }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// The names the format gives a meaning to, as member names (`type`, `block_types`) or as type names (`string`,
    /// `list`). `word()` tells them by their bytes, making no string: every attribute has two or three such members,
    /// and making strings of their names was a fifth of reading a schema.
    private enum Word {
        case type, required, optional, computed, deprecated, sensitive
        case attributes, blockTypes, nestingMode, block, blockRef, minItems, maxItems
        case string, number, bool, dynamic, list, set, map, object, tuple

        var text: StaticString {
            switch self {
            case .type: "type"
            case .required: "required"
            case .optional: "optional"
            case .computed: "computed"
            case .deprecated: "deprecated"
            case .sensitive: "sensitive"
            case .attributes: "attributes"
            case .blockTypes: "block_types"
            case .nestingMode: "nesting_mode"
            case .block: "block"
            case .blockRef: "block_ref"
            case .minItems: "min_items"
            case .maxItems: "max_items"
            case .string: "string"
            case .number: "number"
            case .bool: "bool"
            case .dynamic: "dynamic"
            case .list: "list"
            case .set: "set"
            case .map: "map"
            case .object: "object"
            case .tuple: "tuple"
            }
        }

        /// The word these bytes spell, if any: the one word of their length and first letter (the length and the
        /// second letter for `min_items` and `max_items`), if they spell it.
        static func spelled(by bytes: UnsafeBufferPointer<UInt8>) -> Word? {
            guard bytes.count >= 3 else { return nil }
            let candidate: Word
            switch (bytes.count, bytes[0]) {
            case (3, UInt8(ascii: "m")): candidate = .map
            case (3, UInt8(ascii: "s")): candidate = .set
            case (4, UInt8(ascii: "b")): candidate = .bool
            case (4, UInt8(ascii: "l")): candidate = .list
            case (4, UInt8(ascii: "t")): candidate = .type
            case (5, UInt8(ascii: "b")): candidate = .block
            case (5, UInt8(ascii: "t")): candidate = .tuple
            case (6, UInt8(ascii: "n")): candidate = .number
            case (6, UInt8(ascii: "o")): candidate = .object
            case (6, UInt8(ascii: "s")): candidate = .string
            case (7, UInt8(ascii: "d")): candidate = .dynamic
            case (8, UInt8(ascii: "c")): candidate = .computed
            case (8, UInt8(ascii: "o")): candidate = .optional
            case (8, UInt8(ascii: "r")): candidate = .required
            case (9, UInt8(ascii: "b")): candidate = .blockRef
            case (9, UInt8(ascii: "m")): candidate = bytes[1] == UInt8(ascii: "i") ? .minItems : .maxItems
            case (9, UInt8(ascii: "s")): candidate = .sensitive
            case (10, UInt8(ascii: "a")): candidate = .attributes
            case (10, UInt8(ascii: "d")): candidate = .deprecated
            case (11, UInt8(ascii: "b")): candidate = .blockTypes
            case (12, UInt8(ascii: "n")): candidate = .nestingMode
            default: return nil
            }
            let text = candidate.text.utf8Start
            for offset in 1..<bytes.count where bytes[offset] != text[offset] { return nil }
            return candidate
        }
    }

    /// Reads the string at the current position and tells which `Word` it is, `nil` for any other string. A string
    /// with an escape is decoded first (`\u0074ype` is `type`).
    private mutating func word() throws(Failure) -> Word? {
        guard peek == UInt8(ascii: "\"") else { throw .syntax }
        let opening = index
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return Word.spelled(by: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]))
            }
            guard byte >= 0x20 else { throw .syntax }
            if byte == UInt8(ascii: "\\") {
                index = opening
                var decoded = try string()
                return decoded.withUTF8 { Word.spelled(by: $0) }
            }
            index += 1
        }
        throw .syntax
    }

    /// Reads a string. The schema's strings are names without escapes, read in place; a string with an escape is
    /// rare, and `JSONParser` decodes it, so the escape grammar is written once in the project.
    private mutating func string() throws(Failure) -> String {
        let opening = index
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard escaped else {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
                }
                let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[opening..<index]), as: UTF8.self)
                guard let text = try? JSONParser().parse(literal, file: "<provider schema>").stringValue else {
                    throw .syntax
                }
                return text
            }
            guard byte >= 0x20 else { throw .syntax }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
            }
            index += 1
        }
        throw .syntax
    }
}
