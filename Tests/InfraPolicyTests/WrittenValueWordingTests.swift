import InfraCore
import InfraPolicy
import Testing

/// A finding about a value says whether the value is written or is the default: the reader looks for what the
/// message names, and a message about a default that reads like one about a written value sends them looking for an
/// argument the file does not have.
@Suite struct WrittenValueWordingTests {
    func message(_ rule: String, _ type: String, _ body: [String: JSONValue]) throws -> String {
        let document: JSONValue = ["resource": [type: ["main": .object(body)]]]
        let hits = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == rule }
        return try #require(hits.only, "\(rule) findings: \(hits)").message
    }

    static let listenerCases: [(String?, String)] = [
        (nil, "ssl_policy is not set, and the default `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"),
        ("ELBSecurityPolicy-2016-08", "ssl_policy `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"),
    ]

    /// ELB003 on an HTTPS listener that sets no `ssl_policy`: the API's default is the one that accepts TLS 1.0.
    @Test(arguments: listenerCases)
    func theListenerFindingSaysWhetherThePolicyIsTheDefault(policy: String?, expected: String) throws {
        var listener: [String: JSONValue] = ["protocol": "HTTPS", "port": 443]
        listener["ssl_policy"] = policy.map(JSONValue.string)
        #expect(try message("ELB003", "aws_lb_listener", listener).hasSuffix(expected))
    }

    /// LOG001: a retention of 0 is written, and means "never expire" as leaving it out does.
    @Test func theRetentionFindingSaysWhetherTheRetentionIsWritten() throws {
        #expect(
            try message("LOG001", "aws_cloudwatch_log_group", ["name": "/app"]).hasSuffix(
                "retention_in_days is not set, so logs never expire"
            )
        )
        #expect(
            try message("LOG001", "aws_cloudwatch_log_group", ["name": "/app", "retention_in_days": 0]).hasSuffix(
                "retention_in_days is 0, so logs never expire"
            )
        )
    }
}
