import InfraCore
import Testing

@testable import InfraPolicy

/// SCH007 names what replaces a deprecated argument, as `terraform validate` quotes the provider's notice.
@Suite struct DeprecatedArgumentsTests {
    /// An entry for an argument the schema does not deprecate would be advice nobody asked for, and a misspelt one
    /// would never be used: each must name a deprecated argument or block of the embedded schema.
    @Test func everyEntryNamesADeprecatedArgumentOfTheSchema() throws {
        #expect(!DeprecatedArguments.table.isEmpty)
        for (type, entries) in DeprecatedArguments.table {
            let resource = try #require(AWSProviderSchema.schema(for: [type]).resources[type], "no type \(type)")
            for path in entries.keys {
                var block = resource
                let steps = path.split(separator: ".").map(String.init)
                for step in steps.dropLast() {
                    block = try #require(block.blockTypes[step]?.block, "\(type): no block \(step) in \(path)")
                }
                let last = try #require(steps.last)
                let deprecated = block.attributes[last]?.isDeprecated ?? block.blockTypes[last]?.block.isDeprecated
                #expect(deprecated == true, "\(type).\(path) is not deprecated in the schema")
            }
        }
    }

    @Test func blockIndicesAreNotPartOfTheSchemaPath() {
        #expect(DeprecatedArguments.schemaPath("rule[0].prefix") == "rule.prefix")
        #expect(DeprecatedArguments.schemaPath("a[12].b[3].c") == "a.b.c")
        #expect(DeprecatedArguments.schemaPath("acl") == "acl")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let type: String
        let body: JSONValue
        let attribute: String
        let message: String
        var testDescription: String { "\(type).\(attribute)" }
    }

    static let cases: [Case] = [
        Case(
            type: "aws_s3_bucket",
            body: ["bucket": "logs", "acl": "private"],
            attribute: "acl",
            message: "`acl` of aws_s3_bucket is deprecated in hashicorp/aws 5.100.0; "
                + "use the aws_s3_bucket_acl resource instead"
        ),
        Case(
            type: "aws_s3_bucket",
            body: ["bucket": "logs", "versioning": [["enabled": true]]],
            attribute: "versioning",
            message: "block `versioning` of aws_s3_bucket is deprecated in hashicorp/aws 5.100.0; "
                + "use the aws_s3_bucket_versioning resource instead"
        ),
        Case(
            type: "aws_s3_bucket_lifecycle_configuration",
            body: [
                "bucket": "logs",
                "rule": [["id": "expire", "status": "Enabled", "prefix": "tmp/", "expiration": [["days": 7]]]],
            ],
            attribute: "rule[0].prefix",
            message: "`rule[0].prefix` of aws_s3_bucket_lifecycle_configuration is deprecated in hashicorp/aws "
                + "5.100.0; use `rule.filter` instead"
        ),
        Case(
            type: "aws_eip",
            body: ["vpc": true],
            attribute: "vpc",
            message: "`vpc` of aws_eip is deprecated in hashicorp/aws 5.100.0; use `domain = \"vpc\"` instead"
        ),
        Case(
            type: "aws_api_gateway_account",
            body: ["reset_on_delete": true],
            attribute: "reset_on_delete",
            message: "`reset_on_delete` of aws_api_gateway_account is deprecated in hashicorp/aws 5.100.0"
        ),
    ]

    @Test(arguments: cases)
    func theFindingNamesTheReplacementWhereThereIsOne(_ testCase: Case) throws {
        let document: JSONValue = ["resource": [testCase.type: ["main": testCase.body]]]
        let hits = RuleFixtureTests().findings(document, environment: "prod").filter {
            $0.id == RuleID.schemaDeprecated.rawValue
        }
        let finding = try #require(hits.first, "no SCH007 finding")
        #expect(hits.count == 1)
        #expect(finding.attribute == testCase.attribute)
        #expect(finding.message.hasSuffix(testCase.message), "message: \(finding.message)")
    }
}
