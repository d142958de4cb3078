import InfraCore

// S3001 and S3B103: the public access blocks of a bucket, and the bucket policies they let through or refuse.
extension S3Rules {
    /// S3001: the settings no public access block of the bucket turns on. S3 applies the stricter of the bucket's
    /// block and the account's (`aws_s3_account_public_access_block`, taken to be the account of the document), so a
    /// setting counts as on when either turns it on. A bucket with no block at all whose policy lets anyone in is
    /// public now, not one mistake away from it, and the finding says so.
    static func publicAccessBlockViolations(of bucket: ResourceView) -> [Violation] {
        let blocks =
            Array(bucket.companions(ofType: "aws_s3_bucket_public_access_block").prefix(1))
            + bucket.document.resources(ofType: "aws_s3_account_public_access_block")
        guard !blocks.isEmpty else {
            let policies = [bucket] + bucket.companions(ofType: "aws_s3_bucket_policy")
            let isPublic = policies.contains { policy in
                (PrincipalStatement.statements(of: policy, in: "policy") ?? []).contains {
                    $0.admitsEveryone(unlessConditionedOn: nonPublicConditionKeys)
                }
            }
            return [
                Violation(
                    nil,
                    "bucket has no public access block"
                        + (isPublic ? ", and its policy lets anyone in: the bucket is public" : "")
                )
            ]
        }
        let settings = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]
        let off = settings.filter { setting in
            !blocks.contains { AttributeValue.boolean($0[setting]).mayBe(true) }
        }
        guard !off.isEmpty else { return [] }
        let names = Wording.list(blocks.map { "\($0.address)" })
        return [Violation(nil, "\(names) \(blocks.count == 1 ? "leaves" : "leave") \(off.joined(separator: ", ")) off")]
    }

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
