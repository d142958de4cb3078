import InfraCore
import InfraTestSupport
import Testing

@testable import InfraPolicy

/// The parallel read of a Terraform JSON file (`TerraformJSONInput.Skim`) against the one-pass read it stands in for:
/// the same document, locations and findings for every file, and the same diagnostics for every broken one.
@Suite struct TerraformJSONSkimTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 30)

    /// What a read came to, in a form two reads can be compared by.
    struct Outcome: Equatable, CustomStringConvertible {
        var document: JSONValue?
        var locations: [ResourceAddress: SourceLocation] = [:]
        var attributeLocations: [ResourceAddress: [TerraformJSONInput.KeyLocation]] = [:]
        var blockLocations: [String: SourceLocation] = [:]
        var findings: [Diagnostic] = []
        var errors: [Diagnostic] = []

        var description: String {
            errors.isEmpty ? "\(findings.count) findings, \(locations.count) resources" : "\(errors)"
        }
    }

    static func outcome(_ read: () throws(DiagnosticError) -> TerraformJSONInput) -> Outcome {
        do {
            let input = try read()
            return Outcome(
                document: input.rendered.document,
                locations: input.rendered.locations,
                attributeLocations: input.attributeLocations,
                blockLocations: input.blockLocations,
                findings: input.lint(today: today)
            )
        } catch {
            return Outcome(errors: error.diagnostics)
        }
    }

    /// The read `TerraformJSONInput(text:)` makes, which takes the skim whenever it can.
    static func read(_ text: String) -> Outcome {
        outcome { () throws(DiagnosticError) in
            try TerraformJSONInput(text: text, path: "s.tf.json", environment: "prod")
        }
    }

    /// The one-pass read: the whole file parsed with positions, then walked.
    static func onePass(_ text: String) -> Outcome {
        outcome { () throws(DiagnosticError) in
            let json: PositionedJSON
            do throws(DiagnosticError) {
                json = try JSONParser(duplicateKeys: .keep).parse(text, file: "s.tf.json")
            } catch {
                throw DiagnosticError(
                    error.diagnostics.map { TerraformJSONInput.scoped($0, path: "s.tf.json", environment: "prod") }
                )
            }
            return try TerraformJSONInput(json: json, path: "s.tf.json", environment: "prod")
        }
    }

    /// Whether the file is read by the skim (its shape and every body read), not the one-pass fallback.
    static func isSkimmed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            TerraformJSONInput.Skim(bytes: bytes, path: "s.tf.json")?.readBodies(bytes: bytes, path: "s.tf.json")
                != nil
        }
    }

    /// Usual files: object form down to the bodies, with what moves columns and lines (multi-byte characters, tabs,
    /// CRLF, a byte-order mark), strings that hold brackets, quotes and escapes, comments, and empty levels.
    static let skimmed: [String] = [
        #"{"resource": {"aws_s3_bucket": {"logs": {"bucket": "logs"}}}}"#,
        "\u{FEFF}{\r\n\t\"resource\": {\r\n\t\t\"aws_db_instance\": {\r\n\t\t\t\"main\": {\"publicly_accessible\": true,\r\n"
            + "\t\t\t\t\"storage_encrypted\": false}}}}\r\n",
        """
        {"provider": {"aws": [{"region": "eu-west-1", "secret_key": "AKIAexampleexampleAA"}]},
         "resource": {"aws_security_group": {"ñandú 🦤": {"description": "él {dice} \\"}]\\" \\u007b", "ingress": {
           "cidr_blocks": ["0.0.0.0/0"], "from_port": 22, "to_port": 22, "protocol": "tcp"},
           "ingress": {"cidr_blocks": ["10.0.0.0/8"], "from_port": 443, "to_port": 443, "protocol": "tcp"},
           "tags": {"Náme": "ü", "Name": "x"}}},
          "//": ["a comment", {"with": ["nesting"]}],
          "aws_sqs_queue": {"//": "a name-level comment", "q": {}, "r": {"name": "r", "name": "again"}},
          "aws_sns_topic": {}},
         "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "~> 5.0"}}}}
        """,
        #"{"resource": {}, "locals": {"a": 1}, "resource": {"aws_lambda_function": {"f": {"runtime": "python3.8", "environment": {"variables": {"X": "${aws_s3_bucket.b.id}", "Y": "$${literal}"}}}}}}"#,
        """
        {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}}},
         "resource": {"aws_s3_bucket": {"a": {"bucket": "again"}}}}
        """,
        "{\"resource\": {\"aws_iam_policy\": {\"p\": {\"policy\": \"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", "
            + "\\\"Action\\\": \\\"*\\\", \\\"Resource\\\": \\\"*\\\"}]}\", \"n\": 1.5e3, \"m\": -0, \"z\": null}}}}",
        // The next name's line and column count what the skip passed: multi-byte characters, CRLF and CR line ends.
        #"{"resource": {"aws_s3_bucket": {"a": {"bucket": "ü€🦤"}, "b": {"bucket": "b", "acl": "public-read"}}}}"#,
        "{\"resource\": {\"aws_s3_bucket\": {\"a\": {\r\n\"bucket\": \"ü\"\r\n}, \"b\": {\"acl\": \"public-read\"},\r"
            + "\"c\": {\"tags\": {\"é\": \"[\"}\r}, \"d\": {\"acl\": \"public-read\"}}}}",
        // 512 arrays and objects open at the innermost `[`: the most `JSONParser.maximumDepth` allows.
        "{\"resource\": {\"aws_ecs_cluster\": {\"deep\": {\"x\": " + String(repeating: "[", count: 508)
            + String(repeating: "]", count: 508) + "}}}}",
        "{\"locals\": {\"x\": " + String(repeating: "[", count: 510) + String(repeating: "]", count: 510) + "}}",
    ]

    @Test(arguments: skimmed.indices)
    func aUsualFileIsSkimmedAndReadAsTheOnePassReadReadsIt(index: Int) {
        let text = Self.skimmed[index]
        #expect(Self.isSkimmed(text))
        #expect(Self.read(text) == Self.onePass(text))
    }

    /// Shapes the skim leaves to the one-pass read, and broken files: the read gives what the one-pass read gives.
    static let fallbacks: [String] = [
        #"{"resource": [{"aws_s3_bucket": {"b": {"bucket": "b"}}}]}"#,
        #"{"resource": {"aws_s3_bucket": [{"b": {"bucket": "b"}}]}}"#,
        #"{"resource": {"aws_s3_bucket": {"b": [{"bucket": "b"}, {"bucket": "c"}]}}}"#,
        #"{"resource": {"aws_s3_bucket": {"b": null}}}"#,
        #"{"resource": 3}"#,
        "[1]",
        "",
        #"{"resource": {"aws_s3_bucket": {"b": {"bucket": "b",}}}}"#,
        #"{"resource": {"aws_s3_bucket": {"b": {"tags": [1}]}}}}"#,
        #"{"resource": {"aws_s3_bucket": {"b": {"tags": {"a": 1]}}}}"#,
        #"{"resource": {"aws_s3_bucket": {"b": {"bucket": "b"}}}} x"#,
        #"{"resource": {"aws_s3_bucket": {"b": {"bucket": "b"}}}"#,
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"a\nb\"}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"\\x\"}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"\\ud800\"}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"n\": 01}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"n\": tru}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"ü\" \"n\"}}}}",
        "{\"resource\": {\"aws_s3_bucket\": {\"//\": [1,], \"b\": {}}}}",
        "{\"resource\": {\"aws_ecs_cluster\": {\"deep\": {\"x\": " + String(repeating: "[", count: 509)
            + String(repeating: "]", count: 509) + "}}}}",
        "{\"resource\": {\"aws_ecs_cluster\": {\"deep\": {\"x\": " + String(repeating: "[", count: 600) + "}}}}",
        "{\"locals\": {\"x\": " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}}",
        #"{"name": "app", "version": "1.0.0"}"#,
        #"{"resources": {}, "resource": {"aws_s3_bucket": {"b": {}}}}"#,
    ]

    @Test(arguments: fallbacks.indices)
    func anyOtherFileIsReadAsTheOnePassReadReadsIt(index: Int) {
        let text = Self.fallbacks[index]
        #expect(Self.read(text) == Self.onePass(text))
    }

    /// A finding's address is split at its first dot to place the finding: on bytes for ASCII text, on characters
    /// for any other.
    @Test func findingAddressesSplitAtTheirFirstDot() {
        #expect(
            TerraformJSONInput.address("aws_s3_bucket.logs") == ResourceAddress(type: "aws_s3_bucket", name: "logs")
        )
        #expect(TerraformJSONInput.address("aws_s3_bucket.a.b") == ResourceAddress(type: "aws_s3_bucket", name: "a.b"))
        #expect(TerraformJSONInput.address("aws_s3_bucket.bä") == ResourceAddress(type: "aws_s3_bucket", name: "bä"))
        #expect(TerraformJSONInput.address("aws_s3_bucket") == nil)
        #expect(TerraformJSONInput.address("") == nil)
    }

    /// The read of a file's bytes (`init(utf8:)`, which `lint --tf-json` makes) is the read of its text, for usual
    /// files and for every other shape.
    @Test func bytesReadAsTheTextReads() {
        for text in Self.skimmed + Self.fallbacks {
            let bytes = Self.outcome { () throws(DiagnosticError) in
                try TerraformJSONInput(utf8: Array(text.utf8), path: "s.tf.json", environment: "prod")
            }
            #expect(bytes == Self.read(text), "\(text.prefix(80))")
        }
    }

    /// Every file one edit away from a usual one (a byte deleted, or a bracket, quote, comma, backslash or line
    /// break inserted) reads as the one-pass read reads it: the same document, or the same first error.
    @Test func filesOneEditAwayReadAsTheOnePassReadReadsThem() {
        let base = Array(Self.skimmed[2].utf8)
        let inserts: [UInt8] = Array("{}[]\",\\\n:".utf8)
        var generator = SeededGenerator(seed: 0x5_C1A7)
        var skims = 0
        for _ in 0..<400 {
            var bytes = base
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            if Bool.random(using: &generator) {
                bytes.remove(at: at)
            } else {
                bytes.insert(inserts.randomElement(using: &generator)!, at: at)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if Self.isSkimmed(text) { skims += 1 }
            #expect(Self.read(text) == Self.onePass(text), "edit at byte \(at): \(text)")
        }
        // Some edits land in strings and keep the file well-formed: the skim is exercised, not only the fallback.
        #expect(skims > 20)
    }
}
