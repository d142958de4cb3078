import InfraCore

/// Runs the rule catalogue over a rendered document and applies waivers.
///
/// Rules read the rendered Terraform document, not the Swift model, so the same engine lints a file infragen did not
/// write; the source map in `RenderedStack` points findings back at the Swift line that declared the resource.
public struct PolicyEngine: Sendable {
    /// Diagnostics about waivers themselves.
    public enum WaiverDiagnostic {
        public static let expired = "POL001"
        public static let notWaivable = "POL002"
        public static let malformedExpiry = "POL003"
        public static let unused = "POL004"
        public static let unknownRule = "POL005"
        public static let overrideUsed = "POL006"
        /// A waiver names a resource the stack does not have (a typo such as `aws_lb.mian`).
        public static let unknownResource = "POL007"
        /// The same rule and resource are waived twice, e.g. in the stack's Swift and in the environment YAML.
        public static let duplicate = "POL008"
    }

    public let rules: [Rule]

    /// The fewest resources checked as one task: 512 until a 1,000-resource file was seen to be checked on one core,
    /// then 128, which kept a stack's hundred-odd resources one task; 32 since the tasks are shared out by
    /// `SharedIterations`, which lets an idle core take some of a stack's.
    static let minimumChunk = 32

    public init(rules: [Rule] = RuleCatalog.all) {
        self.rules = rules
    }

    /// Builds the tables the checks read, which are otherwise built by the first check that needs them: the rule
    /// catalogue, the provider constraints with their patterns compiled, the schema's table of contents. That is
    /// about 7 million instructions, a tenth of `render prod --stack aggregator`; a caller with a core to spare runs
    /// this there while it reads and builds its stacks. Safe from any thread, and at any time: each table is built
    /// once, and a check that needs one being built waits for it.
    public static func prepareSharedTables() {
        _ = RuleCatalog.all.count
        ProviderConstraintChecker.prepareTables()
        _ = AWSProviderSchema.catalog.provider
    }

    /// All findings for one rendered stack, sorted; waived findings stay in the list, marked with their waiver.
    public func evaluate(_ rendered: RenderedStack, context: PolicyContext) -> [Diagnostic] {
        evaluate(rendered, resources: Self.resources(in: rendered.document), context: context)
    }

    /// `evaluate(_:context:)` with the document's resources already read (`resources(in:)`), for a caller that keeps
    /// them: reading them again would cost as much as the checks of a large file.
    public func evaluate(_ rendered: RenderedStack, resources: [ResourceView], context: PolicyContext) -> [Diagnostic] {
        var findings = unsortedFindings(rendered, resources: resources, context: context)
        ParallelMap.sort(&findings)
        return findings
    }

    /// How many resources of a type a document needs for the schema walk to look their keys up in an index of the
    /// type's block (`ProviderSchema.Block.indexed()`) rather than in its dictionaries. Indexing a block of 80 names
    /// costs about what 25 lookups save, so a stack's one or two resources of most types go without.
    static let indexedTypeMinimum = 8

    /// `schema` with the blocks of the types that `resources` has at least `indexedTypeMinimum` of indexed. The
    /// resources come in runs of one type (`DocumentIndex.everyResource()`), which are counted without hashing;
    /// resources in another order only make shorter runs.
    static func indexingFrequentTypes(_ schema: ProviderSchema, _ resources: [ResourceView]) -> ProviderSchema {
        var frequent: Set<String> = []
        var start = 0
        while start < resources.count {
            let type = resources[start].address.type
            var end = start + 1
            while end < resources.count, resources[end].address.type == type { end += 1 }
            if end - start >= indexedTypeMinimum { frequent.insert(type) }
            start = end
        }
        guard !frequent.isEmpty else { return schema }
        var indexed = schema
        for type in frequent { indexed.resources[type] = indexed.resources[type]?.indexed() }
        return indexed
    }

    /// `evaluate(_:resources:context:)` in no particular order, for a caller that moves the findings before it sorts
    /// them (`TerraformJSONInput.lint` places each at its attribute's line): sorting twice costs a large file's
    /// findings a serial pass each time.
    func unsortedFindings(_ rendered: RenderedStack, resources: [ResourceView], context: PolicyContext) -> [Diagnostic]
    {
        // Rules by position in `applicable`, so that choosing a resource's rules copies integers, not rules.
        let applicable = rules.filter { $0.scope == .allEnvironments || context.isProduction }
        var positionsByType: [String: [Int]] = [:]
        for (position, rule) in applicable.enumerated() {
            for type in rule.resourceTypes { positionsByType[type, default: []].append(position) }
        }
        let rulesByType = positionsByType
        let everyTypeRules = rulesByType[Rule.everyType] ?? []
        // Only the schemas of the types this document has: parsing all of them would cost more than the checks.
        let schema = Self.indexingFrequentTypes(AWSProviderSchema.schema(for: resources.map(\.address.type)), resources)
        // Each resource's checks are independent of the others', so a document is checked on every core from 64
        // resources on; the chunks come back in resource order, and the findings are sorted below in any case. A
        // stack's hundred-odd resources are four tasks: rendered alone, the other core takes some (`render --stack
        // aggregator` or `aldea` 1.4 ms faster than in one task, 150 paired runs); rendered with the other stacks,
        // its own thread does them all (`SharedIterations.postsHelpers`).
        var findings = ParallelMap.chunkedFlatMap(
            resources,
            minimumChunk: Self.minimumChunk,
            placeholder: Diagnostic(id: "", severity: .note, message: "")
        ) { resource, found in
            // The schema walk, done on first need and shared by the schema rules (`Rule.schemaKind`).
            var schemaFindings: [SchemaChecker.Finding]?
            // Spelled out and looked up at the resource's first finding: half the resources of a large file have none.
            var placed: (address: String, location: SourceLocation?)?
            // A resource Terraform makes no instance of gets the checks of every type (the schema, which `terraform
            // validate` applies all the same), not its type's: they would report settings of nothing.
            let typeRules = resource.declaresNoInstances ? [] : rulesByType[resource.type] ?? []
            // The attributes a limits rule of the type reported (they run first). The provider's own constraint on
            // the same attribute (SCH010) would say the same again, in the provider's words and without the hint.
            var limitedAttributes: [String] = []
            for list in [typeRules, everyTypeRules] {
                for position in list {
                    let violations: [Violation]
                    if let kind = applicable[position].schemaKind {
                        let walked = schemaFindings ?? SchemaChecker.findings(resource, schema: schema)
                        schemaFindings = walked
                        violations = walked.filter { $0.kind == kind }.map(\.violation)
                    } else {
                        violations = applicable[position].check(resource)
                    }
                    guard !violations.isEmpty else { continue }
                    let rule = applicable[position]
                    let (address, location) =
                        placed ?? (resource.address.description, rendered.locations[resource.address])
                    placed = (address, location)
                    if rule.family == .limits { limitedAttributes += violations.compactMap(\.attribute) }
                    for violation in violations {
                        if rule.id == .schemaProviderConstraint, let attribute = violation.attribute,
                            limitedAttributes.contains(attribute)
                        {
                            continue
                        }
                        found.append(
                            Diagnostic(
                                id: rule.id.rawValue,
                                severity: rule.severity,
                                message: violation.message,
                                address: address,
                                attribute: violation.attribute,
                                location: location,
                                stack: rendered.stack,
                                environment: rendered.environment,
                                hint: rule.remediation
                            )
                        )
                    }
                }
            }
        }
        // A document that declares no resource (a `providers.tf.json` or `variables.tf.json` linted alone) still has
        // its provider blocks, variables and locals checked: the rules of every type that are not schema rules read
        // it once, through a view of no resource.
        if resources.isEmpty, ["provider", "variable", "locals"].contains(where: { rendered.document[$0] != nil }) {
            let document = ResourceView(
                // No resource has this address; the rules that run here report no address.
                address: ResourceAddress(type: "terraform", name: "document"),
                attributes: [:],
                document: DocumentIndex(document: rendered.document)
            )
            for position in everyTypeRules where applicable[position].schemaKind == nil {
                let rule = applicable[position]
                for violation in rule.check(document) {
                    findings.append(
                        Diagnostic(
                            id: rule.id.rawValue,
                            severity: rule.severity,
                            message: violation.message,
                            attribute: violation.attribute,
                            stack: rendered.stack,
                            environment: rendered.environment,
                            hint: rule.remediation
                        )
                    )
                }
            }
        }
        for (address, paths) in rendered.overriddenPaths.sorted(by: { $0.key < $1.key }) {
            for path in paths {
                findings.append(
                    Diagnostic(
                        id: WaiverDiagnostic.overrideUsed,
                        severity: .note,
                        message: "`\(path)` is set through the override escape hatch",
                        address: address.description,
                        attribute: path,
                        location: rendered.locations[address],
                        stack: rendered.stack,
                        environment: rendered.environment,
                        hint: "add the attribute to the typed construct so it is checked and documented"
                    )
                )
            }
        }
        let audit = WaiverAudit(rendered: rendered, context: context, resources: resources.map(\.address))
        return audit.apply(to: consume findings)
    }

    /// The managed resources of a Terraform JSON document, in address order, each with the document's index.
    public static func resources(in document: JSONValue) -> [ResourceView] {
        DocumentIndex(document: document).everyResource()
    }
}
