import InfraCore
import InfraPolicy
import Testing

/// A resource with a literal `count` of 0 or an empty literal `for_each` is declared but never created: the rules of
/// its type would report settings of nothing. The schema rules still read it, as `terraform validate` does.
@Suite struct InstancelessResourceTests {
    static let switches: [(String, JSONValue, Bool)] = [
        ("count", 0, false),
        ("count", "0", false),
        ("for_each", [:], false),
        ("for_each", [], false),
        ("count", 1, true),
        ("count", "${var.enabled ? 1 : 0}", true),
        ("for_each", ["a": "x"], true),
        ("for_each", "${toset(var.names)}", true),
    ]

    @Test(arguments: switches)
    func typeRulesReadOnlyResourcesThatExist(meta: String, value: JSONValue, checked: Bool) {
        let queue: JSONValue = .object(["name": "jobs", meta: value, "visibility_timeout_seconds": "soon"])
        let document: JSONValue = ["resource": ["aws_sqs_queue": ["jobs": queue]]]
        let ids = Set(RuleFixtureTests().findings(document, environment: "prod").map(\.id))
        #expect(ids.contains("SQS002") == checked, "\(ids)")
        // The schema still reads the resource: the timeout is not a number either way.
        #expect(ids.contains("SCH004"), "\(ids)")
    }
}
