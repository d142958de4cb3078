import Foundation
import InfraCore
import InfraPolicy
import Testing

/// A finding moved to the settings line it came from keeps the Swift line as a second location in every format.
extension ReportTests {
    static let relocated = Diagnostic(
        id: "RDS003",
        severity: .error,
        message: "backup retention is 99 days",
        address: "aws_db_instance.main",
        attribute: "backup_retention_period",
        location: SourceLocation(file: "stacks/aggregator/prod.yaml", line: 53, column: 26),
        stack: "aggregator",
        environment: "prod",
        relatedLocation: SourceLocation(file: "stacks/aggregator/Aggregator.swift", line: 85)
    )

    @Test func relatedLocationInTextJSONAndSARIF() throws {
        #expect(
            render(.text, [Self.relocated]).contains(
                "stacks/aggregator/prod.yaml:53:26: error[RDS003]: aws_db_instance.main: backup retention is 99 days\n"
                    + "  used at: stacks/aggregator/Aggregator.swift:85\n"
            )
        )

        let json = try jsonObject(render(.json, [Self.relocated]))
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect((finding["location"] as? [String: Any])?["file"] as? String == "stacks/aggregator/prod.yaml")
        let related = try #require(finding["related_location"] as? [String: Any])
        #expect(related["file"] as? String == "stacks/aggregator/Aggregator.swift")
        #expect(related["line"] as? Int == 85)

        let sarif = try jsonObject(render(.sarif, [Self.relocated]))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let relatedLocations = try #require(result["relatedLocations"] as? [[String: Any]])
        let physical = try #require(relatedLocations.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "stacks/aggregator/Aggregator.swift")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 85)
    }
}

/// An input that could not be checked fails the SARIF run, so an upload never reads as a clean pass.
extension ReportTests {
    @Test func sarifReportsInputErrorsAsToolExecutionNotifications() throws {
        let unreadable = Diagnostic(
            id: "JSON001",
            severity: .error,
            message: "expected a string key or `}`, found end of input",
            location: SourceLocation(file: "bad.tf.json", line: 1, column: 15),
            hint: "fix the JSON syntax"
        )
        let failed = try jsonObject(render(.sarif, [unreadable], options: ReportOptions(inputErrors: [unreadable])))
        let run = try #require((failed["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect((notification["descriptor"] as? [String: Any])?["id"] as? String == "JSON001")
        #expect(
            (notification["message"] as? [String: Any])?["text"] as? String
                == "expected a string key or `}`, found end of input\nhint: fix the JSON syntax"
        )

        let clean = try jsonObject(render(.sarif, [], options: ReportOptions()))
        let cleanRun = try #require((clean["runs"] as? [[String: Any]])?.first)
        let cleanInvocation = try #require((cleanRun["invocations"] as? [[String: Any]])?.first)
        #expect(cleanInvocation["executionSuccessful"] as? Bool == true)
        #expect(cleanInvocation["toolExecutionNotifications"] == nil)
    }
}
