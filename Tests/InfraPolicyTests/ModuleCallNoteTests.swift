import InfraCore
import InfraPolicy
import Testing

/// A file that calls modules gets one note saying their resources are not checked: a clean lint of a file whose
/// infrastructure lives in modules would otherwise read as "all is well".
@Suite struct ModuleCallNoteTests {
    func notes(_ text: String) throws -> [Diagnostic] {
        let input = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "prod")
        return input.lint(today: TerraformJSONInputTests.today).filter { $0.id == "TFJ006" }
    }

    @Test func oneModuleIsNamedWithItsSourceAtTheModuleKey() throws {
        let text = """
            {
              "variable": {"env": {"default": "prod"}},
              "module": {"vpc": {"source": "terraform-aws-modules/vpc/aws", "version": "5.8.1"}}
            }
            """
        let note = try #require(try notes(text).only)
        #expect(note.severity == .note)
        #expect(note.location == SourceLocation(file: "main.tf.json", line: 3, column: 3))
        #expect(
            note.message
                == "the file calls a module, `vpc` (terraform-aws-modules/vpc/aws), whose resources are not checked: "
                + "infragen reads the resources a file declares, not those inside the modules it calls"
        )
    }

    /// The list form, several modules (named in order, three at most), and a source written as an expression.
    @Test func manyModulesInListFormAreCounted() throws {
        let text = """
            {
              "resource": {"aws_sqs_queue": {"q": {"name": "q", "sqs_managed_sse_enabled": true}}},
              "module": [
                {"web": {"source": "./modules/web"}, "db": {"source": "./modules/db"}},
                {"dns": {"source": "${var.dns_module}"}, "cdn": {"source": "./modules/cdn"}}
              ]
            }
            """
        let note = try #require(try notes(text).only)
        #expect(
            note.message.hasPrefix(
                "the file calls 4 modules, `cdn` (./modules/cdn), `db` (./modules/db), `dns` and 1 more,"
            )
        )
    }

    @Test func aFileWithoutModulesHasNoNote() throws {
        #expect(try notes(#"{"resource": {"aws_sqs_queue": {"q": {"name": "q"}}}}"#).isEmpty)
    }
}
