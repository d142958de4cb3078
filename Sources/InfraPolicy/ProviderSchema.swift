import InfraCore
import Synchronization

/// A Terraform provider's resource schemas, trimmed to what the schema rules read: each argument's type and flags,
/// each nested block's nesting mode and item counts. Built from the JSON `scripts/generate-schema` writes (the
/// output of `terraform providers schema -json`, trimmed and with repeated nested blocks written once).
public struct ProviderSchema: Sendable {
    /// A cty type, as `terraform providers schema -json` writes it (`"string"`, `["list","string"]`, …).
    public indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
        case string
        case number
        case bool
        /// Any type; decided by the provider at plan time.
        case dynamic
        case list(ValueType)
        case set(ValueType)
        case map(ValueType)
        case object([String: ValueType])
        case tuple([ValueType])

        /// The type as Terraform's type constraints spell it: `list(string)`, `object({…})`.
        public var description: String {
            switch self {
            case .string: "string"
            case .number: "number"
            case .bool: "bool"
            case .dynamic: "any"
            case .list(let element): "list(\(element))"
            case .set(let element): "set(\(element))"
            case .map(let element): "map(\(element))"
            case .object: "object"
            case .tuple(let elements): "tuple([\(elements.map(\.description).joined(separator: ", "))])"
            }
        }
    }

    /// One argument (or computed attribute) of a resource or nested block.
    public struct Attribute: Sendable, Hashable {
        public var type: ValueType
        public var isRequired: Bool
        public var isOptional: Bool
        public var isComputed: Bool
        public var isDeprecated: Bool
        public var isSensitive: Bool

        public init(
            type: ValueType,
            isRequired: Bool = false,
            isOptional: Bool = false,
            isComputed: Bool = false,
            isDeprecated: Bool = false,
            isSensitive: Bool = false
        ) {
            self.type = type
            self.isRequired = isRequired
            self.isOptional = isOptional
            self.isComputed = isComputed
            self.isDeprecated = isDeprecated
            self.isSensitive = isSensitive
        }

        /// Set by the provider only (`arn`, `id` of most framework resources): configuration may not set it.
        public var isComputedOnly: Bool { isComputed && !isOptional && !isRequired }
    }

    /// A nested block type (`default_action`, `metadata_options`, `timeouts`).
    public struct NestedBlock: Sendable, Equatable {
        /// How instances of the block are collected; `single` and `group` allow at most one.
        public enum Nesting: String, Sendable {
            case single, group, list, set, map
        }

        public var nesting: Nesting
        public var minItems: Int
        /// `nil` when unlimited.
        public var maxItems: Int?
        public var block: Block

        public init(nesting: Nesting, minItems: Int = 0, maxItems: Int? = nil, block: Block) {
            self.nesting = nesting
            self.minItems = minItems
            self.maxItems = maxItems
            self.block = block
        }

        /// The largest number of blocks Terraform accepts.
        public var effectiveMaxItems: Int? {
            switch nesting {
            case .single, .group: 1
            case .list, .set, .map: maxItems
            }
        }
    }

    /// The body of a resource or of a nested block.
    public struct Block: Sendable, Equatable {
        public var attributes: [String: Attribute] {
            didSet {
                requiredAttributeNames = Self.requiredAttributeNames(attributes)
                if members != nil { members = Self.members(attributes, blockTypes) }
            }
        }
        public var blockTypes: [String: NestedBlock] {
            didSet {
                requiredBlockNames = Self.requiredBlockNames(blockTypes)
                if members != nil { members = Self.members(attributes, blockTypes) }
            }
        }
        public var isDeprecated: Bool
        /// The names of the required attributes, sorted. Kept with the block because the schema walk checks them for
        /// every body it reads, and finding them among a type's hundred attributes each time was most of its time.
        public private(set) var requiredAttributeNames: [String]
        /// The names of the block types that need at least one block, sorted.
        public private(set) var requiredBlockNames: [String]
        /// The attributes and the block types in one table (`NameTable`), for a block whose bodies' keys are looked
        /// up often enough to pay for building it (`indexed()`): a type a document has many resources of
        /// (`PolicyEngine.indexingFrequentTypes`). Nested blocks, and the types of a stack's few resources, go
        /// without: building a table for each cost a render more than its lookups saved.
        public private(set) var members: NameTable<Member>?

        /// What a name of a block is. A nested block is found in `blockTypes` when a body has one: copying the
        /// whole block out of the table for every lookup cost more than the lookup.
        public enum Member: Sendable, Equatable {
            case attribute(Attribute)
            case block
        }

        public init(
            attributes: [String: Attribute] = [:],
            blockTypes: [String: NestedBlock] = [:],
            isDeprecated: Bool = false
        ) {
            self.attributes = attributes
            self.blockTypes = blockTypes
            self.isDeprecated = isDeprecated
            requiredAttributeNames = Self.requiredAttributeNames(attributes)
            requiredBlockNames = Self.requiredBlockNames(blockTypes)
        }

        /// This block with its `members` table.
        public func indexed() -> Block {
            var block = self
            block.members = Self.members(attributes, blockTypes)
            return block
        }

        /// What `name` is in this block; a name that is both is the attribute.
        @inline(__always)
        public func member(named name: String) -> Member? {
            if let members { return members[name] }
            if let attribute = attributes[name] { return .attribute(attribute) }
            return blockTypes[name] == nil ? nil : .block
        }

        /// Equal when the schema says the same: the derived tables follow from these.
        public static func == (lhs: Block, rhs: Block) -> Bool {
            lhs.attributes == rhs.attributes && lhs.blockTypes == rhs.blockTypes && lhs.isDeprecated == rhs.isDeprecated
        }

        static func members(
            _ attributes: [String: Attribute],
            _ blockTypes: [String: NestedBlock]
        ) -> NameTable<Member> {
            var table = NameTable<Member>(capacity: attributes.count + blockTypes.count)
            for (name, attribute) in attributes { table.insert(name, .attribute(attribute)) }
            for name in blockTypes.keys { table.insert(name, .block) }
            return table
        }

        static func requiredAttributeNames(_ attributes: [String: Attribute]) -> [String] {
            attributes.compactMap { $0.value.isRequired ? $0.key : nil }.sorted()
        }

        static func requiredBlockNames(_ blockTypes: [String: NestedBlock]) -> [String] {
            blockTypes.compactMap { $0.value.minItems > 0 ? $0.key : nil }.sorted()
        }
    }

    /// What is wrong with the schema JSON.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The provider's source address, e.g. `hashicorp/aws`.
    public var provider: String
    public var version: String
    /// The resource types and their schemas.
    public var resources: [String: Block]

    public init(provider: String, version: String, resources: [String: Block]) {
        self.provider = provider
        self.version = version
        self.resources = resources
    }

    /// Parses the trimmed schema format of `scripts/generate-schema` (`SchemaByteReader`). When the text is not
    /// JSON, the error is `JSONParser`'s located syntax diagnostic.
    public init(json text: String) throws(FormatError) {
        do throws(SchemaByteReader.Failure) {
            self = try SchemaByteReader.schema(in: text)
        } catch {
            // The reader reports no positions; the parser locates a syntax error, and a shape error stands if the
            // text is JSON.
            do throws(DiagnosticError) {
                _ = try JSONParser().parse(text, file: "<provider schema>")
            } catch let syntax {
                throw FormatError(description: syntax.description)
            }
            switch error {
            case .shape(let problem): throw FormatError(description: problem)
            case .syntax: throw FormatError(description: "the schema is not JSON the reader understands")
            }
        }
    }
}

/// The hashicorp/aws schema the schema rules check against, embedded as Swift source
/// (`Generated/AWSProviderSchema+Data.swift`, written by `make schema`) so that the library does no I/O. It holds
/// every resource type of the provider; a document's types are parsed on demand (`schema(for:)`).
public enum AWSProviderSchema {
    /// The whole embedded schema, parsed once on first use, or why it did not parse (the generated file was edited
    /// by hand); `ProviderSchemaTests` fails in that case. Parsing every type costs far more than a render: the
    /// policy engine uses `schema(for:)`.
    public static let loaded = Result { () throws(ProviderSchema.FormatError) in try ProviderSchema(json: json) }

    /// The embedded schema's table of contents: reads the header on first use, and no resource schema.
    public static let catalog = SchemaCatalog(json: json)

    /// Every resource type of the provider, sorted; read from the whole schema on first use (for suggestions and
    /// listings, not for every render).
    public static let resourceTypes = catalog.resourceTypes()

    /// The embedded schema of the provider's types among `types` only: what the policy engine needs for one
    /// document, at a fraction of the cost of `loaded`. Empty if it did not parse (the generated file was edited by
    /// hand; `ProviderSchemaTests` fails then).
    public static func schema(for types: some Sequence<String>) -> ProviderSchema {
        if #available(macOS 15, *) { return ParsedResourceSchemas.schema(for: types) }
        return parsedSchema(for: types)
    }

    /// The schema of `types`, parsed now.
    static func parsedSchema(for types: some Sequence<String>) -> ProviderSchema {
        (try? catalog.schema(for: types))
            ?? ProviderSchema(provider: "hashicorp/aws", version: "unknown", resources: [:])
    }
}

/// The resource types' schemas parsed so far, so that each type is parsed once per process: `render prod` checks
/// five documents that share most of their types, and parsing them was a tenth of its time. Behind a lock, as the
/// policy engine may run on several threads; the parse itself runs outside it.
@available(macOS 15, *)
enum ParsedResourceSchemas {
    private static let blocks = Mutex<[String: ProviderSchema.Block]>([:])

    /// The provider's types among `types` whose schema no call has parsed yet.
    static func unparsed(_ types: some Sequence<String>) -> [String] {
        let checked = Set(types.filter { $0.hasPrefix("aws_") })
        return blocks.withLock { parsed in checked.filter { parsed[$0] == nil } }.sorted()
    }

    static func schema(for types: some Sequence<String>) -> ProviderSchema {
        let catalog = AWSProviderSchema.catalog
        // Types of the provider; another provider's (`random_id`) have no schema to parse.
        let checked = Set(types.filter { $0.hasPrefix("aws_") })
        var found = blocks.withLock { parsed in checked.compactMap { type in parsed[type].map { (type, $0) } } }
        let missing = checked.subtracting(found.map(\.0))
        if !missing.isEmpty {
            // In a fixed order, so that a failure to parse does not depend on the order of a set.
            guard let parsed = try? catalog.schema(for: missing.sorted()) else {
                return ProviderSchema(provider: "hashicorp/aws", version: "unknown", resources: [:])
            }
            blocks.withLock { cached in cached.merge(parsed.resources) { first, _ in first } }
            found += parsed.resources.map { ($0.key, $0.value) }
        }
        return ProviderSchema(
            provider: catalog.provider,
            version: catalog.version,
            resources: Dictionary(found, uniquingKeysWith: { first, _ in first })
        )
    }
}
