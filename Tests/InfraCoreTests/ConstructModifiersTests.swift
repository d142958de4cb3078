import InfraCore
import Testing

/// A construct with two resources of different types, as a stand-in for a real one.
private struct Pair: Construct {
    var declaration = Declaration("pair", location: SourceLocation(file: "stacks/demo/Demo.swift", line: 5))

    func expand() -> [Resource] {
        let location = SourceLocation(file: "stacks/demo/Demo.swift", line: 5)
        return [
            Resource("aws_lb", "main", ["name": "app", "idle_timeout": 60], location: location),
            Resource(
                "aws_launch_template",
                "web",
                ["metadata_options": [["http_endpoint": "enabled"]]],
                location: location
            ),
        ]
    }
}

@Suite struct ConstructModifiersTests {
    func resource(_ resources: [Resource], _ type: String) throws -> Resource {
        try #require(resources.first { $0.address.type == type })
    }

    @Test func withoutModifiersResourcesAreTheExpansion() {
        let pair = Pair()
        #expect(pair.resources == pair.expand())
        #expect(pair.resources.allSatisfy { $0.waivers.isEmpty && $0.overriddenPaths.isEmpty })
    }

    @Test func waiveAttachesTheWaiverToEveryResource() throws {
        let (pair, line) = (Pair().waive("ELB004", reason: "internal tool", expires: "2030-06-30"), #line)
        let expected = Waiver(
            rule: "ELB004",
            reason: "internal tool",
            expires: "2030-06-30",
            location: SourceLocation(file: "Tests/InfraCoreTests/ConstructModifiersTests.swift", line: line)
        )
        let resources = pair.resources
        #expect(resources.count == 2)
        for resource in resources {
            #expect(resource.waivers == [expected])
            #expect(resource.waivers.first?.address == nil)
        }
    }

    @Test func waiveOnATypeAttachesOnlyToThatType() throws {
        let pair = Pair()
            .waive("ELB004", on: "aws_lb", reason: "behind CloudFront", expires: "2030-01-01")
            .waive("EC2001", on: "aws_launch_template", reason: "legacy AMI", expires: "2030-01-01")
            .waive("XYZ001", on: "aws_nothing", reason: "matches no type", expires: "2030-01-01")
        let resources = pair.resources
        #expect(try resource(resources, "aws_lb").waivers.map(\.rule) == ["ELB004"])
        #expect(try resource(resources, "aws_launch_template").waivers.map(\.rule) == ["EC2001"])
        #expect(pair.modifiers.waivers.map(\.resourceType) == ["aws_lb", "aws_launch_template", "aws_nothing"])
    }

    @Test func overrideSetsTheValueAndRecordsThePath() throws {
        let resources = Pair().override("aws_lb", "idle_timeout", 300).resources
        let balancer = try resource(resources, "aws_lb")
        #expect(balancer.attributes["idle_timeout"] == 300)
        #expect(balancer.attributes["name"] == "app")
        #expect(balancer.overriddenPaths == ["idle_timeout"])
        let template = try resource(resources, "aws_launch_template")
        #expect(template.overriddenPaths.isEmpty)
        #expect(template.attributes == Pair().expand()[1].attributes)
    }

    @Test func nestedOverrideStepsIntoAListOfOneBlock() throws {
        let resources = Pair().override("aws_launch_template", "metadata_options.http_tokens", "required").resources
        let template = try resource(resources, "aws_launch_template")
        #expect(template.attributes["metadata_options"] == [["http_endpoint": "enabled", "http_tokens": "required"]])
        #expect(template.overriddenPaths == ["metadata_options.http_tokens"])
    }

    @Test func nestedOverrideCreatesMissingObjects() throws {
        let resources = Pair().override("aws_lb", "access_logs.bucket.name", "logs").resources
        let balancer = try resource(resources, "aws_lb")
        #expect(balancer.attributes["access_logs"] == ["bucket": ["name": "logs"]])
    }

    @Test func overridesAndWaiversCombine() throws {
        let resources = Pair()
            .override("aws_lb", "idle_timeout", 120)
            .override("aws_lb", "drop_invalid_header_fields", true)
            .waive("ELB004", on: "aws_lb", reason: "r", expires: "2030-01-01")
            .resources
        let balancer = try resource(resources, "aws_lb")
        #expect(balancer.attributes["idle_timeout"] == 120)
        #expect(balancer.attributes["drop_invalid_header_fields"] == true)
        #expect(balancer.overriddenPaths == ["idle_timeout", "drop_invalid_header_fields"])
        #expect(balancer.waivers.count == 1)
    }

    @Test func aResourceIsAConstructWithItsOwnModifiers() throws {
        let plain = Resource(
            "aws_instance",
            "bastion",
            ["ami": "ami-1"],
            location: SourceLocation(file: "stacks/x/X.swift", line: 9)
        )
        let modified =
            plain
            .override("aws_instance", "metadata_options.http_tokens", "required")
            .waive("EC2001", reason: "r", expires: "2030-01-01")
        let expanded = try #require(modified.resources.only)
        #expect(expanded.attributes["metadata_options"] == ["http_tokens": "required"])
        #expect(expanded.overriddenPaths == ["metadata_options.http_tokens"])
        #expect(expanded.waivers.map(\.rule) == ["EC2001"])
        #expect(expanded.modifiers == ConstructModifiers())
        #expect(plain.resources == [plain])
    }

    @Test func groupModifiersReachEveryMemberResource() {
        let group = ConstructGroup([
            Pair(), Pair().waive("ELB004", on: "aws_lb", reason: "inner", expires: "2030-01-01"),
        ])
        .waive("LOG001", reason: "outer", expires: "2030-01-01")
        let resources = group.resources
        #expect(resources.count == 4)
        #expect(
            resources.map { $0.waivers.map(\.rule.rawValue) } == [
                ["LOG001"], ["LOG001"], ["ELB004", "LOG001"], ["LOG001"],
            ]
        )
    }

    @Test func setOnAResourceReplacesScalarsOnThePath() {
        var resource = Resource(
            "aws_lb",
            "main",
            ["a": "scalar", "list": [1, 2]],
            location: SourceLocation(file: "f")
        )
        resource.set("a.b", to: true)
        resource.set("top", to: 1)
        resource.set("", to: 2)
        #expect(resource.attributes == ["a": ["b": true], "list": [1, 2], "top": 1])
    }
}
