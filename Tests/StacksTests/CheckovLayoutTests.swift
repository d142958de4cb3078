import Foundation
import InfraCore
import Stacks
import Testing

/// checkov 3.3's `terraform_json` parser reads every `*.json` in a folder and fails on any top-level block whose
/// entries are not objects (a string `terraform.required_version`, bridgecrewio/checkov#7454). The rendered JSON
/// must therefore hold only object-valued blocks (and the `//` comment), with the `terraform` block in versions.tf.
@Suite struct CheckovLayoutTests {
    @Test(arguments: TestSupport.targets)
    func mainFileHasOnlyBlocksCheckovCanParse(target: String) throws {
        let (entry, environment) = try TestSupport.entry(target)
        let rendered = try #require(try TestSupport.outcome(entry, environment).rendered)
        let main = try #require(rendered.files.first { $0.path == RenderedStack.mainFileName })
        let document = try JSONParser().parse(String(decoding: main.bytes, as: UTF8.self), file: "main.tf.json").value
        let blocks = try #require(document.objectValue)
        #expect(blocks["terraform"] == nil)
        for (name, block) in blocks where name != "//" {
            let entries = try #require(block.objectValue, "\(name) is not an object")
            for (label, body) in entries {
                // A block's entries are objects, or lists of objects for repeated provider configurations.
                let isBlock =
                    body.objectValue != nil || (body.arrayValue?.allSatisfy { $0.objectValue != nil } ?? false)
                #expect(isBlock, "\(name).\(label) is not a block")
            }
        }
        let versions = try #require(rendered.files.first { $0.path == VersionsFile.fileName })
        let hcl = String(decoding: versions.bytes, as: UTF8.self)
        #expect(hcl.contains("required_version = \">= 1.10.0\""))
        #expect(hcl.contains("source  = \"hashicorp/aws\""))
        #expect(hcl.contains("backend \"s3\" {"))
        #expect(hcl.contains("use_lockfile = true"))
    }
}
