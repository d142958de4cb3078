import Foundation
import InfraCore
import Testing

@testable import InfraPolicy

/// The `*.tf.json` files of one folder are one configuration to terraform: a resource's companions, the account's
/// settings and override files may sit in other files than the resource, and a file read alone misjudges it.
@Suite struct TerraformModuleTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)

    static let bucket = """
        {
          "resource": {
            "aws_s3_bucket": {
              "logs": {"bucket": "example-logs"}
            }
          }
        }
        """

    static let bucketBlock = """
        {
          "resource": {
            "aws_s3_bucket_public_access_block": {
              "logs": {
                "bucket": "${aws_s3_bucket.logs.id}",
                "block_public_acls": true, "block_public_policy": true,
                "ignore_public_acls": true, "restrict_public_buckets": true
              }
            }
          }
        }
        """

    static let accountBlock = """
        {
          "resource": {
            "aws_s3_account_public_access_block": {
              "this": {
                "block_public_acls": true, "block_public_policy": true,
                "ignore_public_acls": true, "restrict_public_buckets": true
              }
            }
          }
        }
        """

    static let database = """
        {
          "resource": {
            "aws_db_instance": {
              "main": {
                "identifier": "app", "engine": "postgres", "instance_class": "db.t4g.micro",
                "allocated_storage": 20, "storage_encrypted": true, "publicly_accessible": false,
                "lifecycle": {"prevent_destroy": true}
              }
            }
          }
        }
        """

    func input(_ text: String, _ path: String) throws -> TerraformJSONInput {
        try TerraformJSONInput(text: text, path: path, environment: "dev")
    }

    func module(_ files: [(String, String)]) throws -> TerraformJSONInput {
        try #require(TerraformJSONInput.module(files.map { try input($0.1, $0.0) }))
    }

    /// A bucket whose public access block is in another file of the folder, its own or the account's, has one: read
    /// alone, `main.tf.json` reported S3001, an error.
    @Test(arguments: [bucketBlock, accountBlock])
    func aBlockInAnotherFileCounts(block: String) throws {
        let alone = try input(Self.bucket, "infra/main.tf.json").lint(today: Self.today)
        #expect(alone.contains { $0.id == "S3001" })

        let findings = try module([("infra/main.tf.json", Self.bucket), ("infra/s3.tf.json", block)])
            .lint(today: Self.today)
        #expect(!findings.contains { $0.id == "S3001" }, "\(findings.map(\.message))")
        #expect(findings.contains { $0.id == "S3002" }, "the bucket's other rules still apply")
    }

    /// Each finding belongs to the file it points at, at the line of that file: reports keep a target per file.
    @Test func findingsBelongToTheFileTheyPointAt() throws {
        let queue = """
            {
              "resource": {
                "aws_sqs_queue": {
                  "jobs": {
                    "name": "jobs",
                    "sqs_managed_sse_enabled": false
                  }
                }
              }
            }
            """
        let findings = try module([("infra/main.tf.json", Self.bucket), ("infra/queue.tf.json", queue)])
            .lint(today: Self.today)
        let bucketFinding = try #require(findings.first { $0.address == "aws_s3_bucket.logs" })
        #expect(bucketFinding.stack == "infra/main.tf.json")
        #expect(bucketFinding.location?.file == "infra/main.tf.json")
        let queueFindings = findings.filter { $0.address == "aws_sqs_queue.jobs" }
        #expect(!queueFindings.isEmpty)
        for finding in queueFindings {
            #expect(finding.stack == "infra/queue.tf.json", "\(finding)")
            #expect(finding.location?.file == "infra/queue.tf.json", "\(finding)")
        }
        let encryption = try #require(
            queueFindings.first { $0.attribute?.hasSuffix("sqs_managed_sse_enabled") == true }
        )
        #expect(encryption.location?.line == 6, "at the argument's line in queue.tf.json: \(encryption)")
        #expect(findings == findings.sorted())
    }

    /// An override file replaces the arguments it writes, as terraform applies it after the other files; a finding
    /// about such an argument points at the override. Read alone, the override was a resource of its own, with
    /// findings about every argument it leaves out.
    @Test func anOverrideFileReplacesTheArgumentsItWrites() throws {
        let override = """
            {
              "resource": {
                "aws_db_instance": {
                  "main": {
                    "publicly_accessible": true,
                    "lifecycle": {"ignore_changes": ["tags"]}
                  }
                }
              }
            }
            """
        let base = try module([("db.tf.json", Self.database)])
        #expect(!base.lint(today: Self.today).contains { $0.id == "RDS001" })

        // Named before the file it overrides, as a shell glob may list it: it is applied last all the same.
        let overridden = try module([("db_override.tf.json", override), ("db.tf.json", Self.database)])
        let findings = overridden.lint(today: Self.today)
        let publicFinding = try #require(findings.first { $0.id == "RDS001" })
        #expect(publicFinding.location == SourceLocation(file: "db_override.tf.json", line: 5, column: 9))
        #expect(publicFinding.stack == "db_override.tf.json")
        // The other arguments are still the base file's; `lifecycle` is merged argument by argument.
        let body = overridden.rendered.document["resource"]?["aws_db_instance"]?["main"]
        #expect(body?["storage_encrypted"] == .bool(true))
        #expect(body?["lifecycle"] == ["prevent_destroy": true, "ignore_changes": ["tags"]])
        #expect(
            overridden.rendered.locations[ResourceAddress(type: "aws_db_instance", name: "main")]?.file == "db.tf.json"
        )

        let restoring = override.replacingOccurrences(
            of: "\"publicly_accessible\": true",
            with: "\"publicly_accessible\": false"
        )
        #expect(
            !(try module([("db.tf.json", Self.database), ("override.tf.json", restoring)])).lint(today: Self.today)
                .contains { $0.id == "RDS001" }
        )
    }

    /// Files that declare the same resource are not one configuration (terraform refuses them): a folder of separate
    /// examples. They are left to be read one by one.
    @Test func filesDeclaringTheSameResourceAreNoModule() throws {
        let files = [try input(Self.bucket, "a/one.tf.json"), try input(Self.bucket, "a/two.tf.json")]
        #expect(TerraformJSONInput.module(files) == nil)
        let withOverride = [try input(Self.bucket, "a/one.tf.json"), try input(Self.bucket, "a/one_override.tf.json")]
        #expect(TerraformJSONInput.module(withOverride) != nil, "an override may write the resource again")
    }

    /// A provider configured in a file of its own is checked with the resources of the folder, at its own keys. Read
    /// alone, a file with no resource had none of its provider blocks checked.
    @Test func providersOfEveryFileAreCheckedWhereTheyAreWritten() throws {
        let providers = """
            {
              "provider": {
                "aws": {"alias": "use1", "region": "us-east-1", "access_key": "AKIAABCDEFGHIJKLMNOP"}
              }
            }
            """
        let main = """
            {
              "provider": {"aws": {"region": "eu-west-1", "secret_key": "abc"}},
              "resource": {"aws_s3_bucket": {"logs": {"bucket": "example-logs"}}}
            }
            """
        let findings = try module([("main.tf.json", main), ("providers.tf.json", providers)])
            .lint(today: Self.today)
        let keys = findings.filter { $0.id == "IAM007" }
        #expect(
            keys.map(\.location) == [
                SourceLocation(file: "main.tf.json", line: 2, column: 47),
                SourceLocation(file: "providers.tf.json", line: 3, column: 53),
            ]
        )
        #expect(keys.map(\.stack) == ["main.tf.json", "providers.tf.json"])
        #expect(keys.last?.message.contains("alias `use1`") == true, "\(keys.map(\.message))")
    }

    @Test func overrideFilesAreNamedAsTerraformNamesThem() {
        for path in ["override.tf.json", "x/override.tf.json", "x/db_override.tf.json"] {
            #expect(TerraformJSONInput.isOverride(path), "\(path)")
        }
        for path in ["x/overrides.tf.json", "x/override.json", "x/main.tf.json", "override_main.tf.json"] {
            #expect(!TerraformJSONInput.isOverride(path), "\(path)")
        }
    }

    /// A secret default in `variables.tf.json` is reported at its line there, in a folder whose resources are in
    /// another file.
    @Test func aSecretVariableInAnotherFileIsPlacedThere() throws {
        let variables = """
            {
              "variable": {"api_token": {"default": "t-123"}}
            }
            """
        let findings = try module([("main.tf.json", Self.bucket), ("variables.tf.json", variables)])
            .lint(today: Self.today)
        let secret = try #require(findings.first { $0.id == "VAR001" })
        #expect(secret.location == SourceLocation(file: "variables.tf.json", line: 2, column: 30))
        #expect(secret.stack == "variables.tf.json")
    }

    /// Why files are no module: the smallest address two of them declare, with the two files; an override that writes
    /// a resource again is no reason.
    @Test func theRedeclarationNamesTheResourceAndBothFiles() throws {
        let queueAndBucket = #"{"resource": {"aws_sqs_queue": {"q": {"name": "q"}}, "aws_s3_bucket": {"logs": {}}}}"#
        let files = [
            try input(queueAndBucket, "a/one.tf.json"), try input(Self.bucket, "a/two.tf.json"),
            try input(queueAndBucket, "a/three.tf.json"),
        ]
        let found = try #require(TerraformJSONInput.redeclaration(in: files))
        #expect(found.address == ResourceAddress(type: "aws_s3_bucket", name: "logs"))
        #expect(found.files == ["a/one.tf.json", "a/two.tf.json"])
        let overridden = [try input(Self.bucket, "a/main.tf.json"), try input(Self.bucket, "a/main_override.tf.json")]
        #expect(TerraformJSONInput.redeclaration(in: overridden) == nil)
    }
}
