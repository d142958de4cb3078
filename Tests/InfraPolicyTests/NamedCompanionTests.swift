import InfraCore
import InfraPolicy
import Testing

/// A bucket's configuration resources may give the bucket's name as text (`"bucket": "acme-data"`) instead of a
/// reference, and terraform applies them all the same; the rules that look for those companions find both kinds, and
/// a companion giving the same expression for the name as the bucket (`${var.bucket}` in both).
@Suite struct NamedCompanionTests {
    static let publicAccessBlock: [String: JSONValue] = [
        "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true,
        "restrict_public_buckets": true,
    ]

    func ids(_ resources: JSONValue) -> [String] {
        RuleFixtureTests().findings(["resource": resources], environment: "prod").map(\.id)
    }

    @Test(arguments: [
        ("acme-data-bucket", "acme-data-bucket", false),
        ("acme-data-bucket", "acme-other-bucket", true),
        ("${var.bucket}", "${var.bucket}", false),
        ("${var.bucket}", "${var.other}", true),
    ])
    func aPublicAccessBlockNamesItsBucket(bucket: String, named: String, reported: Bool) {
        func value(_ text: String) -> JSONValue { text.hasPrefix("${") ? .expression(text) : .string(text) }
        var block = Self.publicAccessBlock
        block["bucket"] = value(named)
        let found = ids([
            "aws_s3_bucket": ["data": ["bucket": value(bucket)]],
            "aws_s3_bucket_public_access_block": ["data": .object(block)],
        ])
        #expect(found.contains("S3001") == reported, "\(found)")
    }

    @Test func versioningNamesItsBucket() {
        let versioning: JSONValue = ["bucket": "acme-data-bucket", "versioning_configuration": ["status": "Enabled"]]
        let bucket: JSONValue = ["aws_s3_bucket": ["data": ["bucket": "acme-data-bucket"]]]
        #expect(ids(bucket).contains("S3002"))
        let both: JSONValue = [
            "aws_s3_bucket": ["data": ["bucket": "acme-data-bucket"]],
            "aws_s3_bucket_versioning": ["data": versioning],
        ]
        #expect(!ids(both).contains("S3002"))
    }

    @Test func anInvokeConfigNamesItsFunction() {
        let function: JSONValue = [
            "function_name": "ingest", "role": "arn:aws:iam::111122223333:role/ingest", "runtime": "python3.12",
            "handler": "main.handler", "filename": "ingest.zip",
        ]
        let config: JSONValue = [
            "function_name": "ingest",
            "destination_config": ["on_failure": ["destination": "arn:aws:sqs:us-east-1:111122223333:failed"]],
        ]
        #expect(ids(["aws_lambda_function": ["ingest": function]]).contains("LMB007"))
        let both: JSONValue = [
            "aws_lambda_function": ["ingest": function],
            "aws_lambda_function_event_invoke_config": ["ingest": config],
        ]
        #expect(!ids(both).contains("LMB007"))
    }
}
