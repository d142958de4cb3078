/// One thing that was linted: a stack in an environment, or a Terraform JSON file (its path as the stack).
public struct ReportTarget: Hashable, Comparable, Sendable {
    public var stack: String
    public var environment: String

    public init(stack: String, environment: String) {
        self.stack = stack
        self.environment = environment
    }

    /// `aggregator (prod)`: the JUnit suite name and the Markdown label.
    public var name: String { "\(stack) (\(environment))" }

    public static func < (lhs: ReportTarget, rhs: ReportTarget) -> Bool {
        (lhs.stack, lhs.environment) < (rhs.stack, rhs.environment)
    }
}
