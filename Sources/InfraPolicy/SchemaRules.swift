import InfraCore

/// Schema rules: every rendered argument checked against the embedded hashicorp/aws provider schema
/// (`AWSProviderSchema`), without running terraform. Not waivable: terraform would reject the configuration.
let schemaRules: [Rule] = [
    Rule(
        .schemaUnknownAttribute,
        family: .schema,
        severity: .error,
        title: "Arguments exist in the provider schema",
        rationale:
            "terraform rejects an argument the resource type does not have (`Unsupported argument`), usually a typo or an argument of another provider version; `lifecycle.ignore_changes` naming a missing argument fails the same way.",
        remediation:
            "fix the argument's name (see the resource's page in the hashicorp/aws provider documentation) or remove it",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .unknownArgument, in: $0) }
    ).sharingSchemaWalk(.unknownArgument),
    Rule(
        .schemaUnknownNestedKey,
        family: .schema,
        severity: .error,
        title: "Keys inside blocks and objects exist in the provider schema",
        rationale:
            "A key a nested block or `lifecycle` does not have is rejected by terraform as an unsupported argument or block; in an object-typed value (an element of `aws_security_group.ingress`) it is silently dropped, so the setting never reaches AWS.",
        remediation: "fix the key's name or move it to the block that has it",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .unknownNestedKey, in: $0) }
    ).sharingSchemaWalk(.unknownNestedKey),
    Rule(
        .schemaMissingRequired,
        family: .schema,
        severity: .error,
        title: "Required arguments are set",
        rationale:
            "terraform refuses a resource or nested block without its required arguments (`Missing required argument`), and an object-typed value that does not list every attribute of its type; `null` counts as missing for an argument and as present for an object attribute.",
        remediation: "set the argument, or give the construct a default for it",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .missingRequired, in: $0) }
    ).sharingSchemaWalk(.missingRequired),
    Rule(
        .schemaWrongType,
        family: .schema,
        severity: .error,
        title: "Literal values have the argument's type",
        rationale:
            "terraform converts numbers and booleans to strings and back, but not an object to a string, a word to a number or a single value to a list (`Inappropriate value for attribute`). Interpolations are only known at plan time and are not checked.",
        remediation:
            "write the value in the type the schema gives, e.g. a list for `list(string)`, a number for `number`",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .wrongType, in: $0) }
    ).sharingSchemaWalk(.wrongType),
    Rule(
        .schemaBlockCount,
        family: .schema,
        severity: .error,
        title: "Nested blocks appear as often as the schema allows",
        rationale:
            "Block types have a minimum and maximum count (`Too many blocks`, `Insufficient blocks`); a block written as an object counts as one, a list counts its elements.",
        remediation: "add the missing block, or merge or remove the extra ones",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .blockCount, in: $0) }
    ).sharingSchemaWalk(.blockCount),
    Rule(
        .schemaComputedOnly,
        family: .schema,
        severity: .error,
        title: "Computed-only attributes are not set",
        rationale:
            "Attributes only the provider computes (`arn`, `dns_name`, …) cannot be configured; terraform reports `Invalid or unknown key` / `Value for unconfigurable attribute`.",
        remediation: "remove the attribute; read it from the resource (`${aws_x.y.arn}`) instead",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .computedOnly, in: $0) }
    ).sharingSchemaWalk(.computedOnly),
    Rule(
        .schemaDeprecated,
        family: .schema,
        severity: .warning,
        title: "Deprecated arguments and blocks are not used",
        rationale:
            "Deprecated arguments still work but are removed in a later major version of the provider (e.g. the inline S3 bucket blocks replaced by `aws_s3_bucket_*` resources), so the stack breaks on upgrade.",
        remediation: "use the replacement the message names, or else the one in the provider documentation",
        resourceTypes: [Rule.everyType],
        check: { SchemaChecker.violations(of: .deprecated, in: $0) }
    ).sharingSchemaWalk(.deprecated),
    Rule(
        .schemaUncheckedType,
        family: .schema,
        severity: .note,
        title: "Resources of other providers are not schema-checked",
        rationale:
            "The embedded schema holds every resource type of hashicorp/aws \(AWSProviderSchema.catalog.version), and nothing of other providers: a resource such as `random_password`, `null_resource` or `google_storage_bucket` is not checked by the schema rules. A file whose `terraform.required_providers.aws.version` pins another major version of hashicorp/aws gets this note once, instead of schema findings about arguments that version may not have.",
        remediation:
            "nothing to change: `terraform validate` checks these arguments with the provider the file names, and infragen's other rules still apply",
        resourceTypes: [Rule.everyType],
        check: { resource in
            let type = resource.address.type
            guard let provider = SchemaChecker.otherProvider(of: type) else { return [] }
            // Once per type, on its first resource: a file with forty resources of another provider's type needs to
            // hear it once, not forty times.
            let written = resource.document.written(as: type)
            guard resource.address == written.first else { return [] }
            let count = written.count == 1 ? "" : " (\(written.count) resources)"
            let schema = AWSProviderSchema.catalog
            return [
                Violation(
                    nil,
                    "\(type)\(count) is a resource type of \(provider), not of \(schema.provider), so infragen's schema rules do not check its arguments"
                )
            ]
        }
    ),
    Rule(
        .schemaUnknownResourceType,
        family: .schema,
        severity: .error,
        title: "Resource types exist in the AWS provider",
        rationale:
            "A misspelled `aws_` type (`aws_lb_listner`) is not a resource of hashicorp/aws at all; terraform refuses the whole configuration at init or validate.",
        remediation: "fix the type name; `infragen explain SCH009` and the provider documentation list the valid types",
        resourceTypes: [Rule.everyType],
        check: { resource in
            let type = resource.address.type
            let schema = AWSProviderSchema.catalog
            // The byte test answers for nearly every type; `hasPrefix` for the rest.
            guard SchemaChecker.isAWSType(type) || type.hasPrefix("aws_"),
                !(resource.document.isProviderType(of: resource) ?? schema.knows(type))
            else { return [] }
            let known = AWSProviderSchema.resourceTypes
            return [
                Violation(
                    nil,
                    "\(type) is not a resource type of \(schema.provider) \(schema.version)\(Walker.suggestion(for: type, among: known))"
                )
            ]
        }
    ),
    Rule(
        .schemaProviderConstraint,
        family: .schema,
        severity: .error,
        title: "Literal values are inside the provider's constraints",
        rationale:
            "The provider checks ranges, lengths, patterns, enumerations, ARN shapes and argument combinations when `terraform validate` runs, but `terraform providers schema -json` carries only types, so a value of the right type can still fail validate (`expected backup_retention_period to be in the range (0 - 35), got 99`). The constraints of hashicorp/aws \(ProviderConstraints.providerVersion) are kept as data (`ProviderConstraints`); interpolations are only known at plan time and are not checked.",
        remediation:
            "use a value the message names as valid (the range, length, pattern, one of the listed values, a full ARN), or set only one of the conflicting arguments",
        resourceTypes: ProviderConstraints.constrainedTypes,
        check: { ProviderConstraintChecker.violations(of: $0) }
    ),
]

/// Walks a rendered resource against its schema and reports what the schema rules look for.
enum SchemaChecker {
    /// What a finding is about; one schema rule per kind.
    enum Kind: Sendable, Hashable {
        case unknownArgument, unknownNestedKey, missingRequired, wrongType, blockCount, computedOnly, deprecated
    }

    struct Finding: Sendable, Hashable {
        var kind: Kind
        var violation: Violation
    }

    /// Meta-arguments every resource has besides its schema.
    static let metaArguments: Set<String> = [
        "depends_on", "count", "for_each", "provider", "lifecycle", "provisioner", "connection",
    ]
    /// The arguments of a `lifecycle` block.
    static let lifecycleArguments: Set<String> = [
        "create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by", "precondition",
        "postcondition",
    ]
    /// Terraform JSON's comment key, ignored wherever a body is expected.
    static let commentKey = "//"

    /// The provider a resource type belongs to when it is not hashicorp/aws: Terraform takes a type's provider from
    /// the prefix before its first `_` (`random_password` → `random`); `terraform_data` is built into terraform.
    /// `nil` for an `aws_` type (checked, or unknown: SCH009) and for a type without a prefix.
    static func otherProvider(of type: String) -> String? {
        if isAWSType(type) { return nil }
        guard let underscore = type.firstIndex(of: "_"), underscore != type.startIndex else { return nil }
        let prefix = type[..<underscore]
        if prefix == "aws" { return nil }
        if prefix == "terraform" { return "terraform's built-in provider" }
        return "the `\(prefix)` provider"
    }

    /// Whether `type` starts `aws_` followed by an ASCII byte or nothing, read in its bytes: the answer the search
    /// by characters below gives for those, which took some 1,700 instructions for every resource. (A combining
    /// mark after the `_` would join it into another character; such a type takes the search.)
    static func isAWSType(_ type: String) -> Bool {
        guard ByteSearch.hasPrefix(type, "aws_") else { return false }
        let bytes = type.utf8
        return bytes.count == 4 || bytes[bytes.index(bytes.startIndex, offsetBy: 4)] < 0x80
    }

    /// The `kind` findings of the resource against `schema`, by default the embedded schema of its type alone.
    static func violations(of kind: Kind, in resource: ResourceView, schema: ProviderSchema? = nil) -> [Violation] {
        let schema = schema ?? AWSProviderSchema.schema(for: [resource.address.type])
        return findings(resource, schema: schema).filter { $0.kind == kind }.map(\.violation)
    }

    /// Everything the schema says is wrong with the resource; empty for a type the schema does not hold.
    static func findings(_ resource: ResourceView, schema: ProviderSchema) -> [Finding] {
        guard let block = schema.resources[resource.address.type] else { return [] }
        var walker = Walker(type: resource.address.type)
        walker.body(resource.attributes, block: block, path: nil)
        return walker.findings
    }
}

/// The state of one walk over a resource body: the findings so far.
private struct Walker {
    let type: String
    var findings: [SchemaChecker.Finding] = []

    init(type: String) {
        self.type = type
    }

    private mutating func report(_ kind: SchemaChecker.Kind, _ path: String, _ message: String) {
        findings.append(SchemaChecker.Finding(kind: kind, violation: Violation(path, message)))
    }

    /// SCH007's message: what is deprecated and, where `DeprecatedArguments` knows it, what replaces it.
    private static func deprecation(of subject: String, path: String, type: String) -> String {
        let message = "\(subject) of \(type) is deprecated in hashicorp/aws \(AWSProviderSchema.catalog.version)"
        guard let replacement = DeprecatedArguments.replacement(type: type, path: path) else { return message }
        return "\(message); \(replacement)"
    }

    private static func join(_ path: String?, _ key: String) -> String {
        path.map { "\($0).\(key)" } ?? key
    }

    /// Checks one body: the resource's own (`path == nil`) or a nested block's.
    mutating func body(_ members: [String: JSONValue], block: ProviderSchema.Block, path: String?) {
        let isResource = path == nil
        // Worded only for a finding: most bodies have none.
        lazy var place = path.map { "block `\($0)` of \(type)" } ?? type
        // Block types (and attributes of objects) filled by a `dynamic` block have a count only known at plan time.
        var dynamicBlocks: Set<String> = []
        if let dynamic = members["dynamic"] {
            dynamicBlocks = self.dynamic(dynamic, block: block, path: Self.join(path, "dynamic"))
        }
        // In the table's order: every finding is sorted with the others once the document has been checked (findings
        // that sort alike read alike), and sorting the keys of every body cost a fifth of this walk.
        for (key, value) in members {
            guard key != SchemaChecker.commentKey, key != "dynamic" else { continue }
            // Spelled out only where it is needed: most attributes have no finding.
            var keyPath: String { Self.join(path, key) }
            switch block.member(named: key) {
            case .attribute(let attribute):
                self.attribute(value, attribute, path: { keyPath })
            case .block:
                guard let nested = block.blockTypes[key] else { continue }
                blocks(value, nested, path: keyPath, countKnown: !dynamicBlocks.contains(key), name: key)
            case nil where isResource && SchemaChecker.metaArguments.contains(key):
                if key == "lifecycle" { lifecycle(value, resource: block) }
            case nil:
                let suggestion = Self.suggestion(
                    for: key,
                    among: Array(block.attributes.keys) + Array(block.blockTypes.keys)
                )
                if isResource {
                    report(.unknownArgument, keyPath, "`\(key)` is not an argument of \(type)\(suggestion)")
                } else {
                    report(.unknownNestedKey, keyPath, "\(place) has no argument or block `\(key)`\(suggestion)")
                }
            }
        }
        // The block keeps its required names, sorted, rather than finding them among all of its names for every body.
        for name in block.requiredAttributeNames where !dynamicBlocks.contains(name) {
            let value = members[name]
            if value == nil || value == .null {
                report(.missingRequired, Self.join(path, name), "\(place) is missing the required argument `\(name)`")
            }
        }
        for name in block.requiredBlockNames {
            guard let nested = block.blockTypes[name], members[name] == nil, !dynamicBlocks.contains(name)
            else { continue }
            report(
                .blockCount,
                Self.join(path, name),
                "\(place) needs at least \(nested.minItems) `\(name)` block\(nested.minItems == 1 ? "" : "s"), found none"
            )
        }
    }

    /// `path` spells out where the value is, for a finding: a value's path is built only when it has one.
    private mutating func attribute(
        _ value: JSONValue,
        _ attribute: ProviderSchema.Attribute,
        path: () -> String
    ) {
        guard value != .null else { return }
        if attribute.isComputedOnly {
            let path = path()
            report(.computedOnly, path, "`\(path)` of \(type) is computed by the provider and cannot be set")
        }
        if attribute.isDeprecated {
            let path = path()
            report(.deprecated, path, Self.deprecation(of: "`\(path)`", path: path, type: type))
        }
        check(value, against: attribute.type, path: path)
    }

    /// The instances of a nested block type: one object, a list of objects, or for `map` nesting, objects by label.
    private mutating func blocks(
        _ value: JSONValue,
        _ nested: ProviderSchema.NestedBlock,
        path: String,
        countKnown: Bool,
        name: String
    ) {
        var instances: [(path: String, body: [String: JSONValue])] = []
        switch value {
        case .null:
            break
        case .object(let members) where nested.nesting == .map:
            for label in members.keys.sorted() {
                for (index, body) in (members[label]?.blocks ?? []).enumerated() {
                    instances.append(
                        ("\(path).\(label)" + (members[label]?.arrayValue == nil ? "" : "[\(index)]"), body)
                    )
                }
            }
        case .object(let members):
            instances.append((path, members))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let body = element.objectValue {
                    instances.append(("\(path)[\(index)]", body))
                } else {
                    report(
                        .wrongType,
                        "\(path)[\(index)]",
                        "`\(path)[\(index)]` of \(type) is \(Self.describe(element)); a `\(name)` block is an object"
                    )
                }
            }
        default:
            report(
                .wrongType,
                path,
                "`\(path)` of \(type) is \(Self.describe(value)); a `\(name)` block is an object or a list of objects"
            )
            return
        }
        if nested.block.isDeprecated, !instances.isEmpty {
            report(.deprecated, path, Self.deprecation(of: "block `\(name)`", path: path, type: type))
        }
        if countKnown {
            let count = value.arrayValue?.count ?? instances.count
            if count < nested.minItems {
                report(
                    .blockCount,
                    path,
                    "\(type) needs at least \(nested.minItems) `\(path)` block\(nested.minItems == 1 ? "" : "s"), found \(count)"
                )
            }
            if let maximum = nested.effectiveMaxItems, count > maximum {
                report(
                    .blockCount,
                    path,
                    "\(type) allows at most \(maximum) `\(path)` block\(maximum == 1 ? "" : "s"), found \(count)"
                )
            }
        }
        for instance in instances {
            body(instance.body, block: nested.block, path: instance.path)
        }
    }

    /// `dynamic "name" { for_each …, content { … } }`: the name must be a block type, the content is checked like the
    /// block. Returns the block types it fills.
    private mutating func dynamic(_ value: JSONValue, block: ProviderSchema.Block, path: String) -> Set<String> {
        var filled: Set<String> = []
        for declaration in value.blocks {
            for name in declaration.keys.sorted() {
                let namePath = "\(path).\(name)"
                guard let nested = block.blockTypes[name] else {
                    if let objectType = Self.objectElement(of: block.attributes[name]?.type) {
                        filled.insert(name)
                        attributeBlocks(declaration[name], objectType, path: namePath)
                        continue
                    }
                    report(
                        .unknownNestedKey,
                        namePath,
                        "`dynamic` names `\(name)`, which is not a block type of \(type)"
                    )
                    continue
                }
                filled.insert(name)
                for generator in declaration[name]?.blocks ?? [] {
                    if let content = generator["content"]?.firstBlock {
                        body(content, block: nested.block, path: "\(namePath).content")
                    }
                }
            }
        }
        return filled
    }

    /// The attributes of a list or set of objects (`aws_security_group.ingress`), which terraform also takes in block
    /// syntax, and so from a `dynamic` block; `nil` for any other type.
    private static func objectElement(of type: ProviderSchema.ValueType?) -> [String: ProviderSchema.ValueType]? {
        switch type {
        case .list(.object(let attributes))?, .set(.object(let attributes))?: attributes
        default: nil
        }
    }

    /// The `content` of a `dynamic` block that fills an attribute of objects. Written as a block, an attribute the
    /// content leaves out is null, so unlike an object value it need not list every one.
    private mutating func attributeBlocks(
        _ generators: JSONValue?,
        _ attributes: [String: ProviderSchema.ValueType],
        path: String
    ) {
        for generator in generators?.blocks ?? [] {
            guard let content = generator["content"]?.firstBlock else { continue }
            for (key, value) in content where key != SchemaChecker.commentKey {
                if let attributeType = attributes[key] {
                    check(value, against: attributeType, path: { "\(path).content.\(key)" })
                } else {
                    let suggestion = Self.suggestion(for: key, among: Array(attributes.keys))
                    report(
                        .unknownNestedKey,
                        "\(path).content.\(key)",
                        "`\(path).content` of \(type) has no attribute `\(key)`\(suggestion)"
                    )
                }
            }
        }
    }

    /// The `lifecycle` meta-argument: its own keys, and `ignore_changes` naming the resource's arguments.
    private mutating func lifecycle(_ value: JSONValue, resource: ProviderSchema.Block) {
        let isList = value.arrayValue != nil
        for (index, members) in value.blocks.enumerated() {
            let path = isList ? "lifecycle[\(index)]" : "lifecycle"
            for key in members.keys.sorted()
            where key != SchemaChecker.commentKey && !SchemaChecker.lifecycleArguments.contains(key) {
                report(
                    .unknownNestedKey,
                    "\(path).\(key)",
                    "`lifecycle` has no argument `\(key)`\(Self.suggestion(for: key, among: Array(SchemaChecker.lifecycleArguments)))"
                )
            }
            guard let ignored = members["ignore_changes"]?.arrayValue else { continue }
            for (position, entry) in ignored.enumerated() {
                guard let text = entry.literalString ?? entry.templateText else { continue }
                let name = String(text.prefix { $0 != "." && $0 != "[" })
                if resource.attributes[name] == nil, resource.blockTypes[name] == nil,
                    !SchemaChecker.metaArguments.contains(name)
                {
                    report(
                        .unknownArgument,
                        "\(path).ignore_changes[\(position)]",
                        "`lifecycle.ignore_changes` names `\(name)`, which is not an argument of \(type)"
                    )
                }
            }
        }
    }

    /// Type-checks a literal value; `.expression` values are only known at plan time and always pass. Unlike a block,
    /// an object-typed value (an element of `aws_security_group.ingress`, say) must list every attribute, null for
    /// the unused ones, and terraform silently drops keys the type does not have.
    private mutating func check(
        _ value: JSONValue,
        against expected: ProviderSchema.ValueType,
        path: () -> String
    ) {
        switch (expected, value) {
        case (_, .expression), (_, .null), (.dynamic, _):
            return
        case (.string, .string), (.string, .int), (.string, .double), (.string, .bool):
            return
        case (.number, .int), (.number, .double):
            return
        case (.number, .string(let text)):
            if !TerraformPrimitives.isNumber(text) {
                mismatch(path(), "a number", found: "the string \"\(text)\", which is not a number")
            }
        case (.bool, .bool):
            return
        case (.bool, .string(let text)):
            if !["true", "false", "1", "0"].contains(text) {
                // As terraform says it: only the lowercase words convert.
                let lowercase = text.lowercased()
                let advice =
                    ["true", "false"].contains(lowercase) ? "; terraform converts only lowercase \"\(lowercase)\"" : ""
                mismatch(path(), "a bool", found: "the string \"\(text)\"\(advice)")
            }
        case (.list(let element), .array(let elements)), (.set(let element), .array(let elements)):
            for (index, item) in elements.enumerated() {
                check(item, against: element, path: { "\(path())[\(index)]" })
            }
        // Members in the table's order, as in `body`: the findings are sorted once the document has been checked.
        case (.map(let element), .object(let members)):
            for (key, member) in members {
                check(member, against: element, path: { "\(path()).\(key)" })
            }
        case (.object(let attributes), .object(let members)):
            for (key, member) in members {
                if let attributeType = attributes[key] {
                    check(member, against: attributeType, path: { "\(path()).\(key)" })
                } else {
                    let path = path()
                    report(
                        .unknownNestedKey,
                        "\(path).\(key)",
                        "`\(path)` of \(type) has no attribute `\(key)`, so terraform silently drops it\(Self.suggestion(for: key, among: Array(attributes.keys)))"
                    )
                }
            }
            let missing = attributes.keys.filter { members[$0] == nil }.sorted()
            if !missing.isEmpty {
                let path = path()
                report(
                    .missingRequired,
                    path,
                    "`\(path)` of \(type) is missing \(missing.map { "`\($0)`" }.joined(separator: ", ")): an object value must list every attribute of its type, null for the unused ones"
                )
            }
        case (.tuple(let types), .array(let elements)):
            guard types.count == elements.count else {
                mismatch(path(), "a tuple of \(types.count) elements", found: "an array of \(elements.count)")
                return
            }
            for (index, pair) in zip(types, elements).enumerated() {
                check(pair.1, against: pair.0, path: { "\(path())[\(index)]" })
            }
        default:
            mismatch(path(), expected.kindDescription, found: Self.describe(value))
        }
    }

    private mutating func mismatch(_ path: String, _ expected: String, found: String) {
        report(.wrongType, path, "`\(path)` of \(type) expects \(expected), found \(found)")
    }

    /// A short description of a literal for messages.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "the bool \(flag)"
        case .int(let number): "the number \(number)"
        case .double(let number): "the number \(number)"
        case .string(let text): "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .expression, .template: "an expression"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// ` (did you mean `x`?)` for the closest name within two edits, or the name with a forgotten `_id`, `_arn`,
    /// `_name` suffix, or nothing.
    static func suggestion(for key: String, among names: [String]) -> String {
        let suffixes = ["_id", "_ids", "_arn", "_arns", "_name"]
        let scored = names.map { name in
            (name: name, distance: suffixes.contains { key + $0 == name } ? 1 : editDistance(key, name))
        }.filter { $0.distance <= 2 }
        guard let best = scored.min(by: { ($0.distance, $0.name) < ($1.distance, $1.name) }) else { return "" }
        return " (did you mean `\(best.name)`?)"
    }

    /// The distance, or 3 (too far to suggest) without computing it when the lengths differ by more than 2.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        guard abs(lhs.utf8.count - rhs.utf8.count) <= 2 else { return 3 }
        return Suggestions.levenshtein(lhs, rhs)
    }
}

extension ProviderSchema.ValueType {
    /// The type with an article, for messages: `a string`, `a list(string)`, `an object`.
    fileprivate var kindDescription: String {
        switch self {
        case .object: "an object"
        default: "a \(description)"
        }
    }
}
