import InfraCore
import InfraPolicy
import Testing

@Suite struct RuleCatalogTests {
    /// Adding a rule without a fixture must fail a test: `RuleFixtures.all` is the one table of rule cases, with
    /// exactly one fixture per rule (some pin their exact finding).
    @Test func everyRuleHasAFixture() {
        let fixtureIDs = RuleFixtures.all.map(\.rule)
        let covered = Set(fixtureIDs)
        let missing = RuleCatalog.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "add a RuleFixture for: \(missing)")
        #expect(fixtureIDs.count == covered.count, "one RuleFixture per rule")
        let stale = fixtureIDs.filter { RuleCatalog.rule($0) == nil }
        #expect(stale.isEmpty, "fixtures for rules that no longer exist: \(stale)")
    }

    @Test func fixturesUseATypeTheirRuleLooksAt() throws {
        for fixture in RuleFixtures.pinned {
            let rule = try #require(RuleCatalog.rule(fixture.rule))
            let address = try #require(fixture.pinnedAddress)
            #expect(
                rule.resourceTypes.contains(address.type) || rule.resourceTypes.contains(Rule.everyType),
                "\(fixture.rule)"
            )
        }
    }

    @Test func idsAreUniqueAndSorted() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
    }

    /// `RDS003`, `EC2001`, `S3001`: a service prefix of two or three capitals or digits, then three digits.
    @Test func idsAreAServicePrefixAndThreeDigits() {
        for rule in RuleCatalog.all {
            let scalars = Array(rule.id.rawValue.unicodeScalars)
            let shaped =
                (5...6).contains(scalars.count)
                && scalars.first.map { ("A"..."Z").contains($0) } == true
                && scalars.dropLast(3).allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                && scalars.suffix(3).allSatisfy { ("0"..."9").contains($0) }
            #expect(shaped, "\(rule.id)")
        }
    }

    @Test(arguments: RuleCatalog.all.map(\.id))
    func everyRuleIsDocumented(id: RuleID) throws {
        let rule = try #require(RuleCatalog.rule(id))
        #expect(rule.id == id)
        #expect(!rule.title.allSatisfy { $0.isWhitespace })
        #expect(!rule.rationale.allSatisfy { $0.isWhitespace })
        #expect(!rule.remediation.allSatisfy { $0.isWhitespace })
        #expect(!rule.resourceTypes.isEmpty)
        #expect(rule.resourceTypes.allSatisfy { $0.hasPrefix("aws_") || $0 == Rule.everyType })
    }

    @Test func limitsRulesAreNeverWaivableAndSecurityRulesAre() {
        for rule in RuleCatalog.all {
            switch rule.family {
            case .limits, .schema: #expect(!rule.isWaivable, "\(rule.id)")
            case .security: #expect(rule.isWaivable, "\(rule.id)")
            }
        }
        let limits = RuleCatalog.all.filter { $0.family == .limits }
        #expect(!limits.isEmpty)
        // What AWS refuses is an error; a few advisory limits (a missing SES bucket policy) are warnings.
        #expect(limits.allSatisfy { $0.severity != .note })
    }

    @Test func lookup() {
        #expect(RuleCatalog.rule(.rdsPublic)?.id == "RDS001")
        #expect(RuleCatalog.rule("NOPE001") == nil)
    }

    @Test func productionScopeIsOnlyForProdNames() {
        let today = CalendarDate(year: 2026, month: 1, day: 1)
        #expect(PolicyContext(environment: "prod", today: today).isProduction)
        #expect(PolicyContext(environment: "production", today: today).isProduction)
        #expect(PolicyContext(environment: "PROD", today: today).isProduction)
        #expect(!PolicyContext(environment: "dev", today: today).isProduction)
        #expect(!PolicyContext(environment: "staging", today: today).isProduction)
        #expect(!PolicyContext(environment: "preprod", today: today).isProduction)
    }
}
