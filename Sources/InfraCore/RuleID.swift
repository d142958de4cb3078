/// The stable id of a policy rule (`RDS003`). Declared as constants in the policy library so that a waiver in a stack
/// names a rule the compiler knows: `.waive(.rdsMultiAZ, …)`.
public struct RuleID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
