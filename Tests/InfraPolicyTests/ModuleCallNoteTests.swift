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

    /// A local module whose folder is linted in the same run is checked there: the note leaves it out, and says
    /// nothing when every module the file calls is linted.
    @Test func aLocalModuleLintedInTheSameRunIsNotNamed() throws {
        let text = """
            {
              "module": {
                "queue": {"source": "./modules/queue"},
                "shared": {"source": "../shared/dns"},
                "vpc": {"source": "terraform-aws-modules/vpc/aws"}
              }
            }
            """
        let input = try TerraformJSONInput(text: text, path: "infra/main.tf.json", environment: "dev")
        func note(_ folders: Set<String>) -> Diagnostic? {
            input.lint(today: TerraformJSONInputTests.today, lintedFolders: folders).first { $0.id == "TFJ006" }
        }
        #expect(note([])?.message.hasPrefix("the file calls 3 modules,") == true)
        let some = note(["infra", "infra/modules/queue"])
        #expect(some?.message.hasPrefix("the file calls 2 modules, `shared` (../shared/dns) and `vpc`") == true)
        #expect(
            note(["infra/modules/queue", "shared/dns"])?.message.hasPrefix("the file calls a module, `vpc`") == true
        )
        // `infra/modules` holds the module's folder but is not it.
        #expect(note(["infra/modules"])?.message.hasPrefix("the file calls 3 modules,") == true)
    }

    @Test func localSourcesResolveFromTheCallingFolder() {
        #expect(TerraformJSONInput.resolved("./modules/queue", from: "infra") == "infra/modules/queue")
        #expect(TerraformJSONInput.resolved("./modules/queue", from: "") == "modules/queue")
        #expect(TerraformJSONInput.resolved("../shared/./dns", from: "infra/prod") == "infra/shared/dns")
        #expect(TerraformJSONInput.resolved("../x", from: "") == "../x")
        #expect(TerraformJSONInput.resolved("../../x", from: "/a") == nil)
        #expect(TerraformJSONInput.resolved("./m", from: "/srv/infra") == "/srv/infra/m")
        #expect(TerraformJSONInput.resolved("terraform-aws-modules/vpc/aws", from: "infra") == nil)
        #expect(TerraformJSONInput.resolved("git::https://example.com/m.git", from: "infra") == nil)
    }
}
