import InfraCore
import InfraPolicy
import Testing

/// ELB003 on an HTTPS listener that sets no `ssl_policy` says so: the reader looks for the policy it names and finds
/// none written, because the API's default is the one that accepts TLS 1.0.
@Suite struct ListenerTLSPolicyTests {
    static let cases: [(String?, String)] = [
        (nil, "ssl_policy is not set, and the default `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"),
        ("ELBSecurityPolicy-2016-08", "ssl_policy `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"),
    ]

    @Test(arguments: cases)
    func theFindingSaysWhetherThePolicyIsTheDefault(policy: String?, message: String) throws {
        var listener: [String: JSONValue] = ["protocol": "HTTPS", "port": 443]
        listener["ssl_policy"] = policy.map(JSONValue.string)
        let document: JSONValue = ["resource": ["aws_lb_listener": ["https": .object(listener)]]]
        let hits = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == "ELB003" }
        let finding = try #require(hits.first)
        #expect(finding.message.hasSuffix(message), "\(finding.message)")
        #expect(finding.attribute == "ssl_policy")
    }
}
