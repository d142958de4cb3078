import InfraCore
import Testing

@testable import InfraPolicy

/// A resource with a literal `count` of 0 or an empty literal `for_each` is declared but never created: the rules of
/// its type would report settings of nothing. The schema rules still read it, as `terraform validate` does.
@Suite struct InstancelessResourceTests {
    static let switches: [(String, JSONValue, Bool)] = [
        ("count", 0, false),
        ("count", "0", false),
        ("for_each", [:], false),
        ("for_each", [], false),
        ("count", 1, true),
        ("count", "${var.enabled ? 1 : 0}", true),
        ("for_each", ["a": "x"], true),
        ("for_each", "${toset(var.names)}", true),
    ]

    @Test(arguments: switches)
    func typeRulesReadOnlyResourcesThatExist(meta: String, value: JSONValue, checked: Bool) {
        let queue: JSONValue = .object(["name": "jobs", meta: value, "visibility_timeout_seconds": "soon"])
        let document: JSONValue = ["resource": ["aws_sqs_queue": ["jobs": queue]]]
        let ids = Set(RuleFixtureTests().findings(document, environment: "prod").map(\.id))
        #expect(ids.contains("SQS002") == checked, "\(ids)")
        // The schema still reads the resource: the timeout is not a number either way.
        #expect(ids.contains("SCH004"), "\(ids)")
    }

    /// A resource that is never created neither satisfies nor breaks another's rule: a public access block, a
    /// versioning resource or account-wide EBS encryption switched off leaves the bucket or volume without it, and a
    /// switched-off public access block does not make S3 refuse a bucket policy.
    @Test(arguments: [false, true])
    func companionsWithoutInstancesDoNotCount(switchedOff: Bool) {
        func switched(_ body: [String: JSONValue]) -> JSONValue {
            var body = body
            if switchedOff { body["count"] = 0 }
            return .object(body)
        }
        func ids(_ resources: JSONValue) -> Set<String> {
            Set(RuleFixtureTests().findings(["resource": resources], environment: "prod").map(\.id))
        }
        let bucket: JSONValue = ["bucket": "acme-data-bucket"]
        let block = switched([
            "bucket": .expression("${aws_s3_bucket.data.id}"), "block_public_acls": true, "block_public_policy": true,
            "ignore_public_acls": true, "restrict_public_buckets": true,
        ])
        let versioning = switched([
            "bucket": "acme-data-bucket", "versioning_configuration": ["status": "Enabled"],
        ])
        let publicRead = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
              "Resource": "arn:aws:s3:::acme-data-bucket/*"}]}
            """
        let found = ids([
            "aws_s3_bucket": ["data": bucket],
            "aws_s3_bucket_public_access_block": ["data": block],
            "aws_s3_bucket_versioning": ["data": versioning],
            "aws_s3_bucket_policy": [
                "data": ["bucket": .expression("${aws_s3_bucket.data.id}"), "policy": .string(publicRead)]
            ],
        ])
        #expect(found.contains("S3001") == switchedOff, "\(found)")
        #expect(found.contains("S3002") == switchedOff, "\(found)")
        #expect(found.contains("S3B103") == !switchedOff, "\(found)")
        let volume = ids([
            "aws_ebs_volume": ["main": ["availability_zone": "eu-west-1a", "size": 20]],
            "aws_ebs_encryption_by_default": ["on": switched([:])],
        ])
        #expect(volume.contains("EC2006") == switchedOff, "\(volume)")
    }

    /// The document index notes the meta-arguments as it reads each body; a view of a body of its own looks them up.
    /// Both say the same, for every switch above and every fixture document.
    @Test func theIndexAndAViewOfItsOwnAgree() {
        var documents = RuleFixtures.all.flatMap { $0.passing + $0.failing }
        for (meta, value, _) in Self.switches {
            documents.append(["resource": ["aws_sqs_queue": ["q": .object(["name": "q", meta: value])]]])
        }
        documents.append(["resource": ["aws_security_group": ["g": ["dynamic": ["ingress": ["for_each": "${var.x}"]]]]]]
        )
        var views = 0
        for document in documents {
            for indexed in PolicyEngine.resources(in: document) {
                let own = ResourceView(address: indexed.address, attributes: indexed.attributes)
                #expect(own.declaresNoInstances == indexed.declaresNoInstances, "\(indexed.address)")
                #expect(own["ingress"] == indexed["ingress"], "\(indexed.address)")
                views += 1
            }
        }
        #expect(views > 300)
    }
}
