import Foundation
import InfraCore
import InfraPolicy
import Testing

/// Table-driven tests: for every rule a passing, a failing, a waived and an expired-waiver case.
@Suite struct RuleFixtureTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    func findings(_ document: JSONValue, environment: String, waivers: [ResourceAddress: [Waiver]] = [:])
        -> [Diagnostic]
    {
        let rendered = RenderedStack(
            stack: "fixture",
            environment: environment,
            document: document,
            files: [],
            waivers: waivers
        )
        return PolicyEngine().evaluate(rendered, context: PolicyContext(environment: environment, today: Self.today))
    }

    @Test func everyRuleHasFixtures() {
        let covered = Set(RuleFixtures.all.map(\.rule))
        let missing = RuleCatalog.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without fixtures: \(missing)")
        let unknown = covered.filter { RuleCatalog.rule($0) == nil }
        #expect(unknown.isEmpty, "fixtures for unknown rules: \(unknown)")
    }

    @Test(arguments: RuleFixtures.all)
    func passingDocumentsRaiseNoFinding(fixture: RuleFixture) {
        #expect(!fixture.passing.isEmpty)
        for (index, document) in fixture.passing.enumerated() {
            let hits = findings(document, environment: fixture.environment).filter { $0.id == fixture.rule.rawValue }
            #expect(hits.isEmpty, "passing[\(index)] raised: \(hits.map(\.description))")
        }
    }

    @Test(arguments: RuleFixtures.all)
    func failingDocumentsRaiseAFinding(fixture: RuleFixture) throws {
        #expect(!fixture.failing.isEmpty)
        for (index, document) in fixture.failing.enumerated() {
            let hits = findings(document, environment: fixture.environment).filter { $0.id == fixture.rule.rawValue }
            #expect(!hits.isEmpty, "failing[\(index)] raised nothing")
            let rule = try #require(RuleCatalog.rule(fixture.rule))
            #expect(
                hits.allSatisfy { $0.severity == rule.severity && $0.hint == rule.remediation && $0.address != nil }
            )
        }
    }

    /// A value known only at plan is never reported as off (issue 11): each unknown case raises no finding.
    @Test(arguments: RuleFixtures.all.filter { !$0.unknown.isEmpty })
    func unknownValuesRaiseNoFinding(fixture: RuleFixture) throws {
        let rule = try #require(RuleCatalog.rule(fixture.rule))
        for (index, unknown) in fixture.unknown.enumerated() {
            let document = try #require(
                unknown.document(for: fixture, ruleTypes: rule.resourceTypes),
                "unknown[\(index)] names a document or resource the fixture does not have"
            )
            #expect(!fixture.failing.contains(document), "unknown[\(index)] changes nothing")
            let hits = findings(document, environment: fixture.environment).filter { $0.id == fixture.rule.rawValue }
            #expect(hits.isEmpty, "unknown[\(index)] raised: \(hits.map(\.description))")
        }
    }

    /// Every security and limits rule that reads a value has an unknown case; the exceptions say why.
    @Test func everyRuleThatReadsAValueHasAnUnknownCase() {
        let withCases = Set(RuleFixtures.all.filter { !$0.unknown.isEmpty }.map(\.rule))
        let missing = RuleCatalog.all
            .filter { $0.family != .schema && RuleFixtures.readsNoValue[$0.id] == nil && !withCases.contains($0.id) }
            .map(\.id)
        #expect(missing.isEmpty, "rules without an unknown-value case: \(missing)")
        let both = withCases.filter { RuleFixtures.readsNoValue[$0] != nil }
        #expect(both.isEmpty, "listed as reading no value, yet with unknown cases: \(both)")
    }

    /// The fixture's first failing document, checked with a waiver of its rule on the first finding's resource.
    func withWaiver(_ fixture: RuleFixture, expires: String) throws -> (
        rule: Rule, target: Diagnostic, result: [Diagnostic]
    ) {
        let rule = try #require(RuleCatalog.rule(fixture.rule))
        let document = try #require(fixture.failing.first)
        let target = try #require(
            findings(document, environment: fixture.environment).first { $0.id == rule.id.rawValue }
        )
        let address = try #require(target.address.flatMap(Self.address))
        let waiver = Waiver(
            rule: rule.id,
            address: address,
            reason: "fixture",
            expires: expires,
            location: SourceLocation(file: "f.swift", line: 1)
        )
        return (rule, target, findings(document, environment: fixture.environment, waivers: [address: [waiver]]))
    }

    /// A waiver with a future expiry marks the finding waived (waivable rules), or is itself an error (limits).
    @Test(arguments: RuleFixtures.all)
    func waiverIsAppliedOrRefused(fixture: RuleFixture) throws {
        let (rule, target, result) = try withWaiver(fixture, expires: "2027-01-31")
        let hits = result.filter { $0.id == rule.id.rawValue && $0.address == target.address }
        if rule.isWaivable {
            #expect(hits.allSatisfy { $0.waiver != nil && !$0.isBlocking })
            #expect(!result.contains { $0.id == "POL002" })
        } else {
            #expect(hits.allSatisfy { $0.waiver == nil })
            #expect(result.contains { $0.id == "POL002" })
        }
    }

    /// An expired waiver leaves the finding as it was and is an error of its own.
    @Test(arguments: RuleFixtures.all)
    func expiredWaiverIsAnError(fixture: RuleFixture) throws {
        let (rule, target, result) = try withWaiver(fixture, expires: "2026-01-31")
        #expect(
            result.filter { $0.id == rule.id.rawValue && $0.address == target.address }.allSatisfy { $0.waiver == nil }
        )
        #expect(result.contains { $0.id == (rule.isWaivable ? "POL001" : "POL002") && $0.severity == .error })
    }

    @Test func productionRulesDoNotApplyElsewhere() throws {
        for fixture in RuleFixtures.all where RuleCatalog.rule(fixture.rule)?.scope == .production {
            let document = try #require(fixture.failing.first)
            #expect(
                findings(document, environment: "dev").filter { $0.id == fixture.rule.rawValue }.isEmpty,
                "\(fixture.rule)"
            )
        }
    }

    @Test func catalogueIsWellFormed() {
        let ids = RuleCatalog.all.map(\.id.rawValue)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for rule in RuleCatalog.all {
            #expect(!rule.title.isEmpty && !rule.rationale.isEmpty && !rule.remediation.isEmpty, "\(rule.id)")
            #expect(rule.isWaivable == (rule.family == .security), "\(rule.id)")
        }
    }

    static func address(_ text: String) -> ResourceAddress? {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? ResourceAddress(type: parts[0], name: parts[1]) : nil
    }
}
