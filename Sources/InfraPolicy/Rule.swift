import InfraCore

/// A policy rule: a stable id, what it protects against and why, how to fix it, and the check itself.
///
/// Rules are values in a catalogue rather than types, so the whole catalogue can be listed, explained, exported as
/// SARIF rule metadata, and tested table-driven.
public struct Rule: Sendable {
    /// The three families of `DESIGN.md`.
    public enum Family: String, Sendable, CaseIterable, Codable {
        /// Security and reliability: encryption, exposure, least privilege, backups.
        case security
        /// AWS limits `terraform validate` misses; an apply would fail. Never waivable.
        case limits
        /// Attributes against the provider schema.
        case schema
    }

    /// Which environments a rule applies to.
    public enum Scope: String, Sendable, Codable {
        case allEnvironments = "all"
        /// Only environments named `prod` or `production`.
        case production
    }

    public let id: RuleID
    public let family: Family
    public let severity: Diagnostic.Severity
    public let title: String
    public let rationale: String
    public let remediation: String
    public let scope: Scope
    public let checkov: [String]
    public let trivy: [String]
    /// The resource types the check looks at; `Rule.everyType` makes the check see every resource.
    public let resourceTypes: Set<String>

    /// The `resourceTypes` entry of a rule that looks at resources of any type.
    public static let everyType = "*"
    let check: @Sendable (ResourceView) -> [Violation]

    /// Limits rules describe what AWS will refuse; waiving them only moves the failure to apply time.
    public var isWaivable: Bool { family == .security }

    /// For a schema rule, the kind of schema finding it reports. The seven schema rules all come from one walk of a
    /// resource against its schema, so `PolicyEngine` walks once per resource and hands each rule its kind, instead
    /// of walking seven times; `check` gives the same answer for a single rule.
    private(set) var schemaKind: SchemaChecker.Kind?

    /// This rule, marked as reporting the `kind` findings of the shared schema walk.
    func sharingSchemaWalk(_ kind: SchemaChecker.Kind) -> Rule {
        var rule = self
        rule.schemaKind = kind
        return rule
    }

    public init(
        _ id: RuleID,
        family: Family,
        severity: Diagnostic.Severity,
        title: String,
        rationale: String,
        remediation: String,
        scope: Scope = .allEnvironments,
        checkov: [String] = [],
        trivy: [String] = [],
        resourceTypes: Set<String>,
        check: @escaping @Sendable (ResourceView) -> [Violation]
    ) {
        self.id = id
        self.family = family
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.remediation = remediation
        self.scope = scope
        self.checkov = checkov
        self.trivy = trivy
        self.resourceTypes = resourceTypes
        self.check = check
    }

    /// Runs the check on one resource.
    public func evaluate(_ resource: ResourceView) -> [Violation] {
        resourceTypes.contains(resource.type) || resourceTypes.contains(Self.everyType) ? check(resource) : []
    }
}

/// What a rule found wrong with one resource.
public struct Violation: Hashable, Sendable {
    /// The attribute path, e.g. `publicly_accessible` or `container_definitions[0].environment`.
    public var attribute: String?
    public var message: String

    public init(_ attribute: String?, _ message: String) {
        self.attribute = attribute
        self.message = message
    }
}

/// A resource as the rules see it: its address, its rendered attributes, and the document around it.
public struct ResourceView: Sendable {
    public var address: ResourceAddress
    public var attributes: [String: JSONValue] {
        didSet { meta = MetaFacts(attributes) }
    }
    /// What the meta-arguments say, found once rather than on every absent argument a rule asks for.
    private var meta: MetaFacts
    /// Whether a literal `count` of 0 or an empty literal `for_each` leaves Terraform no instance to create: a
    /// resource switched off, as modules and hand-written files often do.
    public var declaresNoInstances: Bool { meta.declaresNoInstances }
    /// The whole document, for rules that look across resources. A view moved to another document no longer
    /// points into this one's tables.
    public var document: DocumentIndex {
        didSet { slot = nil }
    }
    /// Where `document` keeps this resource, for a view the index made of its own resource (`DocumentIndex.slot(of:)`
    /// checks that the view still shows it).
    var slot: DocumentIndex.Slot?

    public init(address: ResourceAddress, attributes: [String: JSONValue], document: DocumentIndex = .empty) {
        self.address = address
        self.attributes = attributes
        self.document = document
        meta = MetaFacts(attributes)
    }

    /// A view the index makes of its own resource, with what it noted of the meta-arguments while reading the body.
    init(
        address: ResourceAddress,
        attributes: [String: JSONValue],
        document: DocumentIndex,
        slot: DocumentIndex.Slot,
        meta: MetaFacts
    ) {
        self.address = address
        self.attributes = attributes
        self.document = document
        self.slot = slot
        self.meta = meta
    }

    /// What a resource's meta-arguments say that the rules need on every resource: what its `dynamic` blocks
    /// generate, and whether it has no instances (`count = 0`, `for_each = {}`).
    struct MetaFacts: Sendable {
        /// By block type, the blocks the body's `dynamic` blocks generate, or an expression when they are known only
        /// at plan (`DynamicBlocks`); `nil` for a body without `dynamic` blocks, as nearly all are, and until
        /// `generate(from:budget:)`.
        var dynamicBlocks: [String: JSONValue]?
        var hasDynamicBlocks = false
        var declaresNoInstances = false

        init() {}

        /// The facts of a body, by looking its meta-arguments up; its `dynamic` blocks generate from a budget of
        /// their own.
        init(_ attributes: [String: JSONValue]) {
            for key in ["dynamic", "count", "for_each"] {
                if let value = attributes[key] { note(key, value) }
            }
            var budget = DynamicBlocks.budget
            generate(from: attributes, budget: &budget)
        }

        /// Generates the blocks of the body's `dynamic` blocks, from what is left of the document's budget. The index
        /// calls it for each resource in address order, once every resource is read.
        mutating func generate(from attributes: [String: JSONValue], budget: inout Int) {
            guard hasDynamicBlocks, let dynamic = attributes["dynamic"] else { return }
            dynamicBlocks = DynamicBlocks.generated(by: dynamic, scope: [], budget: &budget)
        }

        /// Takes one argument of the body into account; the index calls it for every key as it reads the body.
        mutating func note(_ key: String, _ value: JSONValue) {
            switch key {
            case "dynamic":
                hasDynamicBlocks = true
            case "count":
                if AttributeValue.int(value) == 0 { declaresNoInstances = true }
            case "for_each":
                switch value {
                case .object(let members) where members.isEmpty: declaresNoInstances = true
                case .array(let elements) where elements.isEmpty: declaresNoInstances = true
                default: break
                }
            default:
                break
            }
        }
    }

    /// An argument or block as written; `nil` when it is not, or is written as `null`, which Terraform treats as left
    /// out (`"password": null`). Blocks a `dynamic` block generates from a literal `for_each` follow the written
    /// ones (`DynamicBlocks`). A block type a `dynamic` block fills from a `for_each` known only at plan
    /// (`dynamic "ingress" { for_each = aws_instance.web[*].private_ip … }`) is an expression when nothing is
    /// written for it: how many there are, and what they hold, is known only at plan, so a rule neither reports it
    /// missing nor reads its content as the real thing.
    public subscript(key: String) -> JSONValue? {
        let written: JSONValue?
        switch attributes[key] {
        case .some(.null), nil: written = nil
        case .some(let value): written = value
        }
        guard let generated = meta.dynamicBlocks?[key] else { return written }
        guard case .array(let blocks) = generated else { return written ?? generated }
        // An empty `for_each` generates nothing: the block is as missing as one never written.
        guard let written else {
            if blocks.isEmpty { return nil }
            return generated
        }
        if blocks.isEmpty { return written }
        if case .expression = written { return written }
        return .array(written.blocks.map(JSONValue.object) + blocks)
    }

    /// The resource type as rules know it: `aws_lb` for a resource written as `aws_alb` (see `ResourceTypeAliases`).
    /// Findings keep the address as written.
    public var type: String { ResourceTypeAliases.canonical(address.type) }

    /// The JSON document kept in a string attribute (`container_definitions`, `policy`), parsed once per document.
    /// A view of another body than the document's own at this address (a test's, a rule's edited copy) has its
    /// own value parsed.
    public func embeddedJSON(_ key: String) -> JSONValue? {
        if let parsed = document.embedded(of: self, key) { return parsed }
        return EmbeddedJSON.parse(attributes[key])
    }

    /// The first nested block's attributes (`metadata_options`), whether written as an object or a list of one.
    public func block(_ key: String) -> [String: JSONValue]? { self[key]?.firstBlock }

    /// Resources of `type` that refer to this one: the companions of a bucket (its public access block, versioning,
    /// policy), or of a VPC (its flow log). A companion that names its resource instead (`"bucket": "acme-logs"`, see
    /// `DocumentIndex.companionNames`) is one too, and so is one that gives the same expression for the name as the
    /// resource does (`${var.bucket}` in both); referrers come first, then those, in address order.
    func companions(ofType type: String) -> [ResourceView] {
        let referrers = document.referrers(to: address, ofType: type)
        guard let link = DocumentIndex.companionNames[type], let name = self[link.owner]?.templateText else {
            return referrers
        }
        let named = document.resources(ofType: type, withText: name, in: link.companion).filter { companion in
            companion[link.companion] == self[link.owner] && !referrers.contains { $0.address == companion.address }
        }
        return referrers + named
    }
}
