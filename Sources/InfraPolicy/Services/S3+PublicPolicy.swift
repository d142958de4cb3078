import InfraCore

// S3B103: a public bucket policy on a bucket whose public access block (or the account's) blocks public policies.
extension S3Rules {
    /// Condition keys that make a statement granting `*` non-public in S3's sense: those of any resource policy, and
    /// S3's access-point keys. Lower case.
    static let nonPublicConditionKeys = PrincipalStatement.callerLimitingKeys.union([
        "s3:dataaccesspointaccount", "s3:dataaccesspointarn",
    ])

    static func s3PublicPolicyBlocked(_ policy: ResourceView) -> [Violation] {
        guard let statements = PrincipalStatement.statements(of: policy, in: "policy") else { return [] }
        let isPublic = statements.contains { $0.admitsEveryone(unlessConditionedOn: nonPublicConditionKeys) }
        guard isPublic, let block = blockingAccessBlocks(of: policy).first else { return [] }
        return [
            Violation(
                "policy",
                "the policy grants `*` with no condition limiting the caller, and `\(block.address)` has "
                    + "block_public_policy = true, so S3 refuses it (AccessDenied)"
            )
        ]
    }

    /// The public access blocks with `block_public_policy = true` that apply to the policy's bucket: the bucket's own
    /// (found through the bucket, by reference or by name), and the account's.
    static func blockingAccessBlocks(of policy: ResourceView) -> [ResourceView] {
        let document = policy.document
        var blocks: [ResourceView] = []
        if let bucket = document.target(of: policy["bucket"], ofType: "aws_s3_bucket") {
            blocks = bucket.companions(ofType: "aws_s3_bucket_public_access_block")
        } else if let text = policy["bucket"]?.templateText {
            blocks = document.resources(ofType: "aws_s3_bucket_public_access_block", withText: text, in: "bucket")
                .filter { $0["bucket"]?.templateText == text }
        }
        blocks += document.resources(ofType: "aws_s3_account_public_access_block")
        return blocks.filter { AttributeValue.boolean($0["block_public_policy"]).isKnown(true) }
    }
}
