/// Anything that can appear in a stack body: a single resource, or a higher-level construct (a VPC with its subnets,
/// an ECS service with its task definition) that expands to several.
///
/// Constructs are plain values. Nothing registers itself anywhere: only what a stack's body returns is part of the
/// stack.
public protocol Construct: Sendable {
    /// The resources this construct stands for, before its modifiers are applied.
    func expand() -> [Resource]
    /// Waivers and overrides added with `.waive(…)` and `.override(…)`.
    var modifiers: ConstructModifiers { get set }
    /// Files the stack needs next to `main.tf.json` because of this construct (a Lambda package).
    var generatedFiles: [GeneratedFile] { get }
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

extension Construct {
    public var generatedFiles: [GeneratedFile] { [] }

    /// The resources of this construct, with waivers and overrides applied.
    public var resources: [Resource] { modifiers.apply(to: expand()) }

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
