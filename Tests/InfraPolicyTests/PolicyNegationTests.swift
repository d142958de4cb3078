import InfraCore
import Testing

@testable import InfraPolicy

/// `NotAction` and `NotResource` in IAM policies: an Allow with `NotAction` grants every action but the ones it lists
/// (and every action AWS adds later), and `NotResource` covers every resource but the ones it lists. The grant rules
/// read both, in JSON policies and in `aws_iam_policy_document` data sources, instead of seeing no action at all.
@Suite struct PolicyNegationTests {
    func findings(_ policy: JSONValue, data: [String: JSONValue] = [:]) -> [Diagnostic] {
        var document: [String: JSONValue] = ["resource": ["aws_iam_policy": ["main": ["policy": policy]]]]
        if !data.isEmpty { document["data"] = ["aws_iam_policy_document": .object(data)] }
        return RuleFixtureTests().findings(.object(document), environment: "prod")
    }

    func json(_ statement: String) -> JSONValue {
        .string(#"{"Version":"2012-10-17","Statement":["# + statement + "]}")
    }

    @Test func anAllowWithNotActionAllowsEveryActionButThoseListed() throws {
        let found = findings(
            json(#"{"Sid":"Most","Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"}"#)
        )
        let finding = try #require(found.filter { $0.id == "IAM002" }.only, "\(found)")
        #expect(
            finding.message.hasSuffix(
                "statement `Most` allows every action but `iam:*` and `organizations:*` (an Allow with NotAction)"
            )
        )
        // Every action includes iam:PassRole and sts:AssumeRole; IAM002's fix is theirs, so they are not repeated.
        #expect(found.map(\.id).filter { $0.hasPrefix("IAM") } == ["IAM002"])
    }

    @Test func aDataSourceWithNotActionsIsReadAlike() throws {
        let found = findings(
            .expression("${data.aws_iam_policy_document.most.json}"),
            data: ["most": ["statement": [["effect": "Allow", "not_actions": ["iam:*"], "resources": ["*"]]]]]
        )
        let finding = try #require(found.filter { $0.id == "IAM002" }.only, "\(found)")
        #expect(finding.message.hasSuffix("statement `#0` allows every action but `iam:*` (an Allow with NotAction)"))
    }

    @Test func aDenyWithNotActionGrantsNothing() {
        let found = findings(json(#"{"Effect":"Deny","NotAction":["iam:*"],"Resource":"*"}"#))
        #expect(found.filter { $0.id.hasPrefix("IAM") }.isEmpty, "\(found)")
    }

    @Test func notResourceCoversEveryOtherResource() throws {
        let found = findings(
            json(#"{"Sid":"Pass","Effect":"Allow","Action":"iam:PassRole","NotResource":"arn:aws:iam::1:role/admin"}"#)
        )
        let finding = try #require(found.filter { $0.id == "IAM001" }.only, "\(found)")
        #expect(
            finding.message.hasSuffix(
                "statement `Pass` allows iam:PassRole on every resource but `arn:aws:iam::1:role/admin`"
            )
        )
    }

    /// Every action on `*` is reported once, by IAM002, as IAM004 already did for sts:AssumeRole.
    @Test func everyActionIsOneFinding() {
        let found = findings(json(#"{"Effect":"Allow","Action":"*","Resource":"*"}"#))
        #expect(found.map(\.id).filter { $0.hasPrefix("IAM") } == ["IAM002"])
    }

    static let globs: [(String, String, Bool)] = [
        ("iam:PassRole", "iam:passrole", true),
        ("IAM:PASS*", "iam:PassRole", true),
        ("iam:*Role", "iam:PassRole", true),
        ("iam:P?ssRole", "iam:PassRole", true),
        ("*", "sts:AssumeRole", true),
        ("iam:*", "iam:PassRole", true),
        ("iam:Get*", "iam:PassRole", false),
        ("iam:PassRole?", "iam:PassRole", false),
        ("iam:*Roles", "iam:PassRole", false),
        ("s3:*", "iam:PassRole", false),
        ("", "iam:PassRole", false),
    ]

    @Test(arguments: globs)
    func actionsMatchAsIAMMatchesThem(pattern: String, action: String, expected: Bool) {
        #expect(PolicyStatements.matches(pattern, action) == expected)
    }
}
