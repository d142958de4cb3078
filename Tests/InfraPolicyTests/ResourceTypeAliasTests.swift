import Foundation
import InfraCore
import InfraPolicy
import Testing

/// Issue 11: a file written with the provider's old names (`aws_alb`, `aws_alb_listener`, …) gets exactly the checks
/// of the current names. Every fixture of a rule on an `aws_lb*` type is rewritten to the old names, references
/// included, and must raise the same findings of its rule, at the old addresses.
@Suite struct ResourceTypeAliasTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    /// Whether a rule is one the aliases share: security and limits rules. Schema rules read the embedded provider
    /// schema, which lists each type under its own name.
    static func shared(_ rule: Rule) -> Bool {
        rule.family != .schema && rule.resourceTypes.contains { $0.hasPrefix("aws_lb") }
    }

    /// The fixtures of rules that look at a type with an old name.
    static let aliased: [RuleFixture] = RuleFixtures.all.filter { fixture in
        RuleCatalog.rule(fixture.rule).map(shared) == true
    }

    /// `document` with every `aws_lb…` type written under its old `aws_alb…` name, through the file reader.
    static func renamed(_ document: JSONValue) -> String {
        JSONEncoding().encode(document).replacingOccurrences(of: "aws_lb", with: "aws_alb")
    }

    /// The findings of `rule` for a Terraform JSON text, as (address, attribute, message).
    static func findings(_ text: String, rule: RuleID, environment: String) throws -> [String] {
        let input = try TerraformJSONInput(text: text, path: "alias.tf.json", environment: environment)
        return input.lint(today: today).filter { $0.id == rule.rawValue }.map {
            "\($0.address ?? "") \($0.attribute ?? "") \($0.message)"
        }
    }

    @Test func everyLoadBalancerRuleHasAliasCases() {
        let rules = Set(RuleCatalog.all.filter(Self.shared).map(\.id))
        #expect(rules.count >= 10)
        #expect(Set(Self.aliased.map(\.rule)) == rules)
    }

    @Test(arguments: aliased)
    func oldNamesRaiseTheSameFindings(fixture: RuleFixture) throws {
        for (index, document) in (fixture.failing + fixture.passing).enumerated() {
            let current = try Self.findings(
                JSONEncoding().encode(document),
                rule: fixture.rule,
                environment: fixture.environment
            )
            let old = try Self.findings(Self.renamed(document), rule: fixture.rule, environment: fixture.environment)
            let expected = current.map { $0.replacingOccurrences(of: "aws_lb", with: "aws_alb") }
            #expect(old == expected, "document \(index): \(old) vs \(expected)")
            if index < fixture.failing.count {
                #expect(!old.isEmpty, "failing[\(index)] raised nothing under old names")
            }
        }
    }

    @Test func aliasesMapToCurrentNames() {
        let document = Doc.resources([
            ("aws_alb", "web", ["internal": false, "drop_invalid_header_fields": true]),
            (
                "aws_alb_listener", "http",
                [
                    "load_balancer_arn": .expression("${aws_alb.web.arn}"), "protocol": "HTTP", "port": 80,
                    "default_action": [
                        ["type": "forward", "target_group_arn": .expression("${aws_alb_target_group.app.arn}")]
                    ],
                ]
            ),
            ("aws_alb_target_group", "app", ["name": "app", "target_type": "ip"]),
        ])
        let rendered = RenderedStack(stack: "alias", environment: "prod", document: document, files: [], waivers: [:])
        let ids = Set(
            PolicyEngine().evaluate(rendered, context: PolicyContext(environment: "prod", today: Self.today)).map(\.id)
        )
        #expect(ids.contains(RuleID.httpRedirectsToHTTPS.rawValue))
        #expect(ids.contains(RuleID.albDeletionProtection.rawValue))
    }

    /// A file that writes some load balancers under the old name and some under the current one gets each resource's
    /// findings once: the engine had read every resource of both names once per name.
    @Test func mixedNamesAreCheckedOnce() throws {
        let text = """
            {"resource": {
              "aws_alb": {"old": {"internal": false, "name": "a", "subnets": ["s1"]}},
              "aws_lb": {"new": {"internal": false, "name": "b", "subnets": ["s2"]}},
              "aws_alb_target_group": {"app": {"name": "app", "target_type": "ip"}}
            }}
            """
        var input = try TerraformJSONInput(text: text, path: "mixed.tf.json", environment: "prod")
        input.index()
        #expect(
            input.resources.map(\.address.description) == ["aws_alb.old", "aws_alb_target_group.app", "aws_lb.new"]
        )
        let findings = input.lint(today: Self.today).map {
            "\($0.id) \($0.address ?? "") \($0.attribute ?? "") \($0.message)"
        }
        #expect(findings.count == Set(findings).count, "repeated: \(findings)")
        let loadBalancerFindings = findings.filter { $0.hasPrefix("ELB006") }
        #expect(loadBalancerFindings.count == 2, "\(loadBalancerFindings)")
    }
}
