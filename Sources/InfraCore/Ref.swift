/// A typed value that names an AWS resource: an attribute of a resource the stack declares (`${aws_lb.main.arn}`),
/// or an identifier of one that exists outside it, taken from the environment settings (a certificate ARN).
///
/// The phantom `Kind` (`ARN<ECS.Cluster>`, `ID<EC2.Subnet>`) makes wrong wiring a compile error instead of an
/// apply-time one. A reference stays a value until rendering: it is an edge of the dependency graph, and it carries
/// the construct that declared its target, so that constructs only need to be listed in a stack when nothing refers
/// to them.
public struct Ref<Kind>: Hashable, Sendable {
    /// What the reference points at.
    public enum Target: Hashable, Sendable {
        /// An attribute of a resource in this stack.
        case attribute(Reference)
        /// A literal identifier of something outside the stack, and where the value was written.
        case existing(String, SourceLocation?)
    }

    public let target: Target

    public init(_ address: ResourceAddress, _ attribute: String, origin: ConstructOrigin? = nil) {
        self.target = .attribute(Reference(address, attribute, origin: origin))
    }

    public init(_ reference: Reference) {
        self.target = .attribute(reference)
    }

    private init(target: Target) {
        self.target = target
    }

    /// A resource that exists outside the stack, by its identifier (from the environment settings).
    public static func existing(_ identifier: String, at location: SourceLocation? = nil) -> Ref {
        Ref(target: .existing(identifier, location))
    }

    /// The reference into the stack, or `nil` for an existing resource.
    public var reference: Reference? {
        if case .attribute(let reference) = target { return reference }
        return nil
    }

    /// The identifier of an existing resource, or `nil` for a reference into the stack.
    public var existingIdentifier: String? {
        if case .existing(let identifier, _) = target { return identifier }
        return nil
    }

    /// The traversal inside `${…}` (`aws_vpc.main.id`), or the identifier of an existing resource.
    public var traversal: String {
        switch target {
        case .attribute(let reference): reference.traversal
        case .existing(let identifier, _): identifier
        }
    }

    /// The value as it goes into an attribute.
    public var value: JSONValue {
        switch target {
        case .attribute(let reference): .template(Template(reference))
        case .existing(let identifier, _): .string(identifier)
        }
    }

    /// The reference inside a larger template, e.g. `"${…}:password::"`.
    public func interpolated(prefix: String = "", suffix: String = "") -> JSONValue {
        switch target {
        case .attribute(let reference): .template(Template(prefix: prefix, reference, suffix: suffix))
        case .existing(let identifier, _): .string(prefix + identifier + suffix)
        }
    }

    /// The same target seen as another kind; for the rare attribute that is several things at once.
    public func retyped<Other>(as _: Other.Type = Other.self) -> Ref<Other> {
        switch target {
        case .attribute(let reference): Ref<Other>(reference)
        case .existing(let identifier, let location): Ref<Other>.existing(identifier, at: location)
        }
    }
}
