import InfraCore
import Testing

@testable import InfraPolicy

/// LMB011 on permissions for a service: without a source, the service invokes the function for any account's rules,
/// buckets or topics (checkov's CKV_AWS_364).
@Suite struct LambdaPermissionTests {
    func messages(_ permission: [String: JSONValue]) -> [String] {
        let document: JSONValue = ["resource": ["aws_lambda_permission": ["events": .object(permission)]]]
        return RuleFixtureTests().findings(document, environment: "dev").filter { $0.id == "LMB011" }.map(\.message)
    }

    @Test func aServiceWithoutASourceIsReported() {
        let permission: [String: JSONValue] = [
            "action": "lambda:InvokeFunction", "function_name": "f", "principal": "events.amazonaws.com",
        ]
        #expect(
            messages(permission) == [
                "events.amazonaws.com may invoke the function for the resources of any AWS account: no source_arn or source_account"
            ]
        )
        var limited = permission
        limited["source_arn"] = "${aws_cloudwatch_event_rule.nightly.arn}"
        #expect(messages(limited).isEmpty)
        var unknown = permission
        unknown["principal"] = "${var.principal}"
        #expect(messages(unknown).isEmpty, "a principal known only at plan is not judged")
    }
}
