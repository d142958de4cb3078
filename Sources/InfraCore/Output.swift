/// A Terraform `output`: what the stack tells its operator after an apply (the ALB's DNS name, say).
///
/// An output is written in the stack body like any construct, from a construct's typed reference
/// (`Output("load_balancer_dns_name", alb.dnsName, "…")`), so it can never name an address by hand; the constructs it
/// refers to are rendered because it does.
public struct Output: Construct, Hashable {
    public var name: String
    public var value: JSONValue
    public var description: String
    public var sensitive: Bool
    public var declaration: Declaration

    public init(
        _ name: String,
        value: JSONValue,
        description: String,
        sensitive: Bool = false,
        file: String = #filePath,
        line: UInt = #line
    ) {
        self.name = name
        self.value = value
        self.description = description
        self.sensitive = sensitive
        self.declaration = Declaration(name, file: file, line: line)
    }

    /// An output of one typed reference.
    public init<Kind>(
        _ name: String,
        _ ref: Ref<Kind>,
        _ description: String,
        sensitive: Bool = false,
        file: String = #filePath,
        line: UInt = #line
    ) {
        self.init(name, value: ref.value, description: description, sensitive: sensitive, file: file, line: line)
    }

    public func expand() -> [Resource] { [] }

    public var outputs: [Output] { [self] }
}
