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
    public struct NestedBlock: Sendable {
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
    public struct Block: Sendable {
        public var attributes: [String: Attribute]
        public var blockTypes: [String: NestedBlock]
        public var isDeprecated: Bool

        public init(
            attributes: [String: Attribute] = [:],
            blockTypes: [String: NestedBlock] = [:],
            isDeprecated: Bool = false
        ) {
            self.attributes = attributes
            self.blockTypes = blockTypes
            self.isDeprecated = isDeprecated
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

    /// Parses the trimmed schema format of `scripts/generate-schema`.
    public init(json text: String) throws(FormatError) {
        let root: PositionedJSON
        do throws(DiagnosticError) {
            root = try JSONParser().parse(text, file: "<provider schema>")
        } catch {
            throw FormatError(description: error.description)
        }
        guard let provider = root["provider"]?.stringValue, let version = root["version"]?.stringValue else {
            throw FormatError(description: "the schema has no `provider` and `version`")
        }
        var reader = SchemaReader(shared: [:])
        for member in root["shared_blocks"]?.members ?? [] {
            reader.shared[member.key] = try reader.block(member.value, path: member.key)
        }
        var resources: [String: Block] = [:]
        for member in root["resource_schemas"]?.members ?? [] {
            resources[member.key] = try reader.block(member.value, path: member.key)
        }
        self.init(provider: provider, version: version, resources: resources)
    }
}

/// Turns the trimmed JSON into schema values; shared blocks are defined before the blocks that refer to them.
private struct SchemaReader {
    var shared: [String: ProviderSchema.Block]

    func block(_ json: PositionedJSON, path: String) throws(ProviderSchema.FormatError) -> ProviderSchema.Block {
        guard json.members != nil else { throw failure(path, "is \(json.kindDescription), not a block object") }
        var result = ProviderSchema.Block(isDeprecated: json["deprecated"]?.isTrue ?? false)
        for member in json["attributes"]?.members ?? [] {
            let attributePath = "\(path).\(member.key)"
            guard let typeJSON = member.value["type"] else { throw failure(attributePath, "has no type") }
            result.attributes[member.key] = ProviderSchema.Attribute(
                type: try valueType(typeJSON, path: attributePath),
                isRequired: member.value["required"]?.isTrue ?? false,
                isOptional: member.value["optional"]?.isTrue ?? false,
                isComputed: member.value["computed"]?.isTrue ?? false,
                isDeprecated: member.value["deprecated"]?.isTrue ?? false,
                isSensitive: member.value["sensitive"]?.isTrue ?? false
            )
        }
        for member in json["block_types"]?.members ?? [] {
            let blockPath = "\(path).\(member.key)"
            guard let mode = member.value["nesting_mode"]?.stringValue,
                let nesting = ProviderSchema.NestedBlock.Nesting(rawValue: mode)
            else {
                throw failure(blockPath, "has no known nesting_mode")
            }
            let nested: ProviderSchema.Block
            if let reference = member.value["block_ref"]?.stringValue {
                guard let sharedBlock = shared[reference] else {
                    throw failure(blockPath, "refers to undefined shared block `\(reference)`")
                }
                nested = sharedBlock
            } else if let body = member.value["block"] {
                nested = try block(body, path: blockPath)
            } else {
                throw failure(blockPath, "has neither `block` nor `block_ref`")
            }
            result.blockTypes[member.key] = ProviderSchema.NestedBlock(
                nesting: nesting,
                minItems: member.value["min_items"]?.intNumber ?? 0,
                maxItems: member.value["max_items"]?.intNumber,
                block: nested
            )
        }
        return result
    }

    func valueType(_ json: PositionedJSON, path: String) throws(ProviderSchema.FormatError) -> ProviderSchema.ValueType
    {
        if let name = json.stringValue {
            switch name {
            case "string": return .string
            case "number": return .number
            case "bool": return .bool
            case "dynamic": return .dynamic
            default: throw failure(path, "has unknown primitive type `\(name)`")
            }
        }
        guard let parts = json.elements, parts.count >= 2, let kind = parts[0].stringValue else {
            throw failure(path, "has a type that is neither a name nor a [kind, element] pair")
        }
        switch kind {
        case "list": return .list(try valueType(parts[1], path: path))
        case "set": return .set(try valueType(parts[1], path: path))
        case "map": return .map(try valueType(parts[1], path: path))
        case "object":
            var attributes: [String: ProviderSchema.ValueType] = [:]
            for member in parts[1].members ?? [] {
                attributes[member.key] = try valueType(member.value, path: "\(path).\(member.key)")
            }
            return .object(attributes)
        case "tuple":
            var elements: [ProviderSchema.ValueType] = []
            for element in parts[1].elements ?? [] {
                elements.append(try valueType(element, path: path))
            }
            return .tuple(elements)
        default:
            throw failure(path, "has unknown type kind `\(kind)`")
        }
    }

    private func failure(_ path: String, _ problem: String) -> ProviderSchema.FormatError {
        ProviderSchema.FormatError(description: "`\(path)` \(problem)")
    }
}

extension PositionedJSON {
    fileprivate var isTrue: Bool {
        if case .bool(true) = kind { return true }
        return false
    }

    fileprivate var intNumber: Int? {
        if case .int(let number) = kind { return number }
        return nil
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
