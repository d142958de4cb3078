import InfraCore
import Testing

@testable import InfraPolicy

/// A block written only as a `dynamic` block exists as many times, and with what content, as its `for_each` says at
/// plan. The policy rules read it as unknown: not missing (no "versioning is not enabled" for a bucket whose
/// versioning is dynamic), and not as the real content either.
@Suite struct DynamicBlockTests {
    static let openSSH: JSONValue = [
        "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "description": "ssh",
        "ipv6_cidr_blocks": nil, "prefix_list_ids": nil, "security_groups": nil, "self": nil,
    ]

    func ids(_ type: String, _ body: JSONValue) -> [String] {
        let document: JSONValue = ["resource": [type: ["main": body]]]
        return RuleFixtureTests().findings(document, environment: "prod").map(\.id)
    }

    @Test func aDynamicBlockIsAnExpressionToTheRules() {
        let view = ResourceView(
            address: ResourceAddress(type: "aws_security_group", name: "main"),
            attributes: ["dynamic": ["ingress": ["for_each": .expression("${var.rules}"), "content": Self.openSSH]]]
        )
        #expect(AttributeValue.isUnknown(view["ingress"]))
        #expect(view["egress"] == nil)
        #expect(view.block("ingress") == nil)
    }

    @Test func aDynamicBlockIsNotReportedMissing() {
        let versioning: JSONValue = ["for_each": .expression("${var.versioned}"), "content": ["enabled": true]]
        #expect(ids("aws_s3_bucket", ["bucket": "logs-bucket"]).contains("S3002"))
        let dynamic: JSONValue = ["versioning": versioning]
        #expect(!ids("aws_s3_bucket", ["bucket": "logs-bucket", "dynamic": dynamic]).contains("S3002"))
    }

    @Test func aDynamicBlocksContentIsNotReadAsWritten() {
        #expect(ids("aws_security_group", ["description": "web", "ingress": [Self.openSSH]]).contains("EC2002"))
        let dynamic: JSONValue = ["ingress": ["for_each": .expression("${var.rules}"), "content": Self.openSSH]]
        #expect(!ids("aws_security_group", ["description": "web", "dynamic": dynamic]).contains("EC2002"))
    }
}
