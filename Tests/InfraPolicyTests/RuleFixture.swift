import InfraCore
import InfraPolicy
import Testing

/// A rule's test cases: documents it must pass and documents it must flag. Waived and expired-waiver cases are
/// derived from the failing document, so every rule gets all four.
struct RuleFixture: Sendable, CustomTestStringConvertible {
    let rule: RuleID
    /// Each must produce no finding of `rule`.
    let passing: [JSONValue]
    /// Each must produce at least one finding of `rule`; the first is used for the waiver cases.
    let failing: [JSONValue]
    /// The environment the documents are checked in (`prod` so production-scoped rules apply).
    let environment: String

    init(_ rule: RuleID, environment: String = "prod", passing: [JSONValue], failing: [JSONValue]) {
        self.rule = rule
        self.passing = passing
        self.failing = failing
        self.environment = environment
    }

    var testDescription: String { rule.rawValue }
}

/// Shorthand for fixture documents.
enum Doc {
    /// A document with the given resources: `[(type, name, body)]`.
    static func resources(_ entries: [(String, String, JSONValue)], provider: JSONValue? = nil) -> JSONValue {
        var byType: [String: [String: JSONValue]] = [:]
        for (type, name, body) in entries { byType[type, default: [:]][name] = body }
        var root: [String: JSONValue] = ["resource": .object(byType.mapValues { .object($0) })]
        if let provider { root["provider"] = provider }
        return .object(root)
    }

    /// A document with one resource named `main`.
    static func one(_ type: String, _ body: JSONValue) -> JSONValue { resources([(type, "main", body)]) }
}

/// Every rule's fixtures; each family keeps its own list in its own file.
enum RuleFixtures {
    static var all: [RuleFixture] { security + limits + schema }
}
