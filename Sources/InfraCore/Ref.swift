/// A typed reference to an attribute of a Terraform resource, rendered as `${type.name.attribute}`.
///
/// The phantom `Kind` keeps, say, a subnet id from being passed where a security-group id is expected: the mistake
/// becomes a compile error instead of an apply-time one. References are also the edges of the dependency graph, so
/// no one has to write `depends_on` for ordinary data flow.
public struct Ref<Kind>: Hashable, Sendable {
    /// The resource address, e.g. `aws_vpc.main`.
    public let address: ResourceAddress
    /// The attribute path after the address, e.g. `id` or `master_user_secret[0].secret_arn`.
    public let attribute: String

    public init(_ address: ResourceAddress, _ attribute: String) {
        self.address = address
        self.attribute = attribute
    }

    /// The bare expression, without `${}`: `aws_vpc.main.id`.
    public var traversal: String { "\(address).\(attribute)" }

    /// The reference as a Terraform template value.
    public var value: JSONValue { .expression("${\(traversal)}") }

    /// The reference inside a larger template, e.g. `"${…}:password::"`.
    public func interpolated(prefix: String = "", suffix: String = "") -> JSONValue {
        var head = TemplateEscaping.escape(prefix)
        // A literal `$` or `%` right before the interpolation would turn `${` into the escape `$${`; write it as a
        // string-literal interpolation instead.
        if let last = head.unicodeScalars.last, last == "$" || last == "%" {
            head.unicodeScalars.removeLast()
            head += "${\"\(last)\"}"
        }
        return .expression(head + "${\(traversal)}" + TemplateEscaping.escape(suffix))
    }

    /// The same reference seen as another kind; for the rare attribute that is several things at once.
    public func retyped<Other>(as _: Other.Type = Other.self) -> Ref<Other> { Ref<Other>(address, attribute) }
}

/// Kinds of value a `Ref` can point at. They have no cases: they only exist as type parameters.
public enum RefKind {
    /// An identifier returned by AWS (`vpc-…`, `subnet-…`, `sg-…`).
    public enum ID {}
    /// An Amazon Resource Name.
    public enum ARN {}
    /// A physical name (bucket, queue, cluster name).
    public enum Name {}
    /// A DNS host name.
    public enum Hostname {}
    /// A Route 53 hosted-zone id.
    public enum ZoneID {}
    /// The `arn_suffix` of a load balancer or target group, as CloudWatch dimensions want it.
    public enum ARNSuffix {}
}
