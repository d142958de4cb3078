import Foundation
import Testing

/// Issue 11: `infragen explain` answers for a checkov id (adopted by which rule, or declined and why), and
/// `infragen rules` lists the declined checks after the rules, in every format.
@Suite struct CheckovDecisionCommandTests {
    let cli = CLITests()

    @Test func explainSaysWhichRuleAdoptsACheckOrWhyItIsDeclined() throws {
        let adopted = try cli.infragen(["explain", "ckv_aws_116"])
        #expect(adopted.status == 0)
        #expect(
            adopted.stdout.hasPrefix("CKV_AWS_116: Ensure that AWS Lambda function is configured for a Dead Letter")
        )
        #expect(adopted.stdout.contains("adopted by: LMB007"))
        let declined = try cli.infragen(["explain", "CKV_AWS_144"])
        #expect(declined.status == 0)
        #expect(declined.stdout.contains("declined: cross-region replication is a DR decision"))
        let unknown = try cli.infragen(["explain", "CKV_AWS_99999"])
        #expect(unknown.status == 2)
    }

    @Test func rulesListTheDeclinedChecksInEveryFormat() throws {
        let text = try cli.infragen(["rules"])
        #expect(text.stdout.contains("\nCKV_AWS_144  declined  cross-region replication is a DR decision\n"))
        let json = try cli.infragen(["rules", "--format", "json"])
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        )
        #expect(entries.contains { $0["declinedCheckov"] as? String == "CKV_AWS_272" && $0["reason"] is String })
        let markdown = try cli.infragen(["rules", "--format", "markdown"])
        #expect(markdown.stdout.contains("| CKV_AWS_144 | cross-region replication is a DR decision |"))
    }
}
