import InfraCore

/// The whole document as rules that look across resources need it: resources by address and by type, who refers to
/// whom, and the provider configurations. Built once per document and shared by every `ResourceView`: a class, so that
/// handing it to a view retains one object rather than each of its tables.
public final class DocumentIndex: Sendable {
    /// One reference from a resource's top-level attribute to another resource.
    public struct Edge: Hashable, Sendable {
        public var from: ResourceAddress
        /// The top-level attribute the reference sits in (`load_balancer`, `listener_arn`).
        public var attribute: String
    }

    /// One attribute of one resource type, written as `text` (its `templateText`): the key of `byAttributeText`.
    struct AttributeText: Hashable, Sendable {
        var type: String
        var attribute: String
        var text: String
    }

    /// One type's resources as written (`aws_alb` apart from `aws_lb`), with what was read of each. Each type's table
    /// is put together on its own core, so that no table of every resource in the document is built on one thread.
    struct TypeTable: Sendable {
        /// The resources in name order, each with its attributes (its body, or the first of a list of bodies).
        var resources: [(address: ResourceAddress, attributes: [String: JSONValue])]
        /// The bodies by name as the document declares them: the document's own table, shared rather than copied.
        var declared: [String: JSONValue]
        /// What was read of each resource, by its position in `resources`.
        var read: [ReadFacts]
        /// The provider's constraints on the type, prepared once (`preparedConstraints(of:)`).
        var constraints: ProviderConstraintChecker.PreparedType
        /// Whether the embedded schema has the type (`isProviderType(of:)`).
        var isProviderType: Bool
    }

    /// What the index read once of one resource's body, for the rules that would otherwise each read it again.
    struct ReadFacts: Sendable {
        /// The JSON documents parsed from string attributes (`embeddedJSONAttributes`), by attribute.
        var embedded: [String: JSONValue]
        /// What the ECS rules read from a task definition.
        var taskDefinition: TaskDefinitionFacts?
        /// The IAM policies a policy resource writes (`IAMRules.policyTypes`).
        var policies: [PolicyStatements.Written]?
        /// What the meta-arguments say of the resource, for its view.
        var meta: ResourceView.MetaFacts
    }

    /// Where the index keeps a resource: its type's position in `typeOrder` and its own in that type's `resources`.
    /// A view the index makes of its own resource carries it, so that what was read of the resource is found by
    /// position rather than by hashing its type and name (rules ask for it several times per resource).
    struct Slot: Sendable {
        var table: Int
        var resource: Int
    }

    /// The tables of the types the document declares resources of.
    let tables: [String: TypeTable]
    /// The keys of `tables`, sorted: the order of `everyResource()`.
    let typeOrder: [String]
    /// The values of `tables` in the order of `typeOrder`: the tables `Slot`s point into.
    let tablesInOrder: [TypeTable]
    /// How many resources the document declares.
    public let resourceCount: Int
    /// The smallest address in the document, for checks that report once per document on its first resource;
    /// kept here so they need not scan every address for every resource.
    public let firstAddress: ResourceAddress?
    /// Resources by the text of an attribute that some check matches on across resources (`textIndexedAttributes`),
    /// in address order, so that such a check looks at the few candidates instead of every resource of the type.
    let byAttributeText: [AttributeText: [ResourceAddress]]
    /// Who refers to a resource, through which top-level attribute.
    public let incoming: [ResourceAddress: [Edge]]
    /// The `provider` blocks: name → list of configurations (one per alias).
    public let providers: [String: [[String: JSONValue]]]
    /// The `default` of each `variable` block, by name, for the check that no secret is written into the
    /// configuration (`VAR001`).
    public let variableDefaults: [String: JSONValue]
    /// The `locals`, by name, for the same check.
    public let locals: [String: JSONValue]
    /// The `data` blocks, by type and name (`aws_iam_policy_document.assume`): rules follow a resource's reference
    /// to a data source that is written in the same file, such as the policy document an IAM policy renders.
    public let dataSources: [ResourceAddress: [String: JSONValue]]
    /// Whether the document's `dynamic` blocks would have generated more than their budget (`DynamicBlocks.budget`),
    /// so that some were read as known only at plan: a run says so.
    public let leftDynamicBlocksToPlan: Bool

    /// The attributes whose string value is itself a JSON document.
    public static let embeddedJSONAttributes = [
        "assume_role_policy", "container_definitions", "event_pattern", "policy", "redrive_policy",
    ]

    /// `embeddedJSONAttributes` by their length in bytes, so that telling whether a key is one compares at most
    /// the one or two of its length.
    private static let embeddedJSONAttributesByLength: [[String]] = {
        var table: [[String]] = []
        for key in embeddedJSONAttributes {
            let length = key.utf8.count
            if table.count <= length { table += Array(repeating: [], count: length + 1 - table.count) }
            table[length].append(key)
        }
        return table
    }()

    static func isEmbeddedJSONAttribute(_ key: String) -> Bool {
        let length = key.utf8.count
        return length < embeddedJSONAttributesByLength.count && embeddedJSONAttributesByLength[length].contains(key)
    }

    /// The attributes, by resource type as written, that checks match on by text (`resources(ofType:withText:in:)`):
    /// an inline role policy's `role`, a Lambda permission's `function_name`, a listener rule's `listener_arn`.
    static let textIndexedAttributes: [String: [String]] = {
        var attributes: [String: [String]] = [
            "aws_alb_listener_rule": ["listener_arn"],
            "aws_iam_role_policy": ["role"],
            "aws_iam_role_policy_attachment": ["role"],
            "aws_lambda_permission": ["function_name"],
            "aws_lb_listener_rule": ["listener_arn"],
        ]
        for (type, link) in companionNames { attributes[type, default: []].append(link.companion) }
        return attributes
    }()

    /// Companion resources that may name their resource instead of referring to it: an S3 bucket's configuration
    /// resources give its `bucket` as text as often as `${aws_s3_bucket.x.id}`, and terraform applies both alike.
    /// By companion type: the companion's attribute, and the attribute of the resource it names.
    static let companionNames: [String: (companion: String, owner: String)] = [
        "aws_lambda_function_event_invoke_config": ("function_name", "function_name"),
        "aws_s3_bucket_acl": ("bucket", "bucket"),
        "aws_s3_bucket_lifecycle_configuration": ("bucket", "bucket"),
        "aws_s3_bucket_logging": ("bucket", "bucket"),
        "aws_s3_bucket_notification": ("bucket", "bucket"),
        "aws_s3_bucket_ownership_controls": ("bucket", "bucket"),
        "aws_s3_bucket_policy": ("bucket", "bucket"),
        "aws_s3_bucket_public_access_block": ("bucket", "bucket"),
        "aws_s3_bucket_server_side_encryption_configuration": ("bucket", "bucket"),
        "aws_s3_bucket_versioning": ("bucket", "bucket"),
    ]

    public static let empty = DocumentIndex(document: .object([:]))

    /// The fewest resources worth a task of their own.
    static let minimumChunk = 512

    /// The fewest resources indexed on every core. A stack's hundred-odd are: when it is rendered alone, the other
    /// core is idle while the index is read, and when it is not, the calling thread reads it all (`SharedIterations`).
    static let parallelSize = 64

    /// What the index keeps of one resource besides its body, worked out on its own so that resources can be read on
    /// every core.
    private struct ResourceFacts: Sendable {
        var address: ResourceAddress
        var embedded: [String: JSONValue]
        var taskDefinition: TaskDefinitionFacts?
        var policies: [PolicyStatements.Written]?
        var meta: ResourceView.MetaFacts
        var texts: [(attribute: String, text: String)]
        /// The resources each top-level attribute refers to, attributes in key order, targets each once in order.
        var references: [(target: ResourceAddress, attribute: String)]

        init(address: ResourceAddress, body: [String: JSONValue], dataSources: [ResourceAddress: [String: JSONValue]]) {
            self.address = address
            // One pass over the body finds both the embedded documents and the references: looking each of the
            // five embedded attributes up in every body hashed them all, a twentieth of the index of a large file.
            var embedded: [String: JSONValue] = [:]
            // Only the few attributes that refer to something are sorted, not every key of the body.
            var referring: [(attribute: String, targets: [ResourceAddress])] = []
            // Noted on the way: a view would look each of them up by hashing, for every resource.
            var meta = ResourceView.MetaFacts()
            for (key, value) in body {
                meta.note(key, value)
                if DocumentIndex.isEmbeddedJSONAttribute(key), let parsed = EmbeddedJSON.parse(value) {
                    // Sized through the inlinable initializer: the first insert into an empty dictionary otherwise
                    // allocates through unspecialized code (`ReservedCapacity`).
                    if embedded.isEmpty { embedded = .reserving(2) }
                    embedded[key] = parsed
                }
                let targets = ReferenceScanner.references(in: value)
                if !targets.isEmpty { referring.append((key, targets)) }
            }
            self.embedded = embedded
            self.meta = meta
            let type = ResourceTypeAliases.canonical(address.type)
            taskDefinition =
                type == "aws_ecs_task_definition"
                ? TaskDefinitionFacts(attributes: body, containerDefinitions: embedded["container_definitions"]) : nil
            policies =
                IAMRules.policyTypes.contains(type)
                ? PolicyStatements.written(
                    attributes: body,
                    type: type,
                    policy: embedded["policy"],
                    dataSources: dataSources
                ) : nil
            texts = (DocumentIndex.textIndexedAttributes[address.type] ?? []).compactMap { attribute in
                body[attribute]?.templateText.map { (attribute, $0) }
            }
            referring.sort { $0.attribute < $1.attribute }
            // Sized once: the list grew an allocation at a time, for every resource that refers to another.
            var references: [(target: ResourceAddress, attribute: String)] = []
            references.reserveCapacity(referring.reduce(0) { $0 + $1.targets.count })
            for (attribute, targets) in referring {
                for target in targets.count == 1 ? targets : Self.sortedOnce(targets) {
                    references.append((target, attribute))
                }
            }
            self.references = references
        }

        /// The targets sorted, each once. An attribute refers to a handful: sorting them and skipping repeats is
        /// cheaper than hashing them into a set first (3,600 instructions for an attribute, 2,000 times in a large
        /// file).
        static func sortedOnce(_ targets: [ResourceAddress]) -> [ResourceAddress] {
            var unique: [ResourceAddress] = []
            unique.reserveCapacity(targets.count)
            for target in targets.sorted() where unique.last != target { unique.append(target) }
            return unique
        }
    }

    /// A part of the index put together on its own core: one type's table, or the tables that link resources
    /// across types.
    private enum Part: Sendable {
        case table(TypeTable)
        case links(byAttributeText: [AttributeText: [ResourceAddress]], incoming: [ResourceAddress: [Edge]])
    }

    /// The index of `document`; its `dynamic` blocks generate from `dynamicBudget` values (`DynamicBlocks.budget`).
    public convenience init(document: JSONValue, dynamicBudget: Int = DynamicBlocks.budget) {
        self.init(document: document, dynamicBudget: dynamicBudget, parallelFrom: Self.parallelSize)
    }

    /// The index of `document`, read on every core when it has `parallelFrom` resources or more: tests compare the
    /// two ways of reading one document.
    init(document: JSONValue, dynamicBudget: Int, parallelFrom: Int) {
        // Read first: the facts of a policy resource follow its references to policy-document data sources.
        var sources: [ResourceAddress: [String: JSONValue]] = [:]
        // What `dynamic` blocks may generate, data sources' and resources', spent in address order (`DynamicBlocks`).
        var budget = dynamicBudget
        for (type, byName) in document["data"]?.objectValue ?? [:] {
            for (name, body) in byName.objectValue ?? [:] {
                sources[ResourceAddress(type: type, name: name)] = body.firstBlock ?? [:]
            }
        }
        // A policy document's `dynamic "statement"` blocks are statements too, when their `for_each` is known.
        // Only those with one are sorted: most documents have none.
        for address in sources.keys.filter({ sources[$0]?["dynamic"] != nil }).sorted() {
            sources[address] = sources[address].map { DynamicBlocks.withGenerated($0, budget: &budget) }
        }
        let dataSources = sources
        let declared = document["resource"]?.objectValue ?? [:]
        // Types declared with no resource (`"aws_s3_bucket": {}`) have no table.
        let types = declared.keys.filter { declared[$0]?.objectValue?.isEmpty == false }.sorted()
        let count = types.reduce(0) { $0 + (declared[$1]?.objectValue?.count ?? 0) }
        // A document is sorted and read on every core, unless it is so small that a thread hop would cost more than
        // the work. A core busy with other stacks takes no part; the calling thread then does it all
        // (`SharedIterations`).
        let parallel = count >= parallelFrom
        /// One type's resources in name order; sorted as pairs, so that no body is looked up again by its name.
        @Sendable func sortedResources(_ type: String) -> [(address: ResourceAddress, attributes: [String: JSONValue])]
        {
            (declared[type]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map { name, body in
                (ResourceAddress(type: type, name: name), body.firstBlock ?? [:])
            }
        }
        let sorted =
            parallel ? ParallelMap.indices(types.count) { sortedResources(types[$0]) } : types.map(sortedResources)
        // The facts, in address order, read in runs of a type's resources: no list of every resource is built.
        let rangesOfType = sorted.map { ParallelMap.chunkRanges(count: $0.count, minimumChunk: Self.minimumChunk) }
        let runs = rangesOfType.indices.flatMap { type in rangesOfType[type].map { (type, $0) } }
        /// Where each type's runs start in `runs`, and where the last one's end.
        let runStarts = rangesOfType.reduce(into: [0]) { starts, ranges in
            starts.append(starts[starts.count - 1] + ranges.count)
        }
        @Sendable func readRun(_ run: Int) -> [ResourceFacts] {
            let (type, range) = runs[run]
            return sorted[type][range].map {
                ResourceFacts(address: $0.address, body: $0.attributes, dataSources: dataSources)
            }
        }
        var facts = parallel ? ParallelMap.indices(runs.count, readRun) : runs.indices.map(readRun)
        // `dynamic` blocks generate here, one resource after another in address order, so that the budget they share
        // goes to the same ones each time.
        for run in facts.indices {
            let (type, range) = runs[run]
            for index in facts[run].indices where facts[run][index].meta.hasDynamicBlocks {
                facts[run][index].meta.generate(
                    from: sorted[type][range.lowerBound + index].attributes,
                    budget: &budget
                )
            }
        }
        /// The links across types first, from the facts of the first and the second half of the runs (the longest
        /// parts, so they are started first; one part for a small document); then each type's table from its runs'
        /// facts. Facts are read field by field, by position: a loop over the facts would copy each, retaining all
        /// it holds.
        let linkRuns = parallel ? [0..<(runs.count / 2), (runs.count / 2)..<runs.count] : [0..<runs.count]
        @Sendable func part(_ position: Int, _ facts: [[ResourceFacts]]) -> Part {
            guard position >= linkRuns.count else {
                var byAttributeText: [AttributeText: [ResourceAddress]] = [:]
                var incoming: [ResourceAddress: [Edge]] = [:]
                for run in linkRuns[position] {
                    // A resource with no instances (`count = 0`) is nobody's companion or neighbour: Terraform
                    // creates nothing that could satisfy, or break, another resource's rule.
                    for index in facts[run].indices where !facts[run][index].meta.declaresNoInstances {
                        let address = facts[run][index].address
                        for (attribute, text) in facts[run][index].texts {
                            let key = AttributeText(type: address.type, attribute: attribute, text: text)
                            byAttributeText[key, default: []].append(address)
                        }
                        for (target, attribute) in facts[run][index].references {
                            incoming[target, default: []].append(Edge(from: address, attribute: attribute))
                        }
                    }
                }
                return .links(byAttributeText: byAttributeText, incoming: incoming)
            }
            let index = position - linkRuns.count
            // The runs of a type cover its resources in order, so the facts line up with `sorted[index]`.
            var read: [ReadFacts] = []
            read.reserveCapacity(sorted[index].count)
            for run in runStarts[index]..<runStarts[index + 1] {
                for fact in facts[run].indices {
                    read.append(
                        ReadFacts(
                            embedded: facts[run][fact].embedded,
                            taskDefinition: facts[run][fact].taskDefinition,
                            policies: facts[run][fact].policies,
                            meta: facts[run][fact].meta
                        )
                    )
                }
            }
            return .table(
                TypeTable(
                    resources: sorted[index],
                    declared: declared[types[index]]?.objectValue ?? [:],
                    read: read,
                    constraints: ProviderConstraintChecker.prepared(type: types[index]),
                    isProviderType: AWSProviderSchema.catalog.knows(types[index])
                )
            )
        }
        var tables: [String: TypeTable] = [:]
        var byAttributeText: [AttributeText: [ResourceAddress]] = [:]
        var incoming: [ResourceAddress: [Edge]] = [:]
        let parts =
            parallel
            ? ParallelMap.indices(linkRuns.count + types.count) { [facts] in part($0, facts) }
            : (0..<(linkRuns.count + types.count)).map { part($0, facts) }
        for (position, part) in parts.enumerated() {
            switch part {
            case .table(let table): tables[types[position - linkRuns.count]] = table
            case .links(let texts, let edges) where byAttributeText.isEmpty && incoming.isEmpty:
                // The first half (or a small document's only part) is taken as it is.
                (byAttributeText, incoming) = (texts, edges)
            case .links(let texts, let edges):
                // A later half's lists go after the earlier half's, which keeps every list in address order; a
                // target named from both halves is merged, each of the rest is inserted once.
                byAttributeText.merge(texts) { earlier, later in earlier + later }
                incoming.merge(edges) { earlier, later in earlier + later }
            }
        }
        // The facts are released run by run on every core: freeing 100,000 resources' facts took a serial pass.
        if parallel { ParallelMap.updateInPlace(&facts, minimumChunk: 1) { $0 = [] } }
        var providers: [String: [[String: JSONValue]]] = [:]
        for (name, value) in document["provider"]?.objectValue ?? [:] {
            providers[name] = value.blocks
        }
        self.tables = tables
        self.typeOrder = types
        self.tablesInOrder = types.compactMap { tables[$0] }
        self.resourceCount = count
        self.firstAddress = types.first.flatMap { tables[$0]?.resources.first?.address }
        self.byAttributeText = byAttributeText
        self.incoming = incoming
        self.providers = providers
        self.dataSources = dataSources
        leftDynamicBlocksToPlan = DynamicBlocks.isExhausted(budget)
        var variableDefaults: [String: JSONValue] = [:]
        for block in document["variable"]?.blocks ?? [] {
            for (name, body) in block where name != "//" {
                if let value = body.firstBlock?["default"] { variableDefaults[name] = value }
            }
        }
        self.variableDefaults = variableDefaults
        var locals: [String: JSONValue] = [:]
        for block in document["locals"]?.blocks ?? [] {
            for (name, value) in block where name != "//" { locals[name] = value }
        }
        self.locals = locals
    }

    /// The attributes of a resource of this document: its body, or the first of a list of bodies.
    public func attributes(of address: ResourceAddress) -> [String: JSONValue]? {
        tables[address.type]?.declared[address.name].map { $0.firstBlock ?? [:] }
    }

    /// The JSON documents parsed once from a resource's string attributes (`embeddedJSONAttributes`), by attribute.
    public func embedded(of address: ResourceAddress) -> [String: JSONValue]? {
        guard let slot = slot(of: address) else { return nil }
        let embedded = tablesInOrder[slot.table].read[slot.resource].embedded
        return embedded.isEmpty ? nil : embedded
    }

    /// What the ECS rules read from a task definition of this document, read once.
    func taskDefinition(of address: ResourceAddress) -> TaskDefinitionFacts? {
        slot(of: address).flatMap { tablesInOrder[$0.table].read[$0.resource].taskDefinition }
    }

    /// The IAM policies a policy resource of this document writes (`PolicyStatements.written(by:)`), read once.
    func policies(of address: ResourceAddress) -> [PolicyStatements.Written]? {
        slot(of: address).flatMap { tablesInOrder[$0.table].read[$0.resource].policies }
    }

    /// Where the index keeps the resource at `address`: found by binary search, as types and each type's resources
    /// are in name order.
    func slot(of address: ResourceAddress) -> Slot? {
        guard let table = Self.position(of: address.type, in: typeOrder.count, name: { typeOrder[$0] }) else {
            return nil
        }
        let resources = tablesInOrder[table].resources
        return Self.position(of: address.name, in: resources.count, name: { resources[$0].address.name }).map {
            Slot(table: table, resource: $0)
        }
    }

    /// Where the view's resource is kept, when the view shows the document's own resource there: its address and
    /// body, not a rule's or a test's edited copy (whose facts must be read from the copy). A body the index
    /// handed out is the same storage, so the comparison is one identity check.
    func slot(of view: ResourceView) -> Slot? {
        guard let slot = view.slot ?? slot(of: view.address),
            tablesInOrder.indices.contains(slot.table),
            tablesInOrder[slot.table].resources.indices.contains(slot.resource),
            tablesInOrder[slot.table].resources[slot.resource].address == view.address,
            tablesInOrder[slot.table].resources[slot.resource].attributes == view.attributes
        else { return nil }
        return slot
    }

    /// The JSON document the index parsed from the `key` attribute of the resource a view shows, when the view shows
    /// the document's own (`slot(of:)`); the same document a parse of the view's value gives.
    func embedded(of view: ResourceView, _ key: String) -> JSONValue? {
        slot(of: view).flatMap { tablesInOrder[$0.table].read[$0.resource].embedded[key] }
    }

    /// The provider's constraints on the type of a view the index made (`everyResource()`), looked up once per
    /// type when the index was built rather than for every resource (a lock and a hash of the type's name each);
    /// `nil` for another view.
    func preparedConstraints(of view: ResourceView) -> ProviderConstraintChecker.PreparedType? {
        typeTable(of: view)?.constraints
    }

    /// Whether the embedded schema has the type of a view the index made, asked once per type when the index was
    /// built rather than for every resource (a binary search of the schema's types each); `nil` for another view.
    func isProviderType(of view: ResourceView) -> Bool? {
        typeTable(of: view)?.isProviderType
    }

    /// The table of the type of a view the index made (`everyResource()`), found by the view's slot.
    private func typeTable(of view: ResourceView) -> TypeTable? {
        guard let table = view.slot?.table, tablesInOrder.indices.contains(table), typeOrder[table] == view.address.type
        else { return nil }
        return tablesInOrder[table]
    }

    /// `taskDefinition(of:)` for the resource a view shows, when the view shows the document's own (`slot(of:)`).
    func taskDefinition(of view: ResourceView) -> TaskDefinitionFacts? {
        slot(of: view).flatMap { tablesInOrder[$0.table].read[$0.resource].taskDefinition }
    }

    /// `policies(of:)` for the resource a view shows, when the view shows the document's own (`slot(of:)`).
    func policies(of view: ResourceView) -> [PolicyStatements.Written]? {
        slot(of: view).flatMap { tablesInOrder[$0.table].read[$0.resource].policies }
    }

    /// The position of `wanted` in a list of `count` names in ascending order (`String`'s `<`), read by `name`.
    private static func position(of wanted: String, in count: Int, name: (Int) -> String) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if name(middle) < wanted { low = middle + 1 } else { high = middle }
        }
        return low < count && name(low) == wanted ? low : nil
    }

    /// The resources written as `type` exactly (no other name of the type): how many, and the first in name order.
    public func written(as type: String) -> (count: Int, first: ResourceAddress?) {
        let resources = tables[type]?.resources
        return (resources?.count ?? 0, resources?.first?.address)
    }

    /// Every resource of a type that Terraform creates, in address order: one with `count = 0` or an empty
    /// `for_each` is left out, as `referrers(to:ofType:through:)` and `resources(ofType:withText:in:)` leave it out.
    /// Old names of the type (`aws_alb` for `aws_lb`) count as the type.
    public func resources(ofType type: String) -> [ResourceView] {
        ResourceTypeAliases.names(of: type).flatMap { name -> [ResourceView] in
            guard let table = Self.position(of: name, in: typeOrder.count, name: { typeOrder[$0] }) else { return [] }
            let read = tablesInOrder[table].read
            return tablesInOrder[table].resources.enumerated().compactMap { position, resource in
                guard !read[position].meta.declaresNoInstances else { return nil }
                return ResourceView(
                    address: resource.address,
                    attributes: resource.attributes,
                    document: self,
                    slot: Slot(table: table, resource: position),
                    meta: read[position].meta
                )
            }
        }
    }

    /// Every resource of the document once, types in order of their names as written and each type's resources in
    /// name order. A large document's views are made on every core, in runs of one type, and joined by moving them.
    func everyResource() -> [ResourceView] {
        let runs = tablesInOrder.indices.flatMap { table in
            ParallelMap.chunkRanges(count: tablesInOrder[table].resources.count, minimumChunk: Self.minimumChunk).map {
                (table: table, range: $0)
            }
        }
        @Sendable func views(_ run: Int) -> [ResourceView] {
            let (table, range) = runs[run]
            return range.map { position in
                ResourceView(
                    address: tablesInOrder[table].resources[position].address,
                    attributes: tablesInOrder[table].resources[position].attributes,
                    document: self,
                    slot: Slot(table: table, resource: position),
                    meta: tablesInOrder[table].read[position].meta
                )
            }
        }
        var parts =
            resourceCount >= 2 * Self.minimumChunk
            ? ParallelMap.indices(runs.count, views)
            : [
                runs.indices.flatMap(views)
            ]
        return ParallelMap.joined(
            &parts,
            placeholder: ResourceView(address: ResourceAddress(type: "", name: ""), attributes: [:], document: .empty)
        )
    }

    /// The resources of `type` (and its old names) whose `attribute` has the template text `text`, in the order of
    /// `resources(ofType:)`; the attribute must be one of `textIndexedAttributes`. A check that compares the
    /// attribute with a value filters these candidates with its own comparison, so the answer is the same as
    /// filtering every resource of the type.
    func resources(ofType type: String, withText text: String, in attribute: String) -> [ResourceView] {
        ResourceTypeAliases.names(of: type).flatMap {
            byAttributeText[AttributeText(type: $0, attribute: attribute, text: text)] ?? []
        }
        .map { ResourceView(address: $0, attributes: attributes(of: $0) ?? [:], document: self) }
    }

    /// The resource a value refers to, when the value is a reference (`${aws_lb.main.arn}`) to one in this document.
    public func target(of value: JSONValue?) -> ResourceView? {
        guard case .expression(let text)? = value,
            let address = ReferenceScanner.references(in: text).first,
            let attributes = attributes(of: address)
        else { return nil }
        return ResourceView(address: address, attributes: attributes, document: self)
    }

    /// The resource a value refers to, when the value is a reference to a resource of `type` in this document.
    public func target(of value: JSONValue?, ofType type: String) -> ResourceView? {
        guard let found = target(of: value), found.type == ResourceTypeAliases.canonical(type) else { return nil }
        return found
    }

    /// The resource a reference inside embedded JSON (`"${aws_sqs_queue.dlq.arn}"`) points at.
    public func target(ofTemplate text: String?) -> ResourceView? {
        guard let text, TemplateEscaping.hasInterpolation(text) else { return nil }
        return target(of: .expression(text))
    }

    /// Resources of `type` that refer to `address` (through any attribute, or only `attribute`), each once, in the
    /// order of their references; those with no instances (`count = 0`) are not among them. Linear in the number of
    /// references, since some checks run it for every rule of a listener.
    public func referrers(to address: ResourceAddress, ofType type: String, through attribute: String? = nil)
        -> [ResourceView]
    {
        var seen: Set<ResourceAddress> = []
        let wanted = ResourceTypeAliases.canonical(type)
        return (incoming[address] ?? []).compactMap { edge in
            guard ResourceTypeAliases.canonical(edge.from.type) == wanted,
                attribute == nil || edge.attribute == attribute,
                seen.insert(edge.from).inserted
            else { return nil }
            return ResourceView(address: edge.from, attributes: attributes(of: edge.from) ?? [:], document: self)
        }
    }

    /// The region of the default (un-aliased) AWS provider, when it is a literal.
    public var defaultAWSRegion: String? {
        providers["aws"]?.first { $0["alias"] == nil }?["region"]?.literalString
    }
}
