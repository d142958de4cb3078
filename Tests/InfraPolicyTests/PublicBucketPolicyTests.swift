import InfraCore
import InfraPolicy
import Testing

/// S3B103 names the access block that refuses the policy, and reads a policy written as a policy-document data source.
/// S3001 counts the account's block with the bucket's, and says when a bucket without one is public already.
@Suite struct PublicBucketPolicyTests {
    static let allOn: [String: JSONValue] = [
        "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true,
        "restrict_public_buckets": true,
    ]

    func accessBlockMessages(_ entries: [(String, String, JSONValue)]) -> [String] {
        RuleFixtureTests().findings(Doc.resources(entries), environment: "prod").filter { $0.id == "S3001" }
            .map(\.message)
    }

    @Test func theAccountsBlockCountsWithTheBuckets() {
        var someOn = Self.allOn
        someOn["restrict_public_buckets"] = false
        someOn["block_public_policy"] = false
        var bucketBlock = Self.allOn
        bucketBlock["bucket"] = Doc.ref("aws_s3_bucket.site", "id")
        bucketBlock["block_public_policy"] = false
        let bucket = ("aws_s3_bucket", "site", JSONValue.object(["bucket": "www.example.com"]))
        #expect(
            accessBlockMessages([bucket, ("aws_s3_account_public_access_block", "account", .object(Self.allOn))])
                .isEmpty
        )
        #expect(
            accessBlockMessages([bucket, ("aws_s3_account_public_access_block", "account", .object(someOn))])
                == [
                    "aws_s3_account_public_access_block.account leaves block_public_policy, restrict_public_buckets off"
                ]
        )
        // The bucket's block turns on what the account's leaves off, and the other way round.
        #expect(
            accessBlockMessages([
                bucket, ("aws_s3_bucket_public_access_block", "site", .object(bucketBlock)),
                ("aws_s3_account_public_access_block", "account", .object(someOn)),
            ]) == [
                "aws_s3_bucket_public_access_block.site and aws_s3_account_public_access_block.account leave "
                    + "block_public_policy off"
            ]
        )
    }

    @Test(arguments: [(#""*""#, true), (#"{"Service":"cloudfront.amazonaws.com"}"#, false)])
    func aBucketWithoutABlockAndWithAPublicPolicyIsPublic(principal: String, isPublic: Bool) {
        let entries: [(String, String, JSONValue)] = [
            ("aws_s3_bucket", "site", ["bucket": "www.example.com"]),
            (
                "aws_s3_bucket_policy", "site",
                [
                    "bucket": Doc.ref("aws_s3_bucket.site", "id"),
                    "policy": PublicBucketPolicy.json(principal: principal),
                ]
            ),
        ]
        #expect(
            accessBlockMessages(entries)
                == [
                    "bucket has no public access block"
                        + (isPublic ? ", and its policy lets anyone in: the bucket is public" : "")
                ]
        )
    }

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
