import Testing

@testable import InfraPolicy

/// Parsing a stack's schemas ahead on another core must leave the policy engine exactly the schemas it would have
/// parsed itself, and share the work out evenly and the same way every time.
@Suite struct SchemaPrefetchTests {
    /// Types of several sizes, one repeated, one of another provider and one the provider does not have.
    static let types = [
        "aws_autoscaling_group", "aws_lb_listener", "aws_lb_listener_rule", "aws_iam_role", "aws_iam_role",
        "aws_security_group", "aws_ecs_service", "aws_wafv2_web_acl", "aws_sqs_queue", "random_id", "aws_no_such_type",
    ]

    @Test func afterFinishEveryTypeIsParsedAndTheSchemaIsTheOneParsedDirectly() throws {
        guard #available(macOS 15, *) else { return }
        let prefetch = SchemaPrefetch(types: Self.types)
        prefetch.finish()
        #expect(ParsedResourceSchemas.unparsed(Self.types) == ["aws_no_such_type"])
        let kept = AWSProviderSchema.schema(for: Self.types)
        let direct = AWSProviderSchema.parsedSchema(for: Self.types)
        #expect(kept.resources.keys.sorted() == direct.resources.keys.sorted())
        #expect(kept.resources == direct.resources)
        #expect(kept.resources.count == 8)
        #expect(kept.version == direct.version)
    }

    @Test func groupsHoldEachTypeOnceInAFixedOrderAtAboutEqualCost() {
        let sizes = ["a": 90, "b": 70, "c": 40, "d": 40, "e": 30, "f": 20, "g": 10, "h": 5, "i": 5]
        let types = sizes.keys.sorted()
        let groups = SchemaPrefetch.groups(types, partCount: 4) { sizes[$0] ?? 0 }
        #expect(groups.count == 4)
        #expect(groups.flatMap { $0 }.sorted() == types)
        #expect(groups.allSatisfy { $0 == $0.sorted() })
        let costs = groups.map { $0.reduce(0) { $0 + (sizes[$1] ?? 0) } }
        // Largest first, each to the lightest group: no group exceeds the lightest by more than the largest type.
        #expect(costs.max()! - costs.min()! <= 90)
        #expect(costs.max()! <= 90)
        // The input's order does not matter.
        #expect(SchemaPrefetch.groups(types.reversed(), partCount: 4) { sizes[$0] ?? 0 } == groups)
        #expect(SchemaPrefetch.groups(["x", "y"], partCount: 4) { _ in 1 } == [["x"], ["y"]])
        #expect(SchemaPrefetch.groups([], partCount: 4) { _ in 1 }.isEmpty)
    }

    @Test func schemaSizeIsTheLengthOfTheTypesLine() {
        let catalog = AWSProviderSchema.catalog
        #expect(catalog.schemaSize(of: "aws_no_such_type") == 0)
        #expect(catalog.schemaSize(of: "aws_autoscaling_group") > catalog.schemaSize(of: "aws_iam_role"))
        #expect(catalog.schemaSize(of: "aws_iam_role") > 100)
    }
}
