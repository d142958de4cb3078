import InfraCore
import InfraPolicy
import Testing

/// Reading `terraform show -json` into a plan summary, and the three report forms of it. The fixture is hand-made in
/// the shape terraform 1.11 prints; its secrets (`hunter2`, `s3cr3t-token`, `old-pass`) must never come out.
@Suite struct PlanSummaryTests {
    static let showJSON = """
        {
          "format_version": "1.2",
          "terraform_version": "1.11.4",
          "resource_changes": [
            {
              "address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
              "change": {"actions": ["create"], "before": null, "after": {"cidr_block": "10.0.0.0/16"},
                         "after_unknown": {"id": true}, "before_sensitive": false, "after_sensitive": {}}
            },
            {
              "address": "aws_db_instance.main", "mode": "managed", "type": "aws_db_instance", "name": "main",
              "change": {"actions": ["update"],
                         "before": {"allocated_storage": 20, "password": "old-pass", "tags": {"Name": "db"}},
                         "after": {"allocated_storage": 50, "password": "hunter2", "tags": {"Name": "db"}},
                         "after_unknown": {},
                         "before_sensitive": {"password": true, "tags": {}},
                         "after_sensitive": {"password": true, "tags": {}}}
            },
            {
              "address": "aws_lambda_function.worker", "mode": "managed", "type": "aws_lambda_function",
              "name": "worker",
              "change": {"actions": ["update"],
                         "before": {"environment": [{"variables": {"API_TOKEN": "abc", "LEVEL": "info"}}],
                                    "version": "3"},
                         "after": {"environment": [{"variables": {"API_TOKEN": "s3cr3t-token", "LEVEL": "debug"}}],
                                   "version": null},
                         "after_unknown": {"version": true},
                         "before_sensitive": {}, "after_sensitive": {}}
            },
            {
              "address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs",
              "action_reason": "replace_because_cannot_update",
              "change": {"actions": ["delete", "create"],
                         "before": {"bucket": "logs-a", "force_destroy": false},
                         "after": {"bucket": "logs-b", "force_destroy": false},
                         "after_unknown": {}, "before_sensitive": {}, "after_sensitive": {},
                         "replace_paths": [["bucket"]]}
            },
            {
              "address": "aws_sqs_queue.jobs", "mode": "managed", "type": "aws_sqs_queue", "name": "jobs",
              "change": {"actions": ["delete"], "before": {"name": "jobs"}, "after": null,
                         "after_unknown": {}, "before_sensitive": {}, "after_sensitive": false}
            },
            {
              "address": "aws_iam_role.task", "mode": "managed", "type": "aws_iam_role", "name": "task",
              "change": {"actions": ["no-op"], "before": {"name": "task"}, "after": {"name": "task"},
                         "after_unknown": {}, "before_sensitive": {}, "after_sensitive": {}}
            },
            {
              "address": "data.aws_caller_identity.current", "mode": "data", "type": "aws_caller_identity",
              "name": "current",
              "change": {"actions": ["read"], "before": null, "after": {}, "after_unknown": {"id": true},
                         "before_sensitive": false, "after_sensitive": {}}
            }
          ],
          "output_changes": {
            "db_password": {"actions": ["update"], "before": "old-pass", "after": "hunter2",
                            "after_unknown": false, "before_sensitive": true, "after_sensitive": true},
            "url": {"actions": ["update"], "before": "a.example.org", "after": "b.example.org",
                    "after_unknown": false, "before_sensitive": false, "after_sensitive": false}
          }
        }
        """

    static let secrets = ["hunter2", "old-pass", "s3cr3t-token", "\"abc\""]

    func summary() throws -> PlanSummary {
        try PlanSummary.parse(showJSON: Self.showJSON, stack: "demo", environment: "prod")
    }

    @Test func countsEachActionAndSkipsNoOpsAndReads() throws {
        let summary = try summary()
        #expect(summary.count(.add) == 1)
        #expect(summary.count(.change) == 2)
        #expect(summary.count(.replace) == 1)
        #expect(summary.count(.destroy) == 1)
        #expect(
            summary.resources.map(\.address) == [
                "aws_s3_bucket.logs", "aws_sqs_queue.jobs", "aws_db_instance.main", "aws_lambda_function.worker",
                "aws_vpc.main",
            ]
        )
        #expect(summary.countsDescription == "1 to add, 2 to change, 1 to replace, 1 to destroy")
    }

    @Test func flagsStatefulReplacementsAndDestroysAndWhatForcesThem() throws {
        let summary = try summary()
        #expect(summary.dataLosses.map(\.address) == ["aws_s3_bucket.logs", "aws_sqs_queue.jobs"])
        let bucket = try #require(summary.resources.first { $0.address == "aws_s3_bucket.logs" })
        #expect(
            bucket.attributes == [
                .init(
                    path: "bucket",
                    before: "\"logs-a\"",
                    after: "\"logs-b\"",
                    isSensitive: false,
                    forcesReplacement: true
                )
            ]
        )
    }

    @Test func withholdsValuesTerraformMarksSensitiveButSaysTheyChanged() throws {
        let database = try #require(try summary().resources.first { $0.address == "aws_db_instance.main" })
        #expect(
            database.attributes == [
                .init(
                    path: "allocated_storage",
                    before: "20",
                    after: "50",
                    isSensitive: false,
                    forcesReplacement: false
                ),
                .init(
                    path: "password",
                    before: "(sensitive)",
                    after: "(sensitive)",
                    isSensitive: true,
                    forcesReplacement: false
                ),
            ]
        )
    }

    @Test func withholdsValuesARuleClassesAsSecretAndMarksUnknownOnes() throws {
        let worker = try #require(try summary().resources.first { $0.address == "aws_lambda_function.worker" })
        #expect(
            worker.attributes.map(\.path) == [
                "environment[0].variables.API_TOKEN", "environment[0].variables.LEVEL", "version",
            ]
        )
        #expect(worker.attributes[0].after == "(sensitive)")
        #expect(worker.attributes[0].isSensitive)
        #expect(worker.attributes[1].after == "\"debug\"")
        #expect(worker.attributes[2].after == "(known after apply)")
    }

    @Test func withholdsSensitiveOutputs() throws {
        let outputs = try summary().outputs
        #expect(outputs.map(\.name) == ["db_password", "url"])
        #expect(outputs[0].isSensitive && outputs[0].before == "(sensitive)" && outputs[0].after == "(sensitive)")
        #expect(outputs[1].after == "\"b.example.org\"")
    }

    @Test(arguments: PlanReport.Format.allCases)
    func noReportFormShowsASecret(format: PlanReport.Format) throws {
        let text = PlanReport(environment: "prod", summaries: [try summary()]).render(format)
        for secret in Self.secrets { #expect(!text.contains(secret), "\(format) shows \(secret):\n\(text)") }
        #expect(text.contains("(sensitive)"))
        #expect(text.contains("password"))
    }

    @Test func textReportListsChangesAndWarnsAboutDataLoss() throws {
        let text = PlanReport(environment: "prod", summaries: [try summary()]).render(.text)
        #expect(text.hasPrefix("prod/demo: 1 to add, 2 to change, 1 to replace, 1 to destroy\n"))
        #expect(text.contains("  -/+ aws_s3_bucket.logs  (replace of a stateful resource)\n"))
        #expect(text.contains("        bucket: \"logs-a\" → \"logs-b\"  # forces replacement\n"))
        #expect(text.contains("        password: (sensitive) → (sensitive)\n"))
        #expect(text.hasSuffix("warning: 2 stateful resource(s) replaced or destroyed\n"))
    }

    @Test func markdownFitsAPullRequestComment() throws {
        let failure = PlanReport.Failure(stack: "other", environment: "prod", step: "init", message: "Error: boom")
        let markdown = PlanReport(environment: "prod", summaries: [try summary()], failures: [failure])
            .render(.markdown)
        #expect(markdown.hasPrefix("## infragen plan: `prod`\n"))
        #expect(markdown.contains("> [!WARNING]\n> **2 stateful resources replaced or destroyed**:"))
        #expect(markdown.contains("| `demo` | 1 | 2 | **1** | **1** |"))
        #expect(markdown.contains("| `other` | 🛑 |  |  |  |"))
        #expect(markdown.contains("```\nError: boom\n```"))
    }

    @Test func jsonHasSortedKeysAndCounts() throws {
        let json = PlanReport(environment: "prod", summaries: [try summary()]).render(.json)
        let parsed = try JSONParser().parse(json, file: "plan.json").value
        let stack = try #require(parsed["stacks"]?.arrayValue?.first)
        #expect(stack["counts"] == ["add": 1, "change": 2, "replace": 1, "destroy": 1])
        #expect(parsed["data_losses"] == 2)
        #expect(parsed["failures"] == [])
    }

    @Test func rejectsTextThatIsNotAPlan() {
        #expect(throws: DiagnosticError.self) {
            try PlanSummary.parse(showJSON: "{\"errors\": []}", stack: "demo", environment: "prod")
        }
        do throws(DiagnosticError) {
            _ = try PlanSummary.parse(showJSON: "not json", stack: "demo", environment: "prod")
            Issue.record("expected a diagnostic")
        } catch {
            #expect(error.diagnostics.first?.id == "JSON001")
        }
    }
}
