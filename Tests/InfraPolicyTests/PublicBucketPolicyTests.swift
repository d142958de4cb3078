import InfraCore
import InfraPolicy
import Testing

/// S3B103 names the access block that refuses the policy, and reads a policy written as a policy-document data source.
@Suite struct PublicBucketPolicyTests {
    @Test func theFindingNamesTheBlockThatRefusesThePolicy() throws {
        let document = PublicBucketPolicy.document(policy: PublicBucketPolicy.json(principal: #""*""#), blocks: true)
        let findings = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == "S3B103" }
        let finding = try #require(findings.only)
        #expect(finding.address == "aws_s3_bucket_policy.site")
        #expect(finding.attribute == "policy")
        #expect(
            finding.message
                == "the policy grants `*` with no condition limiting the caller, and "
                + "`aws_s3_bucket_public_access_block.site` has block_public_policy = true, so S3 refuses it (AccessDenied)"
        )
    }

    @Test func aPolicyDocumentDataSourceIsRead() {
        let statement: JSONValue = [
            "actions": ["s3:GetObject"], "principals": [["type": "*", "identifiers": ["*"]]],
        ]
        let document = Doc.withData(
            PublicBucketPolicy.document(policy: .expression("${data.aws_iam_policy_document.read.json}"), blocks: true),
            [("aws_iam_policy_document", "read", ["statement": [statement]])]
        )
        let ids = RuleFixtureTests().findings(document, environment: "prod").map(\.id)
        #expect(ids.contains("S3B103"), "\(ids)")
    }
}
