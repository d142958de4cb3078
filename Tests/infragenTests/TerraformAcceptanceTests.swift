import Foundation
import Testing

/// Terraform JSON that terraform 1.11 accepts is linted, not refused (issue 11): each file declares a public
/// database, so each must come back with RDS001 at the right place and exit 1, never exit 2.
@Suite struct TerraformAcceptanceTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// Where RDS001 must be reported.
        var location: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, at location: String) {
            self.name = name
            self.bytes = Array(text.utf8)
            self.location = location
        }

        init(_ name: String, bytes: [UInt8], at location: String) {
            self.name = name
            self.bytes = bytes
            self.location = location
        }
    }

    static let database = #"{"engine": "postgres", "publicly_accessible": true}"#

    static let cases: [Accepted] = [
        Accepted(
            "resource written twice at the top level",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {\"name\": \"q\"}}},\n\"resource\": {\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "a type written twice inside resource",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {}},\n\"aws_db_instance\": {\"a\": {}},\n\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:3:"
        ),
        Accepted(
            "resource as a list",
            "{\"resource\": [\n{\"aws_db_instance\": {\"db\": \(database)}}]}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "names as a list",
            "{\"resource\": {\"aws_db_instance\": [\n{\"db\": \(database)}]}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "a body as a list",
            "{\"resource\": {\"aws_db_instance\": {\"db\": [\n\(database)]}}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "a byte-order mark",
            "\u{FEFF}{\"resource\": {\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:1:"
        ),
        Accepted(
            "CRLF line ends",
            "{\r\n\"resource\": {\r\n\"aws_db_instance\": {\r\n\"db\": \(database)}}}\r\n",
            at: "in.tf.json:4:"
        ),
        Accepted(
            "providers as a list with an alias",
            "{\"provider\": [{\"aws\": {\"region\": \"us-east-1\"}}, {\"aws\": {\"alias\": \"w\", \"region\": \"us-west-2\"}}],\n\"resource\": {\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "a repeated nested block",
            "{\"resource\": {\"aws_db_instance\": {\"db\": {\"engine\": \"postgres\", \"publicly_accessible\": true,\n\"timeouts\": {\"create\": \"1h\"}, \"timeouts\": {\"delete\": \"1h\"}}}}}",
            at: "in.tf.json:1:"
        ),
        Accepted(
            "comment keys everywhere",
            "{\"//\": \"generated\", \"resource\": {\"//\": \"x\", \"aws_db_instance\": {\"//\": \"y\",\n\"db\": \(database)}}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "locals, variables and outputs written twice",
            "{\"locals\": {\"a\": 1}, \"locals\": {\"b\": 2}, \"variable\": {\"x\": {}}, \"variable\": {\"y\": {}},\n\"output\": {\"o\": {\"value\": 1}}, \"resource\": {\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:2:"
        ),
        Accepted(
            "only data, moved and import blocks besides",
            "{\"moved\": [{\"from\": \"aws_db_instance.a\", \"to\": \"aws_db_instance.db\"}], \"import\": [],\n\"resource\": {\"aws_db_instance\": {\"db\": \(database)}}}",
            at: "in.tf.json:2:"
        ),
    ]

    @Test(arguments: cases)
    func validTerraformIsLinted(_ input: Accepted) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-tf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(input.bytes).write(to: folder.appendingPathComponent("in.tf.json"))
        let run = try CLIProcess.run(["lint", "--tf-json", "in.tf.json", "--today", "2026-11-23"], in: folder)
        #expect(run.status == 1, "\(input.name): \(run.output.prefix(1_000))")
        let line = run.stdout.split(separator: "\n").first { $0.contains("error[RDS001]") }.map(String.init) ?? ""
        #expect(line.hasPrefix(input.location), "\(input.name): \(run.output.prefix(1_000))")
        #expect(!run.output.contains("JSON002") && !run.output.contains("TFJ"), "\(input.name)")
    }
}
