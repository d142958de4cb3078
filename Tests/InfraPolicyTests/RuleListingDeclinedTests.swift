import Foundation
import InfraPolicy
import Testing

/// The rule listing without declined checks is what it always was; with them, they follow the rules.
@Suite struct RuleListingDeclinedTests {
    @Test func declinedChecksFollowTheRulesInEachFormat() throws {
        let rules = Array(RuleCatalog.all.prefix(2))
        let declined = ["CKV_AWS_144": "a DR decision", "CKV2_AWS_57": "no rotation function"]
        #expect(RuleListing.render(rules, format: .text, declined: [:]) == RuleListing.render(rules, format: .text))
        let text = RuleListing.render(rules, format: .text, declined: declined)
        #expect(text.hasSuffix("\nCKV2_AWS_57  declined  no rotation function\nCKV_AWS_144  declined  a DR decision\n"))
        let markdown = RuleListing.render(rules, format: .markdown, declined: declined)
        #expect(markdown.contains("| checkov | Reason |\n|---|---|\n| CKV2_AWS_57 | no rotation function |\n"))
        let json = RuleListing.render(rules, format: .json, declined: declined)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 4)
        #expect(entries.last?["declinedCheckov"] as? String == "CKV_AWS_144")
    }

    /// Ids of five characters (`S3001`) and six (`RDS001`) line up: the severity starts in one column on every line.
    @Test func theColumnsLineUp() throws {
        let text = RuleListing.render(RuleCatalog.all, format: .text)
        #expect(text.contains("\nS3001   error    security  Buckets block all public access\n"), "\(text)")
        let severityColumns = Set(
            text.split(separator: "\n").map { line in
                line.prefix { $0 != " " }.count + line.drop { $0 != " " }.prefix { $0 == " " }.count
            }
        )
        #expect(severityColumns == [8])
    }
}
