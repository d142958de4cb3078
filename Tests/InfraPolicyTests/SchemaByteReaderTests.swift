import InfraCore
import Testing

@testable import InfraPolicy

/// `SchemaByteReader` reads the schema in one pass over its bytes; it must read every type of the embedded schema as
/// a plain reading of the parsed JSON does, and take JSON written in any layout.
@Suite struct SchemaByteReaderTests {
    /// The schema format read from `JSONParser`'s plain values, as simply as it can be written: the reference.
    struct Reference {
        var shared: [String: ProviderSchema.Block] = [:]

        func block(_ json: JSONValue) -> ProviderSchema.Block? {
            guard let members = json.objectValue else { return nil }
            var result = ProviderSchema.Block(isDeprecated: members["deprecated"] == .bool(true))
            for (name, value) in members["attributes"]?.objectValue ?? [:] {
                guard let fields = value.objectValue, let type = fields["type"].flatMap(valueType) else { return nil }
                result.attributes[name] = ProviderSchema.Attribute(
                    type: type,
                    isRequired: fields["required"] == .bool(true),
                    isOptional: fields["optional"] == .bool(true),
                    isComputed: fields["computed"] == .bool(true),
                    isDeprecated: fields["deprecated"] == .bool(true),
                    isSensitive: fields["sensitive"] == .bool(true)
                )
            }
            for (name, value) in members["block_types"]?.objectValue ?? [:] {
                guard let fields = value.objectValue, let mode = fields["nesting_mode"]?.literalString,
                    let nesting = ProviderSchema.NestedBlock.Nesting(rawValue: mode)
                else { return nil }
                let nested: ProviderSchema.Block?
                if let reference = fields["block_ref"]?.literalString {
                    nested = shared[reference]
                } else {
                    nested = fields["block"].flatMap(block)
                }
                guard let nested else { return nil }
                var minItems = 0
                if case .int(let count) = fields["min_items"] { minItems = count }
                var maxItems: Int?
                if case .int(let count) = fields["max_items"] { maxItems = count }
                result.blockTypes[name] = ProviderSchema.NestedBlock(
                    nesting: nesting,
                    minItems: minItems,
                    maxItems: maxItems,
                    block: nested
                )
            }
            return result
        }

        func valueType(_ json: JSONValue) -> ProviderSchema.ValueType? {
            switch json {
            case .string("string"): return .string
            case .string("number"): return .number
            case .string("bool"): return .bool
            case .string("dynamic"): return .dynamic
            case .array(let parts) where parts.count >= 2:
                switch parts[0] {
                case .string("list"): return valueType(parts[1]).map { .list($0) }
                case .string("set"): return valueType(parts[1]).map { .set($0) }
                case .string("map"): return valueType(parts[1]).map { .map($0) }
                case .string("object"):
                    var attributes: [String: ProviderSchema.ValueType] = [:]
                    for (name, value) in parts[1].objectValue ?? [:] {
                        guard let type = valueType(value) else { return nil }
                        attributes[name] = type
                    }
                    return .object(attributes)
                case .string("tuple"):
                    let elements = (parts[1].arrayValue ?? []).map(valueType)
                    return elements.contains { $0 == nil } ? nil : .tuple(elements.compactMap { $0 })
                default: return nil
                }
            default: return nil
            }
        }
    }

    @Test func readsEveryEmbeddedTypeAsThePlainJSONSays() throws {
        let schema = try AWSProviderSchema.loaded.get()
        let root = try #require(JSONParser().value(of: AWSProviderSchema.json)?.objectValue)
        var reference = Reference()
        let sharedBlocks = try #require(root["shared_blocks"]?.objectValue)
        // Shared blocks refer only to those before them, which sort first.
        for name in sharedBlocks.keys.sorted() {
            let block = try #require(reference.block(sharedBlocks[name] ?? .null), "\(name)")
            reference.shared[name] = block
        }
        let types = try #require(root["resource_schemas"]?.objectValue)
        #expect(types.count == schema.resources.count && types.count > 1_500)
        for (type, body) in types {
            let expected = try #require(reference.block(body), "\(type)")
            #expect(schema.resources[type] == expected, "\(type)")
        }
    }

    @Test func takesWhitespaceEscapesUnknownKeysAndKeyOrderOfAnyJSON() throws {
        let json = """
            \u{FEFF}{ "resource_schemas" : { "aws_x" : {
                "block_types" : { "b" : { "block" : { "attributes" : { "n" : { "type" : "number" } } },
                                          "max_items" : 3, "nesting_mode" : "list", "extra" : [1, 2.5e3, null, {}] } },
                "attributes" : { "na\\u00efve\\"\\n" : { "computed" : true, "type" : [ "map" , "string", "ignored" ],
                                 "description" : "x\\ud83d\\ude00" },
                                 "t" : { "type" : ["tuple", ["bool", ["set", "dynamic"]]], "optional" : false } }
              } },
              "version" : "9", "provider" : "p", "shared_blocks" : {} }
            """
        let schema = try ProviderSchema(json: json)
        let block = try #require(schema.resources["aws_x"])
        #expect(schema.provider == "p" && schema.version == "9")
        #expect(block.attributes["naïve\"\n"] == ProviderSchema.Attribute(type: .map(.string), isComputed: true))
        #expect(block.attributes["t"]?.type == .tuple([.bool, .set(.dynamic)]))
        #expect(block.attributes["t"]?.isOptional == false)
        let nested = try #require(block.blockTypes["b"])
        #expect(nested.nesting == .list && nested.minItems == 0 && nested.maxItems == 3)
        #expect(nested.block.attributes["n"]?.type == .number)
    }

    /// The format's own member and type names are told apart by their bytes; written with escapes they are the same
    /// names, and names that only begin like them are other names.
    @Test func escapedFormatNamesAreTheNamesThemselves() throws {
        let json = #"""
            {"provider":"p","version":"1","resource_schemas":{"aws_x":{
              "attributes":{"a":{"type":"string","optional":true},
                                 "b":{"type":["list","number"],"computed":true,"typed":"x","types":1},
                                 "c":{"type":"bool","requiredX":true,"require":true}},
              "block_types":{"n":{"block":{},"nesting_mode":"single","min_items":1}}}}}
            """#
        let block = try #require(try ProviderSchema(json: json).resources["aws_x"])
        #expect(block.attributes["a"] == ProviderSchema.Attribute(type: .string, isOptional: true))
        #expect(block.attributes["b"] == ProviderSchema.Attribute(type: .list(.number), isComputed: true))
        #expect(block.attributes["c"] == ProviderSchema.Attribute(type: .bool))
        #expect(block.blockTypes["n"]?.nesting == .single && block.blockTypes["n"]?.minItems == 1)
        // An unknown name in an error is the decoded name.
        do {
            _ = try ProviderSchema(
                json: #"{"provider":"p","version":"1","resource_schemas":{"aws_x":{"attributes":{"a":{"type":"text"}}}}}"#
            )
            Issue.record("parsed")
        } catch {
            #expect(error.description == "`aws_x.a` has unknown primitive type `text`")
        }
        do {
            _ = try ProviderSchema(
                json: #"{"provider":"p","version":"1","resource_schemas":{"aws_x":{"attributes":{"a":{"type":["lis","string"]}}}}}"#
            )
            Issue.record("parsed")
        } catch {
            #expect(error.description == "`aws_x.a` has unknown type kind `lis`")
        }
    }

    @Test(arguments: [
        #"{"provider":"p","version":"1","resource_schemas":{"aws_x":{}},}"#,
        #"{"provider":"p","version":"1"} x"#,
        #"{"provider":"p","version":01}"#,
        "{\"provider\":\"p\u{01}\",\"version\":\"1\"}",
        #"{"provider":"p","version":"1","resource_schemas":{"aws_x":{"attributes":{"a":{"type":"string"}}}"#,
        String(repeating: "[", count: 600),
        // Strings the reader skips are checked as those it reads: a bad escape, a control byte in a key.
        #"{"provider":"p","version":"1","description":"a\qb"}"#,
        "{\"provider\":\"p\",\"version\":\"1\",\"x\":{\"k\u{01}\":1}}",
    ])
    func textThatIsNotJSONIsASyntaxError(json: String) {
        do {
            _ = try ProviderSchema(json: json)
            Issue.record("parsed: \(json)")
        } catch {
            #expect(String(describing: error).contains("JSON001"), "\(error)")
        }
    }
}
