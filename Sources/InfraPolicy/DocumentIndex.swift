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

    public let resources: [ResourceAddress: [String: JSONValue]]
    /// The addresses of each type as written, in name order (so the first is the type's smallest address).
    public let addressesByType: [String: [ResourceAddress]]
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
    /// JSON documents kept in string attributes (container definitions, IAM policies, event patterns), parsed once
    /// per document rather than once per rule that reads them.
    public let embedded: [ResourceAddress: [String: JSONValue]]
    /// The `data` blocks, by type and name (`aws_iam_policy_document.assume`): rules follow a resource's reference
    /// to a data source that is written in the same file, such as the policy document an IAM policy renders.
    public let dataSources: [ResourceAddress: [String: JSONValue]]
    /// What the ECS rules read from each task definition, read once per document rather than once per rule.
    let taskDefinitions: [ResourceAddress: TaskDefinitionFacts]

    /// The attributes whose string value is itself a JSON document.
    public static let embeddedJSONAttributes = [
        "assume_role_policy", "container_definitions", "event_pattern", "policy", "redrive_policy",
    ]

    /// The attributes, by resource type as written, that checks match on by text (`resources(ofType:withText:in:)`):
    /// an inline role policy's `role`, a Lambda permission's `function_name`, a listener rule's `listener_arn`.
    static let textIndexedAttributes: [String: [String]] = [
        "aws_alb_listener_rule": ["listener_arn"],
        "aws_iam_role_policy": ["role"],
        "aws_iam_role_policy_attachment": ["role"],
        "aws_lambda_permission": ["function_name"],
        "aws_lb_listener_rule": ["listener_arn"],
    ]

    public static let empty = DocumentIndex(document: .object([:]))

    /// The fewest resources worth a task of their own.
    static let minimumChunk = 512

    /// What the index keeps of one resource, worked out on its own so that resources can be read on every core.
    private struct ResourceFacts: Sendable {
        var address: ResourceAddress
        var body: [String: JSONValue]
        var embedded: [String: JSONValue]
        var taskDefinition: TaskDefinitionFacts?
        var texts: [(attribute: String, text: String)]
        /// The resources each top-level attribute refers to, attributes in key order, targets each once in order.
        var references: [(target: ResourceAddress, attribute: String)]

        /// What a fact moved out of a list leaves behind: nothing to release.
        static let taken = ResourceFacts()

        private init() {
            address = ResourceAddress(type: "", name: "")
            body = [:]
            embedded = [:]
            texts = []
            references = []
        }

        init(address: ResourceAddress, body: [String: JSONValue]) {
            self.address = address
            self.body = body
            var embedded: [String: JSONValue] = [:]
            for key in DocumentIndex.embeddedJSONAttributes {
                if let parsed = EmbeddedJSON.parse(body[key]) { embedded[key] = parsed }
            }
            self.embedded = embedded
            taskDefinition =
                ResourceTypeAliases.canonical(address.type) == "aws_ecs_task_definition"
                ? TaskDefinitionFacts(attributes: body, containerDefinitions: embedded["container_definitions"]) : nil
            texts = (DocumentIndex.textIndexedAttributes[address.type] ?? []).compactMap { attribute in
                body[attribute]?.templateText.map { (attribute, $0) }
            }
            // Only the few attributes that refer to something are sorted, not every key of the body.
            var referring: [(attribute: String, targets: [ResourceAddress])] = []
            for (key, value) in body {
                let targets = ReferenceScanner.references(in: value)
                if !targets.isEmpty { referring.append((key, targets)) }
            }
            referring.sort { $0.attribute < $1.attribute }
            references = referring.flatMap { attribute, targets in
                (targets.count == 1 ? targets : Set(targets).sorted()).map { ($0, attribute) }
            }
        }
    }

    public init(document: JSONValue) {
        var resources: [ResourceAddress: [String: JSONValue]] = [:]
        var byType: [String: [ResourceAddress]] = [:]
        var incoming: [ResourceAddress: [Edge]] = [:]
        var embedded: [ResourceAddress: [String: JSONValue]] = [:]
        var byAttributeText: [AttributeText: [ResourceAddress]] = [:]
        var taskDefinitions: [ResourceAddress: TaskDefinitionFacts] = [:]
        let declared = document["resource"]?.objectValue ?? [:]
        let types = declared.keys.sorted()
        let count = declared.values.reduce(0) { $0 + ($1.objectValue?.count ?? 0) }
        // A large document is sorted and read on every core; a small one on this thread, where a thread hop would
        // cost more than the work (a rendered stack is read while the other stacks are, on the other cores).
        let parallel = count >= 2 * Self.minimumChunk
        /// One type's resources in name order; sorted as pairs, so that no body is looked up again by its name.
        @Sendable func sortedResources(_ type: String) -> [(ResourceAddress, [String: JSONValue])] {
            (declared[type]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map { name, body in
                (ResourceAddress(type: type, name: name), body.firstBlock ?? [:])
            }
        }
        let sorted =
            parallel ? ParallelMap.indices(types.count) { sortedResources(types[$0]) } : types.map(sortedResources)
        // The facts, in address order, read in runs of a type's resources: no list of every resource is built.
        let runs = sorted.indices.flatMap { type in
            ParallelMap.chunkRanges(count: sorted[type].count, minimumChunk: Self.minimumChunk).map { (type, $0) }
        }
        @Sendable func readRun(_ run: Int) -> [ResourceFacts] {
            let (type, range) = runs[run]
            return sorted[type][range].map { ResourceFacts(address: $0.0, body: $0.1) }
        }
        var facts = parallel ? ParallelMap.indices(runs.count, readRun) : runs.indices.map(readRun)
        for (type, named) in zip(types, sorted) where !named.isEmpty {
            byType[type] = named.map(\.0)
        }
        resources.reserveCapacity(count)
        // Each fact is moved out of the list rather than copied from it: copying retains every table of every
        // resource only for the list to release them again, which at 100,000 resources took a quarter of this loop.
        // (Swapping with an empty fact moves; `reverse` and `popLast` retained and released each fact once more.)
        for group in facts.indices {
            for index in facts[group].indices {
                var fact = ResourceFacts.taken
                swap(&fact, &facts[group][index])
                let address = fact.address
                var body: [String: JSONValue] = [:]
                swap(&body, &fact.body)
                resources[address] = body
                if !fact.embedded.isEmpty {
                    var parsed: [String: JSONValue] = [:]
                    swap(&parsed, &fact.embedded)
                    embedded[address] = parsed
                }
                if let taskDefinition = fact.taskDefinition { taskDefinitions[address] = taskDefinition }
                for (attribute, text) in fact.texts {
                    byAttributeText[AttributeText(type: address.type, attribute: attribute, text: text), default: []]
                        .append(address)
                }
                for (target, attribute) in fact.references {
                    incoming[target, default: []].append(Edge(from: address, attribute: attribute))
                }
            }
        }
        var dataSources: [ResourceAddress: [String: JSONValue]] = [:]
        for (type, byName) in document["data"]?.objectValue ?? [:] {
            for (name, body) in byName.objectValue ?? [:] {
                dataSources[ResourceAddress(type: type, name: name)] = body.firstBlock ?? [:]
            }
        }
        var providers: [String: [[String: JSONValue]]] = [:]
        for (name, value) in document["provider"]?.objectValue ?? [:] {
            providers[name] = value.blocks
        }
        self.resources = resources
        self.addressesByType = byType
        self.firstAddress = byType.keys.min().flatMap { byType[$0]?.first }
        self.byAttributeText = byAttributeText
        self.incoming = incoming
        self.providers = providers
        self.embedded = embedded
        self.dataSources = dataSources
        self.taskDefinitions = taskDefinitions
    }

    /// Every resource of a type, in address order.
    /// Old names of the type (`aws_alb` for `aws_lb`) count as the type.
    public func resources(ofType type: String) -> [ResourceView] {
        ResourceTypeAliases.names(of: type).flatMap { addressesByType[$0] ?? [] }.map {
            ResourceView(address: $0, attributes: resources[$0] ?? [:], document: self)
        }
    }

    /// `resources(ofType:)` of every type the document has, in type order, as one list built in place: the lists of
    /// each type, joined, copied every view once more.
    func everyResource() -> [ResourceView] {
        var views: [ResourceView] = []
        views.reserveCapacity(resources.count)
        for type in addressesByType.keys.sorted() {
            for name in ResourceTypeAliases.names(of: type) {
                for address in addressesByType[name] ?? [] {
                    views.append(ResourceView(address: address, attributes: resources[address] ?? [:], document: self))
                }
            }
        }
        return views
    }

    /// The resources of `type` (and its old names) whose `attribute` has the template text `text`, in the order of
    /// `resources(ofType:)`; the attribute must be one of `textIndexedAttributes`. A check that compares the
    /// attribute with a value filters these candidates with its own comparison, so the answer is the same as
    /// filtering every resource of the type.
    func resources(ofType type: String, withText text: String, in attribute: String) -> [ResourceView] {
        ResourceTypeAliases.names(of: type).flatMap {
            byAttributeText[AttributeText(type: $0, attribute: attribute, text: text)] ?? []
        }
        .map { ResourceView(address: $0, attributes: resources[$0] ?? [:], document: self) }
    }

    /// The resource a value refers to, when the value is a reference (`${aws_lb.main.arn}`) to one in this document.
    public func target(of value: JSONValue?) -> ResourceView? {
        guard case .expression(let text)? = value,
            let address = ReferenceScanner.references(in: text).first,
            let attributes = resources[address]
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
    /// order of their references. Linear in the number of references, since some checks run it for every rule of a
    /// listener.
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
            return ResourceView(address: edge.from, attributes: resources[edge.from] ?? [:], document: self)
        }
    }

    /// The region of the default (un-aliased) AWS provider, when it is a literal.
    public var defaultAWSRegion: String? {
        providers["aws"]?.first { $0["alias"] == nil }?["region"]?.literalString
    }
}
