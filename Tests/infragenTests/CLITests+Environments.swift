import Foundation
import Testing

/// Environments are settings files: adding one is the whole change, and a stack's refused environments are errors.
extension CLITests {
    @Test func aNewSettingsFileIsANewEnvironment() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(
            at: project.appendingPathComponent("stacks/aggregator/prod.yaml"),
            to: project.appendingPathComponent("stacks/aggregator/staging.yaml")
        )
        let list = try infragen(["list", "--format", "json", "--stack", "aggregator"], in: project)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains(#""environment" : "staging""#))
        #expect(list.stdout.contains(#""environment" : "prod""#))

        let render = try infragen(["render", "staging", "--today", "2026-11-23"], in: project)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout.contains("wrote     out/staging/aggregator/main.tf.json"))
        let stacks = try FileManager.default.contentsOfDirectory(
            atPath: project.appendingPathComponent("out/staging").path
        )
        #expect(stacks.filter { !$0.hasPrefix(".") } == ["aggregator"])
    }

    @Test func anEnvironmentWithoutSettingsFilesIsUnknownWithAHowTo() throws {
        let run = try infragen(["render", "staging"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("add stacks/<stack>/staging.yaml to deploy a stack there"))
    }

    /// Outside a project no stack has settings: `lint` would check nothing and pass. It says where it looked, and
    /// writes nothing; `--tf-json` needs no project.
    @Test func aFolderWithoutStacksIsNoProject() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["lint"], ["lint", "prod"], ["render", "prod"]] {
            let run = try infragen(arguments, in: folder)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix("error[CLI008]: no infragen project here: no folder from "), "\(run.stderr)")
            #expect(run.stderr.contains("upward holds Package.swift and stacks/"), "\(run.stderr)")
        }
        let given = try infragen(["lint", "--project", folder.path], in: folder)
        #expect(given.status == 2)
        #expect(given.stderr.hasPrefix("error[CLI008]: \(folder.path) is not an infragen project: it has no stacks/"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let terraform = folder.appendingPathComponent("main.tf.json")
        try Data(#"{"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs"}}}}"#.utf8).write(to: terraform)
        let lint = try infragen(["lint", "--tf-json", "main.tf.json"], in: folder)
        #expect(!lint.stderr.contains("CLI008"), "\(lint.stderr)")
        #expect(lint.stdout.contains("aws_sqs_queue.jobs"), "\(lint.stdout)")
    }

    @Test func aSettingsFileForARefusedEnvironmentIsAnError() throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(
            at: project.appendingPathComponent("stacks/revendiste/prod.yaml"),
            to: project.appendingPathComponent("stacks/revendiste/dev.yaml")
        )
        let render = try infragen(["render", "dev"], in: project)
        #expect(render.status == 2)
        #expect(
            render.stderr.contains(
                "stacks/revendiste/dev.yaml:1:1: error[CLI007]: the revendiste stack is never deployed to `dev`: "
            )
        )
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path))
        // Other environments of the stack are unaffected.
        let prod = try infragen(["lint", "prod", "--stack", "revendiste", "--today", "2026-11-23"], in: project)
        #expect(prod.status == 0, "\(prod.stderr)")
        let list = try infragen(["list"], in: project)
        #expect(list.status == 2)
        #expect(list.stderr.contains("error[CLI007]"))
    }
}
