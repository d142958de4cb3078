/// One reference from a rendered value to an attribute of a resource: the edge of the dependency graph.
///
/// A reference remembers the construct that declared its target (`origin`), so that a stack only has to list the
/// constructs nothing else refers to: whatever a listed construct points at is rendered too. The origin is
/// bookkeeping for the assembly, not part of the value: two references to the same attribute are equal whatever
/// their origin.
public struct Reference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The resource address, e.g. `aws_vpc.main`.
    public let address: ResourceAddress
    /// The attribute path after the address (`id`, `master_user_secret[0].secret_arn`); empty for the whole resource,
    /// as `depends_on` names it.
    public let attribute: String
    /// The construct that expands to `address`, when the reference was made by one.
    public let origin: ConstructOrigin?

    public init(_ address: ResourceAddress, _ attribute: String, origin: ConstructOrigin? = nil) {
        self.address = address
        self.attribute = attribute
        self.origin = origin
    }

    /// The traversal as Terraform writes it inside `${…}`: `aws_vpc.main.id`.
    public var traversal: String { spelled(opening: "", closing: "") }

    /// The traversal as a whole interpolation, `${aws_vpc.main.id}`.
    public var interpolation: String { spelled(opening: "${", closing: "}") }

    /// The traversal between `opening` and `closing`, made with one allocation (`UTF8Text.joined`) rather than by
    /// interpolating the address, then the traversal, then the interpolation: `render prod` spells out some 1,400
    /// references, and this took it from 228.5 to 226.0 million instructions.
    private func spelled(opening: String, closing: String) -> String {
        attribute.isEmpty
            ? UTF8Text.joined(opening, address.type, ".", address.name, closing)
            : UTF8Text.joined(opening, address.type, ".", address.name, ".", attribute, closing)
    }

    public var description: String { traversal }

    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.address == rhs.address && lhs.attribute == rhs.attribute
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(address)
        hasher.combine(attribute)
    }

    public static func < (lhs: Reference, rhs: Reference) -> Bool {
        (lhs.address, lhs.attribute) < (rhs.address, rhs.attribute)
    }
}

/// The construct a reference came from, boxed so that a reference stays a small value.
///
/// A class only because a value type cannot hold a value of its own kind (a construct holds references, which hold
/// constructs). It is immutable, so sharing it is safe.
public final class ConstructOrigin: Sendable {
    public let construct: any Construct

    public init(_ construct: any Construct) {
        self.construct = construct
    }
}
