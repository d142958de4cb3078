/// Anything that can appear in a stack body: a single resource, or a higher-level construct (a VPC with its subnets,
/// an ECS service with its task definition) that expands to several.
///
/// Constructs are plain values. Nothing registers itself anywhere: a stack is what its body lists plus every
/// construct those refer to through their references (`StackAssembly`), so each construct is written once.
///
/// Writing a construct takes three things: a `declaration` stored property, an initialiser that ends with
/// `file: String = #filePath, line: UInt = #line` and sets `declaration = Declaration(label, file: file, line: line)`,
/// and `expand()`, which builds its resources with `resource(_:_:)` and hands out references with `ref(_:_:)`.
public protocol Construct: Sendable {
    /// Label, source location and modifiers.
    var declaration: Declaration { get set }
    /// The resources this construct stands for, before its modifiers are applied.
    func expand() -> [Resource]
    /// Files the stack needs next to `main.tf.json` because of this construct (a Lambda package).
    var generatedFiles: [GeneratedFile] { get }
    /// Constructs this one is made of (a network's flow-log group and role), rendered with it and carrying its
    /// waivers and overrides. Their resources are not part of `expand()`.
    var parts: [any Construct] { get }
    /// Terraform outputs this construct declares.
    var outputs: [Output] { get }
    /// Mistakes in how the construct was put together that its types could not rule out (a target group naming a
    /// container the task does not have); reported like model checks, at the construct's line.
    var problems: [Diagnostic] { get }
    /// Whether `other`, a construct of the same type, label and line, is this very construct, modifiers aside; `nil`
    /// when the type cannot tell (it is not `Equatable`). Equatable constructs get this for free.
    func isSameConstruct(as other: any Construct) -> Bool?
}

/// What a stack author added to a construct after declaring it.
public struct ConstructModifiers: Hashable, Sendable {
    /// A waiver, optionally limited to resources of one type.
    public struct ScopedWaiver: Hashable, Sendable {
        public var waiver: Waiver
        public var resourceType: String?
    }

    /// An escape-hatch value for an attribute the typed API does not cover.
    public struct Override: Hashable, Sendable {
        public var resourceType: String
        public var path: String
        public var value: JSONValue
    }

    public var waivers: [ScopedWaiver] = []
    public var overrides: [Override] = []

    public init() {}

    /// Adds the waivers and overrides of another copy of the same construct that this one does not have yet.
    public mutating func merge(_ other: ConstructModifiers) {
        for waiver in other.waivers where !waivers.contains(waiver) { waivers.append(waiver) }
        for override in other.overrides where !overrides.contains(override) { overrides.append(override) }
    }

    /// Applies overrides, then attaches waivers to every resource in their scope.
    public func apply(to resources: [Resource]) -> [Resource] {
        guard !waivers.isEmpty || !overrides.isEmpty else { return resources }
        return resources.map { original in
            var resource = original
            for override in overrides where override.resourceType == resource.address.type {
                resource.set(override.path, to: override.value)
                resource.overriddenPaths.append(override.path)
            }
            for scoped in waivers where scoped.resourceType == nil || scoped.resourceType == resource.address.type {
                resource.waivers.append(scoped.waiver)
            }
            return resource
        }
    }
}

extension Construct where Self: Equatable {
    /// Compares the two values with `==`, their modifiers cleared. Being a protocol requirement, this is chosen when
    /// the type declares its conformances, so no dynamic cast to `Equatable` (a scan of every protocol conformance in
    /// the binary, the first time for each type) happens while a stack is assembled.
    public func isSameConstruct(as other: any Construct) -> Bool? {
        guard var other = other as? Self else { return false }
        var plain = self
        plain.modifiers = ConstructModifiers()
        other.modifiers = ConstructModifiers()
        return plain == other
    }
}

extension Construct {
    public var generatedFiles: [GeneratedFile] { [] }

    public var outputs: [Output] { [] }

    public var parts: [any Construct] { [] }

    /// The parts, each carrying this construct's waivers and overrides too.
    public var modifiedParts: [any Construct] {
        parts.map { part in
            var modified = part
            modified.modifiers.merge(modifiers)
            return modified
        }
    }

    public var problems: [Diagnostic] { [] }

    public func isSameConstruct(as other: any Construct) -> Bool? { nil }

    /// The Terraform label of the construct's main resource.
    public var label: String { declaration.label }

    /// The Swift line that declared the construct.
    public var location: SourceLocation { declaration.location }

    /// Waivers and overrides added with `.waive(…)` and `.override(…)`.
    public var modifiers: ConstructModifiers {
        get { declaration.modifiers }
        set { declaration.modifiers = newValue }
    }

    /// The address of a resource this construct makes: its own label unless `label` names another.
    public func address(_ type: String, label: String? = nil) -> ResourceAddress {
        ResourceAddress(type: type, name: label ?? declaration.label)
    }

    /// A typed reference to an attribute of a resource this construct makes; it remembers this construct, so a
    /// stack that uses the reference renders the construct without listing it.
    public func ref<Kind>(
        _ type: String,
        _ attribute: String,
        label: String? = nil,
        as _: Kind.Type = Kind.self
    ) -> Ref<Kind> {
        Ref(address(type, label: label), attribute, origin: ConstructOrigin(self))
    }

    /// A reference to a whole resource of this construct, for `depends_on`.
    public func dependency(_ type: String, label: String? = nil) -> Reference {
        Reference(address(type, label: label), "", origin: ConstructOrigin(self))
    }

    /// A mistake in how this construct was put together, reported at its declaration (`CORE004`, not waivable).
    public func problem(_ message: String, hint: String) -> Diagnostic {
        Diagnostic(
            id: ModelChecks.constructProblem,
            severity: .error,
            message: message,
            location: declaration.location,
            hint: hint
        )
    }

    /// The same construct, declared at `location`: for the parts a construct makes, so findings on them point at the
    /// line that declared the whole.
    public func declared(at location: SourceLocation) -> Self {
        var copy = self
        copy.declaration.location = location
        return copy
    }

    /// One resource of this construct, located at the construct's declaration.
    public func resource(
        _ type: String,
        label: String? = nil,
        _ attributes: [String: JSONValue],
        dependsOn: [Reference] = []
    ) -> Resource {
        Resource(type, label ?? declaration.label, attributes, dependsOn: dependsOn, location: declaration.location)
    }

    /// The resources of this construct, with waivers and overrides applied.
    public var resources: [Resource] { modifiers.apply(to: expand()) + modifiedParts.flatMap(\.resources) }

    /// Accepts a rule's findings on this construct's resources (or only those of `resourceType`) until `expires`.
    ///
    /// - Parameters:
    ///   - rule: the rule to waive.
    ///   - resourceType: limit the waiver to resources of this Terraform type, e.g. `aws_db_instance`.
    ///   - reason: why the finding is acceptable; cite the seed or the decision record.
    ///   - expires: `YYYY-MM-DD`; after this day the waiver is an error, so the decision gets looked at again.
    public func waive(
        _ rule: RuleID,
        on resourceType: String? = nil,
        reason: String,
        expires: String,
        file: String = #filePath,
        line: UInt = #line
    ) -> Self {
        var copy = self
        let waiver = Waiver(
            rule: rule,
            reason: reason,
            expires: expires,
            location: .swift(filePath: file, line: line)
        )
        copy.modifiers.waivers.append(.init(waiver: waiver, resourceType: resourceType))
        return copy
    }

    /// Sets an attribute the typed API does not cover yet, on every resource of `resourceType` in this construct.
    ///
    /// Easy to grep for, and always reported by `lint` as a note, so escape hatches stay visible in review.
    public func override(_ resourceType: String, _ path: String, _ value: JSONValue) -> Self {
        var copy = self
        copy.modifiers.overrides.append(.init(resourceType: resourceType, path: path, value: value))
        return copy
    }
}
