import Foundation
import Testing

/// `infragen lint` and `infragen rules --format` as a user runs them: exit codes, formats, `--output`, `--tf-json`.
@Suite struct LintCommandTests {
    let cli = CLITests()

    func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func lintsProdShowsTheWaivedFindingsAndWritesNothing() throws {
        let project = try cli.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let run = try cli.infragen(["lint", "prod", "--stack", "aggregator", "--today", "2026-11-23"], in: project)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stdout.contains(
                "warning[RDS003]: aws_db_instance.main: multi_az is not enabled in production (waived: "
            )
        )
        #expect(
            run.stdout.contains(
                "warning[ELB004]: aws_lb.main: internet-facing load balancer has no WAF web ACL association (waived: "
            )
        )
        let summary = try #require(run.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix("infragen: 0 errors, 0 warnings, "))
        #expect(summary.hasSuffix(", 2 waived"))
        #expect(run.stderr.isEmpty)
        #expect(
            !FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path),
            "lint writes no Terraform"
        )
    }

    /// Waived findings never fail, whatever `--fail-on` says; unwaived notes fail only `--fail-on note`.
    @Test func failOnCountsOnlyUnwaivedFindings() throws {
        let warning = try cli.infragen(["lint", "prod", "--fail-on", "warning", "--today", "2026-11-23"])
        #expect(warning.status == 0, "every warning of every prod stack is waived: \(warning.stdout)")

        let note = try cli.infragen([
            "lint", "prod", "--stack", "aggregator", "--fail-on", "note", "--format", "json", "--today", "2026-11-23",
        ])
        let summary = try #require(try json(note.stdout)["summary"] as? [String: Int])
        #expect(summary["waived"] == 2)
        #expect(note.status == ((summary["notes"] ?? 0) > 0 ? 1 : 0))

        let expired = try cli.infragen(["lint", "prod", "--today", "2027-07-01"])
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("error[POL001]: aws_db_instance.main: waiver of RDS003 expired on 2027-06-30"))
    }

    @Test func sarifGoesToTheOutputFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("reports/infragen.sarif")
        try FileManager.default.createDirectory(
            at: report.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        let run = try cli.infragen(["lint", "--format", "sarif", "--output", report.path, "--today", "2026-11-23"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty, "the report goes to the file only")
        #expect(run.stderr.contains("report written to \(report.path)"))
        let sarif = try json(try String(contentsOf: report, encoding: .utf8))
        #expect(sarif["version"] as? String == "2.1.0")
        let run0 = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run0["results"] as? [[String: Any]])
        let waived = try #require(results.first { $0["ruleId"] as? String == "RDS003" })
        #expect((waived["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "inSource")
        let uri =
            (((waived["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                "artifactLocation"
            ] as? [String: Any])?["uri"]
        #expect(uri as? String == "stacks/aggregator/Aggregator.swift")
    }

    @Test func everyEnvironmentIsLintedWhenNoneIsNamed() throws {
        let run = try cli.infragen(["lint", "--format", "junit", "--today", "2026-11-23"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<testsuite name=\"aggregator (prod)\""))
        #expect(try cli.infragen(["lint", "staging"]).status == 2)
        #expect(
            try cli.infragen(["lint", "prod", "--stack", "nope"]).stderr.contains("error[CLI002]: unknown stack `nope`")
        )
    }

    /// A hand-written file with a public database (object form) and a 40-character target group name (list form).
    static let terraform = """
        {
          "terraform": {"required_version": ">= 1.10.0"},
          "resource": {
            "aws_db_instance": {
              "main": {
                "identifier": "app",
                "engine": "postgres",
                "publicly_accessible": true,
                "storage_encrypted": true
              }
            },
            "aws_lb_target_group": [
              {
                "api": {
                  "name": "revendiste-production-api-target-group",
                  "port": 8080
                }
              }
            ]
          }
        }

        """

    /// Colour is asked for with CLICOLOR_FORCE (a pipe is not a terminal): the text report and the findings on
    /// stderr get it, JSON never does, and NO_COLOR wins.
    @Test func colourIsForTextAPersonReads() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.terraform.write(to: folder.appendingPathComponent("main.tf.json"), atomically: false, encoding: .utf8)
        let arguments = ["lint", "--tf-json", "main.tf.json", "--today", "2026-11-23"]
        let red = "\u{1B}[1;31merror[RDS001]\u{1B}[0m: aws_db_instance.main: publicly_accessible is true\n"

        let plain = try cli.infragen(arguments, in: folder)
        let forced = try cli.infragen(arguments, in: folder, environment: ["CLICOLOR_FORCE": "1"])
        #expect(forced.status == plain.status)
        #expect(forced.stdout.contains("\u{1B}[1mmain.tf.json:8:9\u{1B}[0m: " + red))
        #expect(!plain.stdout.contains("\u{1B}"))
        let json = try cli.infragen(arguments + ["--format", "json"], in: folder, environment: ["CLICOLOR_FORCE": "1"])
        #expect(!json.stdout.contains("\u{1B}") && json.stdout.hasPrefix("{"))
        let misplaced = try cli.infragen(
            ["lint", "--tf-json", "main.tf.json", "prod"],
            in: folder,
            environment: ["CLICOLOR_FORCE": "1"]
        )
        #expect(misplaced.stderr.hasPrefix("\u{1B}[1;31merror[CLI006]\u{1B}[0m: "), "on stderr too")
        let refused = try cli.infragen(
            arguments,
            in: folder,
            environment: ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"]
        )
        #expect(refused.stdout == plain.stdout)
    }

    @Test func tfJSONFindingsPointAtLinesOfThatFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Not atomically: Foundation on Linux leaves a /tmp/TemporaryDirectory.* behind for every atomic write.
        try Self.terraform.write(to: folder.appendingPathComponent("main.tf.json"), atomically: false, encoding: .utf8)

        let text = try cli.infragen(["lint", "--tf-json", "main.tf.json", "--today", "2026-11-23"], in: folder)
        #expect(text.status == 1)
        #expect(
            text.stdout.contains("main.tf.json:8:9: error[RDS001]: aws_db_instance.main: publicly_accessible is true\n")
        )
        #expect(
            text.stdout.contains(
                "main.tf.json:15:11: error[ELB002]: aws_lb_target_group.api: target group name `revendiste-production-api-target-group` is 38 characters long; the limit is 32\n"
            )
        )
        #expect(!text.stdout.contains("RDS003"), "production-only rules need a production environment")

        let report = try cli.infragen(
            ["lint", "prod", "--tf-json", "./main.tf.json", "--format", "json", "--today", "2026-11-23"],
            in: folder
        )
        #expect(report.status == 1)
        let findings = try #require(try json(report.stdout)["findings"] as? [[String: Any]])
        let publicDatabase = try #require(findings.first { $0["id"] as? String == "RDS001" })
        #expect(publicDatabase["attribute"] as? String == "resource.aws_db_instance.main.publicly_accessible")
        #expect(publicDatabase["stack"] as? String == "main.tf.json")
        #expect(publicDatabase["environment"] as? String == "prod")
        #expect((publicDatabase["location"] as? [String: Any])?["line"] as? Int == 8)
        #expect(findings.contains { $0["id"] as? String == "RDS003" }, "prod applies production-only rules")
    }

    /// `--tf-json -` reads standard input, named `<stdin>` in findings, beside files; `-` is no misplaced
    /// environment (CLI006).
    @Test func tfJSONDashReadsStandardInput() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("main.tf.json")
        try Self.terraform.write(to: file, atomically: false, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.tf.json")
        try "{\"resource\": {}}\n".write(to: empty, atomically: false, encoding: .utf8)

        let run = try cli.infragen(
            ["lint", "prod", "--tf-json", "empty.tf.json", "-", "--today", "2026-11-23"],
            in: folder,
            input: file
        )
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("<stdin>:8:9: error[RDS001]: aws_db_instance.main: publicly_accessible is true\n"))
        #expect(!run.stdout.contains("CLI006") && !run.stderr.contains("CLI006"))

        let broken = folder.appendingPathComponent("broken")
        try "{\"resource\": {,}}".write(to: broken, atomically: false, encoding: .utf8)
        let bad = try cli.infragen(["lint", "--tf-json", "-"], in: folder, input: broken)
        #expect(bad.status == 2)
        #expect(bad.stdout.contains("<stdin>:1:15: error[JSON001]: "), "\(bad.stdout)")
    }

    /// A folder after --tf-json is every `*.tf.json` below it, in path order, hidden folders (`.terraform`) and
    /// other files left out; a folder with none is bad input.
    @Test func tfJSONFolderMeansEveryTerraformJSONFileBelowIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        for sub in ["cdktf.out/stacks/app", "cdktf.out/stacks/web", "cdktf.out/.terraform", "cdktf.out/none"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for path in ["cdktf.out/stacks/web/cdk.tf.json", "cdktf.out/stacks/app/cdk.tf.json"] {
            try Self.terraform.write(to: folder.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        // Neither is linted: a provider's cache and a file that is not *.tf.json.
        for path in ["cdktf.out/.terraform/x.tf.json", "cdktf.out/manifest.json"] {
            try "{,}".write(to: folder.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }

        let run = try cli.infragen(["lint", "--tf-json", "cdktf.out", "--format", "json"], in: folder)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        let findings = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
        let stacks = findings.compactMap { $0["stack"] as? String }
        #expect(Set(stacks) == ["cdktf.out/stacks/app/cdk.tf.json", "cdktf.out/stacks/web/cdk.tf.json"])
        #expect(stacks == stacks.sorted(), "findings of the first file come first")

        let empty = try cli.infragen(["lint", "--tf-json", "cdktf.out/none"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.stdout.contains("cdktf.out/none: error[IO001]: no Terraform JSON file (*.tf.json) below the"))
    }

    /// The files of one folder are one configuration, as terraform reads them: a bucket whose account-wide public
    /// access block is in another file of its folder has one, whether the folder or its files are named; a bucket in
    /// another folder does not. Each finding stays with its own file's target.
    @Test func theFilesOfAFolderAreOneConfiguration() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        for sub in ["infra", "other"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let bucket = #"{"resource": {"aws_s3_bucket": {"logs": {"bucket": "example-logs"}}}}"#
        let block = """
            {"resource": {"aws_s3_account_public_access_block": {"this": {"block_public_acls": true,
              "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}}}}
            """
        let files = ["infra/main.tf.json": bucket, "infra/account.tf.json": block, "other/main.tf.json": bucket]
        for (path, text) in files {
            try text.write(to: folder.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        for arguments in [["infra", "other"], ["infra/main.tf.json", "other/main.tf.json", "infra/account.tf.json"]] {
            let run = try cli.infragen(["lint", "--tf-json"] + arguments + ["--format", "json"], in: folder)
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            let findings = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
            let blockless = findings.filter { $0["id"] as? String == "S3001" }.compactMap { $0["stack"] as? String }
            #expect(blockless == ["other/main.tf.json"], "\(arguments)")
            let stacks = Set(findings.compactMap { $0["stack"] as? String })
            #expect(stacks == ["infra/main.tf.json", "other/main.tf.json"], "\(arguments)")
        }
        let alone = try cli.infragen(["lint", "--tf-json", "infra"], in: folder)
        #expect(alone.status == 0, "a warning does not fail the run: \(alone.stdout)")
        #expect(alone.stdout.contains("infra/main.tf.json:1:33: warning[S3002]: aws_s3_bucket.logs"), "\(alone.stdout)")
    }

    /// A variable's value is what terraform would give it: the folder's variables files (JSON or HCL), then
    /// `--var-file` and `--var`, else its default. `TF_VAR_NAME`, or an HCL file that holds more than literals, leave
    /// it unknown, and a `.tfvars.json` that is not an object of values is bad input, at its line.
    @Test func variablesTakeTheValuesTerraformGivesThem() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("infra"),
            withIntermediateDirectories: true
        )
        func write(_ text: String, _ path: String) throws {
            try text.write(to: folder.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        try write(
            """
            {"resource": {"aws_db_instance": {"main": {"identifier": "app", "engine": "postgres",
              "instance_class": "db.t4g.micro", "allocated_storage": 20, "username": "app",
              "manage_master_user_password": true, "publicly_accessible": "${var.public}"}}}}
            """,
            "infra/main.tf.json"
        )
        try write(#"{"variable": {"public": {"type": "bool", "default": false}}}"#, "infra/variables.tf.json")
        func publicFinding(_ environment: [String: String] = [:]) throws -> (String?, CLITests.Run) {
            let run = try cli.infragen(["lint", "--tf-json", "infra"], in: folder, environment: environment)
            let line = run.stdout.split(separator: "\n").first { $0.contains("error[RDS001]") }
            return (line.map(String.init), run)
        }
        #expect(try publicFinding().0 == nil, "the default keeps the database private")

        try write(#"{"public": true}"#, "infra/prod.auto.tfvars.json")
        #expect(
            try publicFinding().0
                == "infra/main.tf.json:3:40: error[RDS001]: aws_db_instance.main: publicly_accessible is true, with var.public as infra/prod.auto.tfvars.json:1:2 sets it"
        )
        #expect(try publicFinding(["TF_VAR_public": "false"]).0 == nil, "set in the environment: unknown")

        // --var-file comes after the folder's own files; a missing one is bad input, and it needs --tf-json.
        try write(#"{"public": false}"#, "private.tfvars.json")
        let given = try cli.infragen(["lint", "--tf-json", "infra", "--var-file", "private.tfvars.json"], in: folder)
        #expect(given.status == 1 && !given.stdout.contains("RDS001"), "\(given.stdout)")
        // --var comes after every file.
        let value = try cli.infragen(
            ["lint", "--tf-json", "infra", "--var-file", "private.tfvars.json", "--var", "public=true"],
            in: folder
        )
        #expect(
            value.stdout.contains("publicly_accessible is true, with var.public as --var sets it"),
            "\(value.stdout)"
        )
        let malformed = try cli.infragen(["lint", "--tf-json", "infra", "--var", "public"], in: folder)
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("--var takes NAME=VALUE, as terraform's -var does, not `public`"))
        let missing = try cli.infragen(["lint", "--tf-json", "infra", "--var-file", "none.tfvars.json"], in: folder)
        #expect(missing.status == 2)
        #expect(
            missing.stdout.contains("none.tfvars.json: error[IO001]: cannot read none.tfvars.json"),
            "\(missing.stdout)"
        )
        let stacks = try cli.infragen(["lint", "--var-file", "private.tfvars.json"], in: folder)
        #expect(stacks.status == 64)
        #expect(stacks.stderr.contains("--var-file and --var give values to the variables of Terraform JSON files"))

        // An HCL file is read too, in terraform's order: z.auto.tfvars comes after prod.auto.tfvars.json.
        try write("# off\npublic = false // for now\n", "infra/z.auto.tfvars")
        #expect(try publicFinding().0 == nil)
        try write("public = true\n", "infra/z.auto.tfvars")
        #expect(
            try publicFinding().0
                == "infra/main.tf.json:3:40: error[RDS001]: aws_db_instance.main: publicly_accessible is true, with var.public as infra/z.auto.tfvars:1:1 sets it"
        )
        // One that is not literals leaves the variables unknown, and says where it stopped.
        try write("public = var.other\n", "infra/z.auto.tfvars")
        let (hcl, hclRun) = try publicFinding()
        #expect(hcl == nil)
        #expect(
            hclRun.stderr.contains(
                "infragen: note: infra/z.auto.tfvars:1:10: `var` is no literal value, and a variables file holds only literals: the file was not read"
            ),
            "\(hclRun.stderr)"
        )
        try FileManager.default.removeItem(at: folder.appendingPathComponent("infra/z.auto.tfvars"))

        try write("[true]", "infra/prod.auto.tfvars.json")
        let (_, bad) = try publicFinding()
        #expect(bad.status == 2, "\(bad.stdout)\(bad.stderr)")
        #expect(
            bad.stdout.contains(
                "infra/prod.auto.tfvars.json:1:1: error[TFJ001]: a .tfvars.json file holds one object of variable values, and this is an array"
            ),
            "\(bad.stdout)"
        )
    }

    /// Files of one folder that declare the same resource are linted each on its own (a folder of examples), and the
    /// run says so on stderr, naming the resource and the two files; the report is the file-by-file one.
    @Test func aFolderOfSeparateFilesIsSaidToBeOne() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bucket = #"{"resource": {"aws_s3_bucket": {"logs": {"bucket": "example-logs"}}}}"#
        for name in ["one.tf.json", "two.tf.json"] {
            try bucket.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let run = try cli.infragen(["lint", "--tf-json", ".", "--format", "json"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "infragen: note: one.tf.json and two.tf.json both declare aws_s3_bucket.logs, so the files of their "
                    + "folder are not one configuration (terraform would refuse them); each was linted on its own"
            ),
            "\(run.stderr)"
        )
        let findings = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
        let blockless = findings.filter { $0["id"] as? String == "S3001" }.compactMap { $0["stack"] as? String }
        #expect(blockless == ["one.tf.json", "two.tf.json"])
    }

    /// A local module linted in the same run (its folder is below the folder named) is not reported as unchecked;
    /// a module from the registry still is.
    @Test func aLocalModuleBelowTheFolderIsChecked() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("infra/modules/queue"),
            withIntermediateDirectories: true
        )
        let root = """
            {"module": {"queue": {"source": "./modules/queue"}, "vpc": {"source": "terraform-aws-modules/vpc/aws"}}}
            """
        let module = #"{"resource": {"aws_sqs_queue": {"this": {"name": "jobs"}}}}"#
        try root.write(to: folder.appendingPathComponent("infra/main.tf.json"), atomically: false, encoding: .utf8)
        try module.write(
            to: folder.appendingPathComponent("infra/modules/queue/main.tf.json"),
            atomically: false,
            encoding: .utf8
        )
        let run = try cli.infragen(["lint", "--tf-json", "infra"], in: folder)
        #expect(run.stdout.contains("infra/modules/queue/main.tf.json:1:33: warning[SQS002]"), "\(run.stdout)")
        #expect(
            run.stdout.contains("note[TFJ006]: the file calls a module, `vpc` (terraform-aws-modules/vpc/aws), whose"),
            "\(run.stdout)"
        )
        let rootOnly = try cli.infragen(["lint", "--tf-json", "infra/main.tf.json"], in: folder)
        #expect(rootOnly.stdout.contains("the file calls 2 modules, `queue` (./modules/queue) and `vpc`"))
    }

    /// Small files are linted side by side; the report is the one a file-by-file run makes: targets in path order,
    /// each with its own findings, a broken file's error at its place.
    @Test func manyFilesReportInPathOrder() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<24).map { String(format: "s%02d.tf.json", $0) }
        for name in names {
            let text = name == "s07.tf.json" ? "{,}" : Self.terraform
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let run = try cli.infragen(["lint", "--tf-json", ".", "--format", "junit"], in: folder)
        #expect(run.status == 2, "\(run.stderr)")
        let suites = run.stdout.split(separator: "\n").filter { $0.contains("<testsuite ") }
        #expect(suites.count == 24)
        for (suite, name) in zip(suites, names) {
            #expect(suite.contains("name=\"\(name) (unknown)\""), "\(suite)")
            // The target group's 38-character name is ELB002's finding alone, not SCH010's as well.
            let counts = name == "s07.tf.json" ? "tests=\"1\" failures=\"1\"" : "tests=\"7\" failures=\"4\""
            #expect(suite.contains(counts), "\(suite)")
        }
    }

    @Test func tfJSONSyntaxErrorsAreBadInputWithLineAndColumn() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{\n  \"resource\": {\n    \"aws_s3_bucket\": {\"logs\": {\"bucket\": \"x\",}}\n  }\n}\n"
            .write(to: folder.appendingPathComponent("bad.tf.json"), atomically: false, encoding: .utf8)
        let run = try cli.infragen(["lint", "--tf-json", "bad.tf.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.contains("bad.tf.json:3:46: error[JSON001]: "))
        #expect(run.stderr.hasSuffix("infragen: bad input\n"))

        let missing = try cli.infragen(["lint", "--tf-json", "nope.tf.json", "--format", "github"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("::error file=nope.tf.json,title=IO001::cannot read nope.tf.json"))
        #expect(
            missing.stderr.contains("nope.tf.json: error[IO001]: cannot read nope.tf.json"),
            "input errors reach stderr when stdout is not text"
        )

        let usage = try cli.infragen(["lint", "--stack", "aggregator", "--tf-json", "bad.tf.json"], in: folder)
        #expect(usage.status == 64)
    }

    /// A file over 8 MiB is read, and checked to be UTF-8, in two parts side by side (`FileSystem.readFile`,
    /// `UTF8Validation.isValid`): both parts arrive whole and in order, a two-byte character at the cut is not
    /// taken for a bad byte, and a bad byte in either part is found at its line.
    @Test(arguments: [0, 1]) func aFileReadInPartsIsReadWhole(padding: Int) throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "é" is two bytes; one ASCII byte more or less moves the cut from a character's start to its middle.
        let comment = String(repeating: "é", count: 4_800_000) + String(repeating: "a", count: padding)
        let text =
            "{\n  \"//\": \"\(comment)\",\n  \"resource\": {\"aws_cloudwatch_log_group\": {\"last\": {\"name\": \"x\"}}}\n}\n"
        let bytes = Array(text.utf8)
        #expect(bytes.count > 9_000_000)
        let url = folder.appendingPathComponent("big.tf.json")
        try Data(bytes).write(to: url)
        let run = try cli.infragen(["lint", "--tf-json", "big.tf.json", "--today", "2026-11-23"], in: folder)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("big.tf.json:3:45: error[LOG001]: aws_cloudwatch_log_group.last: "))

        // A lone 0xE9 (Latin-1 "é") early in the comment, and then late in it, on line 2.
        for target in [1_000, bytes.count - 200] {
            var broken = bytes
            let position = try #require(broken[target...].firstIndex(of: 0xC3))
            broken[position] = 0xE9
            broken[position + 1] = UInt8(ascii: "e")
            try Data(broken).write(to: url)
            let bad = try cli.infragen(["lint", "--tf-json", "big.tf.json"], in: folder)
            #expect(bad.status == 2, "\(bad.stdout)\(bad.stderr)")
            #expect(bad.stdout.contains("big.tf.json:2:"), "\(bad.stdout)")
            #expect(bad.stdout.contains("error[IO002]: byte 0xE9 is not valid UTF-8"), "\(bad.stdout)")
        }
    }

    @Test func rulesHasJSONAndMarkdownFormats() throws {
        let json = try cli.infragen(["rules", "--format", "json"])
        #expect(json.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let text = try cli.infragen(["rules"])
        #expect(rules.count == text.stdout.split(separator: "\n").count)
        #expect(rules.first { $0["id"] as? String == "RDS001" }?["checkov"] as? [String] == ["CKV_AWS_17"])
        let markdown = try cli.infragen(["rules", "--format", "markdown"])
        #expect(
            markdown.stdout.hasPrefix("| ID | Severity | Family | Scope | Waivable | checkov | trivy | Title |\n|---|")
        )
        #expect(
            markdown.stdout.contains(
                "| `RDS001` | error | security | all | yes | CKV_AWS_17 | AVD-AWS-0180 | RDS instances are not publicly accessible |"
            )
        )
    }
}
