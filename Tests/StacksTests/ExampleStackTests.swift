import Foundation
import InfraAWS
import InfraCore
import Stacks
import Testing

// README: stack begins
/// Work for background workers: a queue whose failed messages move to a dead-letter queue.
struct Jobs: AWSStack {
    static let name = "jobs"
    static let summary = "A work queue with a dead-letter queue"

    /// `stacks/jobs/<environment>.yaml`, decoded strictly: unknown keys and out-of-range values are errors there.
    struct Settings: AWSStackSettings {
        var aws: AWSSettings
        var state: StateSettings
        var queueName: String
        var maxReceives: MaxReceiveCount

        enum CodingKeys: String, CodingKey, CaseIterable {
            case aws, state
            case queueName = "queue_name"
            case maxReceives = "max_receives"
        }
    }

    let environment: String
    let settings: Settings

    init(environment: String, settings: Settings, inputs: StackInputs) {
        self.environment = environment
        self.settings = settings
    }

    var body: [any Construct] {
        let failed = SQS.Queue("failed", name: "\(settings.queueName)-failed")
        let jobs = SQS.Queue(
            "jobs",
            name: settings.queueName,
            deadLetter: .init(failed, afterReceives: settings.maxReceives.value)
        )
        Output("jobs_queue_url", jobs.url, "Where producers send work")
    }
}
// README: stack ends

/// The complete minimal stack the README shows is real: it renders cleanly, and the README shows it verbatim.
@Suite struct ExampleStackTests {
    // README: settings begin
    static let settings = """
        aws:
          region: eu-west-1
          account_id: "111122223333"
          availability_zones: [eu-west-1a, eu-west-1b]
        state:
          bucket: example-terraform-state
          key: jobs/prod/terraform.tfstate
          region: eu-west-1
        queue_name: jobs
        max_receives: 5
        """
    // README: settings end

    @Test func theExampleRendersCleanly() throws {
        let outcome = StackPipeline.run(
            StackEntry(Jobs.self),
            environment: "prod",
            settings: Self.settings,
            inputs: StackInputs(),
            today: TestSupport.today
        )
        #expect(outcome.inputErrors.isEmpty, "\(outcome.inputErrors)")
        #expect(outcome.isClean, "\(outcome.findings.filter(\.isBlocking))")
        #expect(outcome.resourceCount == 2)
        let document = try #require(outcome.rendered?.document)
        #expect(document["output"]?["jobs_queue_url"]?["value"]?.templateText == "${aws_sqs_queue.jobs.url}")
    }

    @Test func aBadValueIsReportedAtItsLine() {
        let outcome = StackPipeline.run(
            StackEntry(Jobs.self),
            environment: "prod",
            settings: Self.settings.replacingOccurrences(of: "max_receives: 5", with: "max_receives: 5000"),
            inputs: StackInputs(),
            today: TestSupport.today
        )
        #expect(
            outcome.inputErrors.map(\.description).first?.hasPrefix("stacks/jobs/prod.yaml:10:15: error[YAML005]")
                == true
        )
    }

    @Test func theReadmeShowsTheExampleVerbatim() throws {
        let readme = try TestSupport.read("README.md")
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        for part in ["stack", "settings"] {
            let begin = try #require(source.range(of: "// README: \(part) begin\(part == "stack" ? "s" : "")\n"))
            let end = try #require(source.range(of: "// README: \(part) end\(part == "stack" ? "s" : "")\n"))
            var excerpt = String(source[begin.upperBound..<end.lowerBound])
            if part == "settings" {
                // The YAML as the file holds it: the string literal's lines without their indentation.
                excerpt =
                    excerpt.split(separator: "\n").dropFirst().dropLast(2).map { String($0.dropFirst(8)) }
                    .joined(separator: "\n") + "\n"
            }
            #expect(readme.contains(excerpt), "README.md does not show the example's \(part) verbatim")
        }
    }
}
