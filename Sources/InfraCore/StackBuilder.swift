/// The result builder for stack bodies: it collects constructs into one flat list, so a body can use `let`, `if`,
/// `for` and `switch` like ordinary Swift.
@resultBuilder
public enum StackBuilder {
    public static func buildExpression(_ construct: any Construct) -> [any Construct] { [construct] }

    public static func buildExpression(_ constructs: [any Construct]) -> [any Construct] { constructs }

    public static func buildExpression<C: Construct>(_ constructs: [C]) -> [any Construct] { constructs }

    public static func buildBlock(_ parts: [any Construct]...) -> [any Construct] { parts.flatMap { $0 } }

    public static func buildOptional(_ part: [any Construct]?) -> [any Construct] { part ?? [] }

    public static func buildEither(first part: [any Construct]) -> [any Construct] { part }

    public static func buildEither(second part: [any Construct]) -> [any Construct] { part }

    public static func buildArray(_ parts: [[any Construct]]) -> [any Construct] { parts.flatMap { $0 } }
}

/// A group of constructs that travels as one, e.g. what a helper function returns.
public struct ConstructGroup: Construct {
    public var members: [any Construct]
    public var modifiers = ConstructModifiers()

    public init(@StackBuilder _ members: () -> [any Construct]) {
        self.members = members()
    }

    public init(_ members: [any Construct]) {
        self.members = members
    }

    public func expand() -> [Resource] { members.flatMap(\.resources) }

    public var generatedFiles: [GeneratedFile] { members.flatMap(\.generatedFiles) }
}
