/// A Terraform `output`: what the stack tells its operator after an apply (the ALB's DNS name, say).
public struct Output: Hashable, Sendable {
    public var name: String
    public var value: JSONValue
    public var description: String
    public var sensitive: Bool

    public init(_ name: String, value: JSONValue, description: String, sensitive: Bool = false) {
        self.name = name
        self.value = value
        self.description = description
        self.sensitive = sensitive
    }
}
