/// One Terraform resource block: the lowest level of the model, and what every construct expands to.
///
/// A resource remembers the Swift line that declared it, the waivers attached to it, and the escape-hatch overrides
/// applied to it, so that a finding on the rendered document can point back at the line a user edits.
public struct Resource: Hashable, Sendable {
    public var address: ResourceAddress
    /// Arguments and nested blocks, by Terraform name. Meta-arguments (`lifecycle`, `count`) may appear here too.
    public var attributes: [String: JSONValue]
    /// Explicit ordering for dependencies that no reference expresses (an ECS service needs its listener).
    public var dependsOn: [Reference]
    public var location: SourceLocation
    public var waivers: [Waiver]
    /// Attribute paths set through the `.override(…)` escape hatch; lint reports each as a note.
    public var overriddenPaths: [String]
    /// Waivers and overrides added to this resource with `.waive(…)` / `.override(…)` when it is used directly.
    public var modifiers = ConstructModifiers()

    public init(
        _ type: String,
        _ name: String,
        _ attributes: [String: JSONValue],
        dependsOn: [Reference] = [],
        location: SourceLocation
    ) {
        self.address = ResourceAddress(type: type, name: name)
        self.attributes = attributes
        self.dependsOn = dependsOn
        self.location = location
        self.waivers = []
        self.overriddenPaths = []
    }

    /// A typed reference to one of this resource's attributes.
    public func ref<Kind>(_ attribute: String, as _: Kind.Type = Kind.self) -> Ref<Kind> {
        Ref(address, attribute, origin: ConstructOrigin(self))
    }

    /// Every reference in the attributes and `depends_on`: the resource's edges in the dependency graph.
    public var references: [Reference] { JSONValue.object(attributes).references + dependsOn }

    /// The block as it appears under `resource.<type>.<name>` in Terraform JSON.
    ///
    /// `depends_on` entries are bare addresses (`aws_lb_listener.main_https`), not interpolations, so they are
    /// plain strings here: the same form a parsed file has, which the checks that read `depends_on` expect. The edges
    /// themselves stay in `dependsOn` (`references`).
    public var body: JSONValue {
        var members = attributes
        if !dependsOn.isEmpty {
            members["depends_on"] = .array(dependsOn.sorted().map { .string($0.traversal) })
        }
        return .object(members)
    }

    /// Sets a value at a dotted path (`metadata_options.http_tokens`), creating objects on the way and stepping into
    /// the first element of a block list.
    public mutating func set(_ path: String, to value: JSONValue) {
        let keys = path.split(separator: ".").map(String.init)
        guard let first = keys.first else { return }
        attributes[first] = Self.setting(attributes[first], keys: keys.dropFirst(), to: value)
    }

    private static func setting(_ current: JSONValue?, keys: ArraySlice<String>, to value: JSONValue) -> JSONValue {
        guard let key = keys.first else { return value }
        switch current {
        case .array(var elements) where !elements.isEmpty:
            elements[0] = setting(elements[0], keys: keys, to: value)
            return .array(elements)
        case .object(var members):
            members[key] = setting(members[key], keys: keys.dropFirst(), to: value)
            return .object(members)
        default:
            return .object([key: setting(nil, keys: keys.dropFirst(), to: value)])
        }
    }
}

extension Resource: Construct {
    /// A resource used directly is its own declaration: its label is its name.
    public var declaration: Declaration {
        get {
            var declaration = Declaration(address.name, location: location)
            declaration.modifiers = modifiers
            return declaration
        }
        set {
            location = newValue.location
            modifiers = newValue.modifiers
        }
    }

    public func expand() -> [Resource] {
        var plain = self
        plain.modifiers = ConstructModifiers()
        return [plain]
    }
}
