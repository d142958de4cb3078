import InfraCore
import InfraPolicy
import Testing

/// A name the limits rules report is not reported again by the provider's own constraint on the same attribute
/// (SCH010): one problem, one finding, the one with infragen's hint. SCH010 still reports the other attributes.
@Suite struct ConstraintOverlapTests {
    func findings(_ type: String, _ body: [String: JSONValue]) -> [Diagnostic] {
        let document: JSONValue = ["resource": [type: ["main": .object(body)]]]
        return RuleFixtureTests().findings(document, environment: "prod")
    }

    @Test func aLimitsFindingIsNotRepeatedByTheProviderConstraint() {
        let found = findings("aws_lb", ["name": "this-name-is-far-too-long-for-an-alb-xx", "internal": true])
        #expect(found.filter { $0.attribute == "name" }.map(\.id) == ["ELB001"])
        // The constraint on another attribute (no subnets) is still reported.
        #expect(found.contains { $0.id == "SCH010" && $0.attribute != "name" })
    }

    @Test func eachOfSeveralProblemsWithANameIsReportedOnce() {
        let found = findings("aws_db_instance", ["identifier": "1bad--name", "engine": "postgres"])
        let identifier = found.filter { $0.attribute == "identifier" }
        #expect(identifier.map(\.id) == ["RDS101", "RDS101"], "\(identifier)")
    }

    /// Where no limits rule reports the attribute, the provider's constraint is the finding.
    @Test func theProviderConstraintStandsAlone() {
        let found = findings("aws_sqs_queue", ["name": "jobs", "delay_seconds": 901])
        #expect(found.contains { $0.id == "SCH010" && $0.attribute == "delay_seconds" }, "\(found)")
    }
}
