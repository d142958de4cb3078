import InfraCore
import Testing

@testable import InfraPolicy

/// The policy engine indexes the schema blocks of the types a document has many resources of
/// (`PolicyEngine.indexingFrequentTypes`); the schema walk must find the same things with an index as without.
@Suite struct SchemaIndexingTests {
    static func view(_ type: String, _ name: String, _ attributes: [String: JSONValue] = [:]) -> ResourceView {
        ResourceView(address: ResourceAddress(type: type, name: name), attributes: attributes)
    }

    @Test func indexesTypesWithARunOfEnoughResources() {
        let minimum = PolicyEngine.indexedTypeMinimum
        let listeners = (0..<minimum).map { Self.view("aws_lb_listener", "l\($0)") }
        let buckets = (0..<(minimum - 1)).map { Self.view("aws_s3_bucket", "b\($0)") }
        let resources = listeners + buckets + [Self.view("aws_lb_listener", "late")]
        let schema = AWSProviderSchema.schema(for: ["aws_lb_listener", "aws_s3_bucket"])
        let indexed = PolicyEngine.indexingFrequentTypes(schema, resources)
        #expect(indexed.resources["aws_lb_listener"]?.members != nil)
        #expect(indexed.resources["aws_s3_bucket"]?.members == nil)
        #expect(indexed.resources == schema.resources, "indexing changes no block")
    }

    /// Bodies with known, misspelled, mistyped, computed-only and nested keys: the same findings either way.
    @Test func theWalkFindsTheSameWithAnIndex() throws {
        let bodies: [[String: JSONValue]] = [
            ["load_balancer_arn": "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/a/1", "port": 443],
            ["load_balancer_arn": 1, "prot": 80, "arn": "x", "default_action": ["type": "forward", "fowrard": [:]]],
            ["default_action": [["type": "redirect", "redirect": ["status_code": "HTTP_301"]]], "tags": ["a": 1]],
            ["lifecycle": ["prevent_destroy": true], "count": 2, "dynamic": ["default_action": [:]]],
        ]
        let schema = AWSProviderSchema.schema(for: ["aws_lb_listener"])
        let block = try #require(schema.resources["aws_lb_listener"])
        var indexed = schema
        indexed.resources["aws_lb_listener"] = block.indexed()
        for (position, body) in bodies.enumerated() {
            let resource = Self.view("aws_lb_listener", "l\(position)", body)
            let plain = SchemaChecker.findings(resource, schema: schema)
            #expect(!plain.isEmpty || position == 0)
            #expect(Set(SchemaChecker.findings(resource, schema: indexed)) == Set(plain), "body \(position)")
        }
    }
}
