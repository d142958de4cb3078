import Foundation
import InfraCore
import InfraPolicy
import Testing

/// Reading a Terraform JSON file infragen did not write, and locating findings in it.
@Suite struct TerraformJSONInputTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    /// Object form for the database, the list-of-objects forms for the target groups.
    static let file = """
        {
          "//": {"metadata": {"backend": "local"}},
          "resource": [
            {
              "aws_db_instance": {
                "main": {
                  "identifier": "app",
                  "publicly_accessible": true,
                  "storage_encrypted": true,
                  "multi_az": false
                }
              }
            },
            {
              "aws_lb_target_group": [
                {"api": {"name": "a-target-group-name-that-is-forty-chars", "port": 80}},
                {"web": [{"name": "web", "port": 80}]}
              ]
            }
          ]
        }
        """

    @Test func readsObjectAndListFormsAndLocatesResources() throws {
        let input = try TerraformJSONInput(text: Self.file, path: "cdk.tf.json", environment: "unknown")
        #expect(input.resourceCount == 3)
        #expect(input.rendered.stack == "cdk.tf.json")
        #expect(
            input.rendered.locations[ResourceAddress(type: "aws_db_instance", name: "main")]
                == SourceLocation(file: "cdk.tf.json", line: 6, column: 9)
        )
        #expect(input.rendered.locations[ResourceAddress(type: "aws_lb_target_group", name: "web")]?.line == 17)
        #expect(
            PolicyEngine.resources(in: input.rendered.document).map(\.address.description) == [
                "aws_db_instance.main", "aws_lb_target_group.api", "aws_lb_target_group.web",
            ]
        )
    }

    @Test func findingsPointAtTheAttributeWithItsJSONPath() throws {
        let findings = try TerraformJSONInput(text: Self.file, path: "cdk.tf.json", environment: "unknown").lint(
            today: Self.today
        )
        let publicDatabase = try #require(findings.first { $0.id == "RDS001" })
        #expect(publicDatabase.location == SourceLocation(file: "cdk.tf.json", line: 8, column: 11))
        #expect(publicDatabase.attribute == "resource.aws_db_instance.main.publicly_accessible")
        #expect(publicDatabase.stack == "cdk.tf.json")
        #expect(publicDatabase.environment == "unknown")
        let longName = try #require(findings.first { $0.id == "ELB002" })
        #expect(longName.address == "aws_lb_target_group.api")
        #expect(longName.location?.line == 16)
        #expect(longName.attribute == "resource.aws_lb_target_group.api.name")
        #expect(
            !findings.contains { $0.id == "RDS003" },
            "production-only rules do not apply to an unknown environment"
        )
        #expect(findings == findings.sorted())

        let production = try TerraformJSONInput(text: Self.file, path: "cdk.tf.json", environment: "production").lint(
            today: Self.today
        )
        let multiAZ = try #require(production.first { $0.id == "RDS003" })
        #expect(multiAZ.location?.line == 10)
    }

    @Test func anAttributeTheResourceDoesNotWriteIsLocatedAtTheResource() throws {
        let text = """
            {"resource": {"aws_db_instance": {"main": {
              "publicly_accessible": false
            }}}}
            """
        let findings = try TerraformJSONInput(text: text, path: "a.json", environment: "dev").lint(today: Self.today)
        let unencrypted = try #require(findings.first { $0.id == "RDS002" })
        #expect(unencrypted.location == SourceLocation(file: "a.json", line: 1, column: 35))
        #expect(unencrypted.attribute == "resource.aws_db_instance.main.storage_encrypted")
    }

    /// Literal credentials are a finding about the provider block, so they point at the key in it (the second
    /// configuration here, an alias), not at whichever resource comes first.
    @Test func providerFindingsPointAtTheProviderKey() throws {
        let text = """
            {
              "provider": {"aws": [
                {"region": "us-east-1"},
                {"alias": "eu", "region": "eu-west-1",
                 "secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
              ]},
              "resource": {"aws_sqs_queue": {"q": {"name": "q"}}}
            }
            """
        let findings = try TerraformJSONInput(text: text, path: "p.tf.json", environment: "dev").lint(today: Self.today)
        let credentials = try #require(findings.first { $0.id == "IAM007" })
        #expect(credentials.location == SourceLocation(file: "p.tf.json", line: 5, column: 6))
        #expect(credentials.attribute == "provider.aws[1].secret_key")
        #expect(credentials.address == nil)
    }

    /// A secret variable default or local points at the key it is written at, in a file with resources or without.
    @Test func secretVariablesAndLocalsPointAtTheirKeys() throws {
        let text = """
            {
              "variable": {
                "db_password": {"type": "string",
                                "default": "hunter2"}
              },
              "locals": [{"api_token": "t-123"}]
            }
            """
        let findings = try TerraformJSONInput(text: text, path: "variables.tf.json", environment: "dev")
            .lint(today: Self.today)
        #expect(findings.map(\.id) == ["VAR001", "VAR001"], "\(findings)")
        #expect(
            findings.map(\.location) == [
                SourceLocation(file: "variables.tf.json", line: 4, column: 21),
                SourceLocation(file: "variables.tf.json", line: 6, column: 15),
            ]
        )
        #expect(findings.allSatisfy { $0.address == nil })
    }

    /// A file that configures the provider and declares no resource (`providers.tf.json`, linted alone) has its
    /// provider blocks checked all the same: its literal key passed, as no resource's rules ran.
    @Test func aProviderFileWithoutResourcesIsChecked() throws {
        let text = """
            {
              "provider": {"aws": {"region": "eu-west-1",
                                   "access_key": "AKIAIOSFODNN7EXAMPLE"}}
            }
            """
        let findings = try TerraformJSONInput(text: text, path: "providers.tf.json", environment: "dev")
            .lint(today: Self.today)
        #expect(findings.map(\.id) == ["IAM007"], "\(findings)")
        #expect(findings.first?.location == SourceLocation(file: "providers.tf.json", line: 3, column: 24))
        #expect(findings.first?.stack == "providers.tf.json")
        let clean = text.replacingOccurrences(
            of: "\"access_key\": \"AKIAIOSFODNN7EXAMPLE\"",
            with: "\"profile\": \"ci\""
        )
        #expect(
            try TerraformJSONInput(text: clean, path: "providers.tf.json", environment: "dev").lint(today: Self.today)
                .isEmpty
        )
    }

    @Test func syntaxErrorsKeepTheirPosition() {
        #expect(throws: DiagnosticError.self) {
            try TerraformJSONInput(text: "{\n  \"resource\": {,}\n}", path: "bad.json", environment: "prod")
        }
        do {
            _ = try TerraformJSONInput(text: "{\n  \"resource\": {,}\n}", path: "bad.json", environment: "prod")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["JSON001"])
            #expect(error.diagnostics.first?.location == SourceLocation(file: "bad.json", line: 2, column: 16))
            #expect(error.diagnostics.first?.stack == "bad.json")
        }
    }

    @Test(arguments: [
        ("[1]", "a Terraform JSON file holds an object, found an array", 1),
        ("{\"resource\": 3}", "`resource` must be an object or a list of objects, found a number", 1),
        (
            "{\"resource\": {\"aws_s3_bucket\": [\"b\"]}}",
            "`resource.aws_s3_bucket` must be an object or a list of objects, found a list holding a string", 1
        ),
        (
            "{\"resource\": {\"aws_s3_bucket\": {\"b\": null}}}",
            "`resource.aws_s3_bucket.b` must be an object or a list of objects, found null", 1
        ),
    ])
    func malformedStructureIsTFJ001(text: String, message: String, line: Int) {
        do {
            _ = try TerraformJSONInput(text: text, path: "x.json", environment: "prod")
            Issue.record("expected TFJ001")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["TFJ001"])
            #expect(error.diagnostics.first?.message == message)
            #expect(error.diagnostics.first?.location?.line == line)
        }
    }

    @Test func aResourceDeclaredTwiceIsTFJ002() {
        let text = """
            {"resource": [
              {"aws_s3_bucket": {"logs": {"bucket": "a"}}},
              {"aws_s3_bucket": {"logs": {"bucket": "b"}}}
            ]}
            """
        do {
            _ = try TerraformJSONInput(text: text, path: "x.json", environment: "prod")
            Issue.record("expected TFJ002")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["TFJ002"])
            #expect(
                error.diagnostics.first?.message
                    == "declared again; the first declaration is at line 2"
            )
            #expect(error.diagnostics.first?.location?.line == 3)
        }
    }

    func problems(_ text: String) -> [Diagnostic] {
        do {
            _ = try TerraformJSONInput(text: text, path: "x.tf.json", environment: "prod")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// terraform 1.11 merges a repeated top-level key; so does the reader (issue 11).
    @Test func repeatedTopLevelKeysAreMerged() throws {
        let text = """
            {"resource": {"aws_sqs_queue": {"a": {"name": "a"}}},
             "resource": {"aws_sqs_queue": {"b": {"name": "b"}}, "aws_sns_topic": {"t": {}}},
             "locals": {"x": 1}, "locals": {"y": 2},
             "provider": [{"aws": {"region": "us-east-1"}}, {"aws": {"alias": "west", "region": "us-west-2"}}]}
            """
        let input = try TerraformJSONInput(text: text, path: "x.tf.json", environment: "prod")
        #expect(input.resourceCount == 3)
        let document = try #require(input.rendered.document.objectValue)
        #expect(document["locals"]?.objectValue?.keys.sorted() == ["x", "y"])
        #expect(document["provider"]?.objectValue?["aws"]?.blocks.count == 2)
        #expect(
            input.rendered.locations[ResourceAddress(type: "aws_sqs_queue", name: "b")]?.line == 2
        )
    }

    @Test func repeatedBlocksInABodyBecomeAListAndRepeatedArgumentsAreRefused() throws {
        let blocks = try TerraformJSONInput(
            text:
                #"{"resource": {"aws_db_instance": {"d": {"timeouts": {"create": "1h"}, "timeouts": {"delete": "1h"}}}}}"#,
            path: "x.tf.json",
            environment: "prod"
        )
        let body = blocks.rendered.document.objectValue?["resource"]?.objectValue?["aws_db_instance"]?
            .objectValue?["d"]?.objectValue
        #expect(body?["timeouts"]?.blocks.count == 2)

        let repeated = problems("{\"resource\": {\"aws_sqs_queue\": {\"q\": {\"name\": \"a\",\n\"name\": \"b\"}}}}")
        #expect(repeated.map(\.id) == ["TFJ005"])
        #expect(repeated.first?.location == SourceLocation(file: "x.tf.json", line: 2, column: 1))
    }

    @Test func jsonThatIsNotTerraformIsRefused() {
        let package = problems(#"{"name": "app", "version": "1.0.0"}"#)
        #expect(package.map(\.id) == ["TFJ004"])
        #expect(package.first?.message.contains("(its keys: `name`, `version`)") == true)
        #expect(problems("{}").map(\.id) == ["TFJ004"])
        let typo = problems(#"{"resources": {}, "resource": {}}"#)
        #expect(typo.map(\.id) == ["TFJ003"])
        #expect(typo.first?.message == "`resources` is not a Terraform block type")
    }

    /// Issue 11: a file that pins another major version of hashicorp/aws gets one note instead of schema findings
    /// about arguments that version may not have; the security rules still run. A constraint that allows 5.x, or
    /// none, keeps the schema findings. Both forms of `required_providers.aws`: the `source`/`version` object and
    /// the legacy version string.
    @Test(arguments: [
        PinnedProvider(#"{"source": "hashicorp/aws", "version": "~> 4.16"}"#, pins: 4),
        PinnedProvider(#"{"source": "hashicorp/aws", "version": "= 6.2.0"}"#, pins: 6),
        PinnedProvider(#"{"source": "hashicorp/aws", "version": "4.67.0"}"#, pins: 4),
        PinnedProvider(#""~> 4.16""#, pins: 4),
        PinnedProvider(#""= 6.2.0""#, pins: 6),
        PinnedProvider(#"{"source": "hashicorp/aws", "version": ">= 5.20"}"#, pins: nil),
        PinnedProvider(#"{"source": "hashicorp/aws", "version": "~> 5.0"}"#, pins: nil),
        PinnedProvider(#"{"source": "hashicorp/aws", "version": "~> 5.100"}"#, pins: nil),
        PinnedProvider(#"{"source": "hashicorp/aws"}"#, pins: nil),
        PinnedProvider(#"">= 5.20""#, pins: nil),
        PinnedProvider(#""~> 5.0""#, pins: nil),
        PinnedProvider(nil, pins: nil),
    ])
    func anotherPinnedMajorReplacesSchemaFindings(_ provider: PinnedProvider) throws {
        let terraform = provider.aws.map { #""terraform": {"required_providers": {"aws": \#($0)}},"# } ?? ""
        let text = """
            {\(terraform)
             "resource": {"aws_db_instance": {"main": {"instance_class": "db.t3.micro", "publicly_accessible": true, "not_an_argument": 1}},
                          "aws_lb_listner": {"typo": {"port": 443}},
                          "random_id": {"suffix": {"byte_length": 4}}}}
            """
        let findings = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "dev").lint(
            today: Self.today
        )
        let schemaIDs = Set(RuleCatalog.all.filter { $0.family == .schema }.map(\.id.rawValue))
        let schemaFindings = findings.filter { schemaIDs.contains($0.id) }
        // The security rules run either way.
        #expect(findings.contains { $0.id == "RDS001" && $0.address == "aws_db_instance.main" })
        if let major = provider.pins {
            let note = try #require(schemaFindings.first)
            #expect(schemaFindings.count == 1, "\(schemaFindings.map(\.description))")
            #expect(note.id == "SCH008" && note.severity == .note && note.address == nil)
            #expect(note.attribute == "terraform.required_providers.aws.version")
            #expect(
                note.message
                    == "the file pins hashicorp/aws \(major).x, and infragen's embedded schema is 5.100.0, so arguments are not checked against the schema"
            )
        } else {
            #expect(schemaFindings.map(\.id).sorted() == ["SCH001", "SCH008", "SCH009"])
            #expect(schemaFindings.first { $0.id == "SCH001" }?.address == "aws_db_instance.main")
            #expect(schemaFindings.first { $0.id == "SCH008" }?.address == "random_id.suffix")
            #expect(!findings.contains { $0.attribute == "terraform.required_providers.aws.version" })
        }
    }

    /// `terraform.required_providers.aws` as written in the file, and the major version it pins if another than 5.
    struct PinnedProvider: Sendable, CustomTestStringConvertible {
        var aws: String?
        var pins: Int?

        init(_ aws: String?, pins: Int?) {
            self.aws = aws
            self.pins = pins
        }

        var testDescription: String { aws ?? "no required_providers" }
    }

    /// HCL saved as `.tf.json` is the likeliest "JSON" error of all: the message says what the file is.
    @Test(arguments: [
        ("resource \"aws_lb\" \"main\" {\n}\n", true),
        ("// generated\n\n  terraform {\n  required_version = \">= 1.5\"\n}\n", true),
        ("/* header */\nprovider \"aws\" {}\n", true),
        ("resource: aws_lb\n", false),
        ("resources \"x\" {}\n", false),
        ("{\"resource\": {},}", false),
        ("", false),
    ])
    func aSyntaxErrorInHCLSaysTheFileIsHCL(text: String, isHCL: Bool) {
        do {
            _ = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "prod")
            Issue.record("no error for \(text.debugDescription)")
        } catch {
            let diagnostic = error.diagnostics.first
            #expect(diagnostic?.id == "JSON001")
            let message = diagnostic?.message ?? ""
            #expect(message.contains("the file is HCL") == isHCL, "message: \(message)")
            #expect((diagnostic?.hint?.contains("convert the file to JSON") ?? false) == isHCL)
        }
    }

    /// A file named `.tf` is HCL by name: the hint does not tell its author to name it `.tf`.
    @Test func anHCLFileNamedTfIsLeftToTerraform() {
        do {
            _ = try TerraformJSONInput(
                text: "resource \"aws_lb\" \"main\" {\n}\n",
                path: "main.tf",
                environment: "prod"
            )
            Issue.record("no error for HCL")
        } catch {
            let hint = error.diagnostics.first?.hint ?? ""
            #expect(error.diagnostics.first?.message.contains("the file is HCL") == true)
            #expect(hint.contains("leave `.tf` files to `terraform validate`"), "\(hint)")
            #expect(!hint.contains("name it `.tf`"), "\(hint)")
        }
    }
}
