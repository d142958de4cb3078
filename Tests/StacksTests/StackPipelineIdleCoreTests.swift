import InfraAWS
import InfraCore
import Stacks
import Testing

/// The README's example stack with a queue that refers to a key no construct declares: the model checks report it
/// (`CORE003`), which no real stack gives them to do.
private struct DanglingJobs: AWSStack {
    static let name = "dangling-jobs"
    static let summary = "The example's queues, and one whose key is declared nowhere"

    let jobs: Jobs
    var environment: String { jobs.environment }
    var settings: Jobs.Settings { jobs.settings }

    init(environment: String, settings: Jobs.Settings, inputs: StackInputs) {
        jobs = Jobs(environment: environment, settings: settings, inputs: inputs)
    }

    var body: [any Construct] {
        jobs.body
        Resource(
            "aws_sqs_queue",
            "orphan",
            [
                "name": .string(settings.queueName + "-orphan"),
                "kms_master_key_id": .expression("${aws_kms_key.missing.arn}"),
            ],
            location: SourceLocation(file: "stacks/dangling-jobs/DanglingJobs.swift", line: 1)
        )
    }
}

/// A stack rendered alone has its model checks and `main.tf.json` made on another core while its policy checks run
/// (`StackPipeline.built(usesIdleCore: true)`); stacks rendered together make them in line. Both ways must give the
/// same files, in the same order, and the same findings.
@Suite struct StackPipelineIdleCoreTests {
    static func bothWays(
        _ entry: StackEntry,
        _ environment: String,
        settings: String,
        inputs: StackInputs
    ) -> [StackPipeline.Outcome] {
        [true, false].map { usesIdleCore in
            StackPipeline.checked(
                StackPipeline.built(
                    entry,
                    environment: environment,
                    settings: settings,
                    inputs: inputs,
                    usesIdleCore: usesIdleCore
                ),
                today: TestSupport.today
            )
        }
    }

    @Test(arguments: TestSupport.targets)
    func bothWaysGiveTheSameFilesAndFindings(target: String) throws {
        let (entry, environment) = try TestSupport.entry(target)
        var inputs = StackInputs()
        for path in entry.inputFiles { inputs.files[path] = try TestSupport.read(path) }
        let settings = try TestSupport.read(entry.settingsFile(for: environment))
        let outcomes = Self.bothWays(entry, environment, settings: settings, inputs: inputs)
        let alone = try #require(outcomes[0].rendered)
        let together = try #require(outcomes[1].rendered)
        #expect(alone.files.first?.path == RenderedStack.mainFileName)
        #expect(alone.files == together.files)
        #expect(outcomes[0].findings == outcomes[1].findings)
        // The files are the whole output, not an empty list compared with another.
        #expect(alone.files.count >= 2)
        #expect(!outcomes[0].findings.isEmpty)
    }

    @Test func aModelCheckFindingComesBackBothWays() {
        let outcomes = Self.bothWays(
            StackEntry(DanglingJobs.self),
            "prod",
            settings: ExampleStackTests.settings,
            inputs: StackInputs()
        )
        for outcome in outcomes {
            #expect(outcome.findings.filter { $0.id == "CORE003" }.count == 1, "\(outcome.findings)")
        }
        #expect(outcomes[0].findings == outcomes[1].findings)
    }
}
