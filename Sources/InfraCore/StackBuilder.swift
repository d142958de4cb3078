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
///
/// The stack assembly takes a group apart: each member counts as written in the stack, with the group's modifiers
/// added to its own.
public struct ConstructGroup: Construct {
    public var members: [any Construct]
    public var declaration: Declaration

    public init(@StackBuilder _ members: () -> [any Construct], file: String = #filePath, line: UInt = #line) {
        self.members = members()
        self.declaration = Declaration("", file: file, line: line)
    }

    public init(_ members: [any Construct], file: String = #filePath, line: UInt = #line) {
        self.members = members
        self.declaration = Declaration("", file: file, line: line)
    }

    /// The members, each carrying the group's waivers and overrides too.
    public var modifiedMembers: [any Construct] {
        members.map { member in
            var modified = member
            modified.modifiers.merge(modifiers)
            return modified
        }
    }

    public func expand() -> [Resource] { [] }

    public var parts: [any Construct] { members }

    public var generatedFiles: [GeneratedFile] { members.flatMap(\.generatedFiles) }

    public var outputs: [Output] { members.flatMap(\.outputs) }

    public var problems: [Diagnostic] { members.flatMap(\.problems) }
}
