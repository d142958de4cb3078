import InfraCore
import InfraPolicy
import Testing

/// A rule's test cases: documents it must pass and documents it must flag. Waived and expired-waiver cases are
/// derived from the failing document, so every rule gets all four. The one table of rule cases: every rule has exactly
/// one fixture (`RuleCatalogTests.everyRuleHasAFixture`).
struct RuleFixture: Sendable, CustomTestStringConvertible {
    let rule: RuleID
    /// Each must produce no finding of `rule`.
    let passing: [JSONValue]
    /// Each must produce at least one finding of `rule`; the first is used for the waiver cases.
    let failing: [JSONValue]
    /// The environment the documents are checked in (`prod` so production-scoped rules apply).
    let environment: String
    /// Where set, the first failing document has one resource, and this is its only finding of `rule`, exactly; the
    /// first passing document is the same resource done right.
    let pinned: PinnedFinding?
    /// Cases where the value the rule reads is known only at plan; each must raise no finding of `rule`.
    let unknown: [UnknownValue]

    init(
        _ rule: RuleID,
        environment: String = "prod",
        passing: [JSONValue],
        failing: [JSONValue],
        pinned: PinnedFinding? = nil,
        unknown: [UnknownValue] = []
    ) {
        self.rule = rule
        self.passing = passing
        self.failing = failing
        self.environment = environment
        self.pinned = pinned
        self.unknown = unknown
    }

    /// The resource of the pinned failing document.
    var pinnedAddress: ResourceAddress? { failing.first.flatMap(Self.firstAddress(in:)) }

    /// The first resource of a fixture document, by type and name.
    static func firstAddress(in document: JSONValue) -> ResourceAddress? {
        guard let byType = document["resource"]?.objectValue, let type = byType.keys.sorted().first,
            let name = byType[type]?.objectValue?.keys.sorted().first
        else { return nil }
        return ResourceAddress(type: type, name: name)
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

    /// `document` with data sources added: `[(type, name, body)]`, e.g. a policy document its resources refer to.
    static func withData(_ document: JSONValue, _ entries: [(String, String, JSONValue)]) -> JSONValue {
        guard var root = document.objectValue else { return document }
        var byType: [String: [String: JSONValue]] = [:]
        for (type, name, body) in entries { byType[type, default: [:]][name] = body }
        root["data"] = .object(byType.mapValues { .object($0) })
        return .object(root)
    }

    /// A document with one resource named `main`.
    static func one(_ type: String, _ body: JSONValue) -> JSONValue { resources([(type, "main", body)]) }
}

/// The exact finding a fixture's first failing document raises.
struct PinnedFinding: Sendable {
    var attribute: String?
    var message: String
}

/// Every rule's fixtures; each AWS service keeps its own list in its own file, as its rules do.
enum RuleFixtures {
    static var all: [RuleFixture] { services + schema }

    /// Fixtures whose failing finding is pinned exactly.
    static var pinned: [RuleFixture] { all.filter { $0.pinned != nil } }

    /// Pinned fixtures of rules a waiver may cover.
    static var waivable: [RuleFixture] { pinned.filter { RuleCatalog.rule($0.rule)?.isWaivable == true } }

    /// Pinned fixtures of rules no waiver may cover.
    static var notWaivable: [RuleFixture] { pinned.filter { RuleCatalog.rule($0.rule)?.isWaivable == false } }

    /// Pinned fixtures of rules that only run in production.
    static var productionOnly: [RuleFixture] { pinned.filter { RuleCatalog.rule($0.rule)?.scope == .production } }

    /// Rules with no unknown-value case, and why: they look at which resources exist and refer to each other, not at
    /// a value, or (RDS009) an unknown value is what they report.
    static let readsNoValue: [RuleID: String] = [
        .vpcFlowLogs: "asks whether a flow log resource exists",
        .vpcDefaultSecurityGroup: "asks whether a default security group resource with rules exists",
        .targetGroupSingleLoadBalancer: "counts the load balancers that reference the target group",
        .loadBalancerRuleCount: "counts listener rules",
        .s3DefaultEncryption: "asks whether an encryption configuration exists",
        .s3AccessLogging: "asks whether a logging configuration exists",
        .s3Lifecycle: "asks whether a lifecycle configuration exists",
        .s3EventNotifications: "asks whether a notification configuration exists",
        .sesSingleActiveRuleSet: "counts active rule sets per provider",
        .rdsPasswordInConfiguration: "a password from a variable is still kept in state, which is the finding",
    ]

    /// Pinned fixtures of rules that run everywhere.
    static var everywhere: [RuleFixture] { pinned.filter { RuleCatalog.rule($0.rule)?.scope == .allEnvironments } }
}
