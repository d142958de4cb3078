import InfraCore
import Testing

@Suite struct ModelChecksTests {
    static let configuration = TerraformConfiguration(
        requiredVersion: ">= 1.10.0",
        requiredProviders: [:],
        backend: nil,
        providers: []
    )

    func at(_ line: Int) -> SourceLocation { SourceLocation(file: "stacks/demo/Demo.swift", line: line) }

    func model(_ resources: [Resource], outputs: [Output] = []) -> StackModel {
        StackModel(
            stack: "demo",
            environment: "dev",
            configuration: Self.configuration,
            resources: resources,
            outputs: outputs
        )
    }

    var vpc: Resource { Resource("aws_vpc", "main", ["cidr_block": "10.0.0.0/16"], location: at(3)) }

    @Test func aConsistentModelHasNoDiagnostics() {
        let subnet = Resource(
            "aws_subnet",
            "a",
            ["vpc_id": .expression("${aws_vpc.main.id}"), "note": .string("${aws_missing.literal.id} is text")],
            dependsOn: [Reference(ResourceAddress(type: "aws_vpc", name: "main"), "")],
            location: at(4)
        )
        let output = Output("vpc_id", value: .expression("${aws_vpc.main.id}"), description: "the VPC")
        #expect(ModelChecks.check(model([vpc, subnet], outputs: [output])).isEmpty)
    }

    @Test func duplicateAddress() throws {
        let second = Resource("aws_vpc", "main", ["cidr_block": "10.1.0.0/16"], location: at(9))
        let diagnostics = ModelChecks.check(model([vpc, second]))
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.id == ModelChecks.duplicateAddress)
        #expect(diagnostic.id == "CORE001")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.isBlocking)
        #expect(diagnostic.stack == "demo")
        #expect(diagnostic.environment == "dev")
        #expect(
            diagnostic.description == """
                stacks/demo/Demo.swift:9: error[CORE001]: aws_vpc.main: aws_vpc.main is declared twice \
                (first at stacks/demo/Demo.swift:3)
                  hint: give one of the constructs a different name
                """
        )
    }

    @Test func sameNameDifferentTypeIsNotADuplicate() {
        let gateway = Resource(
            "aws_internet_gateway",
            "main",
            ["vpc_id": .expression("${aws_vpc.main.id}")],
            location: at(5)
        )
        #expect(ModelChecks.check(model([vpc, gateway])).isEmpty)
    }

    @Test func invalidLabel() throws {
        let resource = Resource("aws_s3_bucket", "Web-Logs", ["bucket": "logs"], location: at(7))
        let diagnostic = try #require(ModelChecks.check(model([resource])).only)
        #expect(diagnostic.id == ModelChecks.invalidLabel)
        #expect(diagnostic.id == "CORE002")
        #expect(diagnostic.address == "aws_s3_bucket.Web-Logs")
        #expect(
            diagnostic.description == """
                stacks/demo/Demo.swift:7: error[CORE002]: aws_s3_bucket.Web-Logs: `Web-Logs` is not a valid resource label
                  hint: use lower-case letters, digits and `_`, starting with a letter, e.g. `web_logs`
                """
        )
    }

    @Test func danglingReferenceIsReportedOncePerTarget() throws {
        let subnet = Resource(
            "aws_subnet",
            "a",
            [
                "vpc_id": .expression("${aws_vpc.other.id}"),
                "tags": ["Vpc": .expression("${aws_vpc.other.arn}")],
            ],
            location: at(12)
        )
        let diagnostic = try #require(ModelChecks.check(model([vpc, subnet])).only)
        #expect(diagnostic.id == ModelChecks.danglingReference)
        #expect(diagnostic.id == "CORE003")
        #expect(
            diagnostic.description == """
                stacks/demo/Demo.swift:12: error[CORE003]: aws_subnet.a: refers to aws_vpc.other, which this stack does not declare
                  hint: declare aws_vpc.other in the stack body, or take the value from the environment settings
                """
        )
    }

    @Test func danglingDependsOn() throws {
        let service = Resource(
            "aws_ecs_service",
            "web",
            ["name": "web"],
            dependsOn: [Reference(ResourceAddress(type: "aws_lb_listener", name: "https"), "")],
            location: at(20)
        )
        let diagnostic = try #require(ModelChecks.check(model([service])).only)
        #expect(
            diagnostic.description == """
                stacks/demo/Demo.swift:20: error[CORE003]: aws_ecs_service.web: refers to aws_lb_listener.https, which this stack does not declare
                  hint: declare aws_lb_listener.https in the stack body, or take the value from the environment settings
                """
        )
    }

    @Test func danglingReferenceFromAnOutput() throws {
        let output = Output("url", value: .expression("https://${aws_lb.main.dns_name}"), description: "the URL")
        let diagnostic = try #require(ModelChecks.check(model([vpc], outputs: [output])).only)
        #expect(diagnostic.id == "CORE003")
        #expect(diagnostic.location == nil)
        #expect(diagnostic.address == nil)
        #expect(
            diagnostic.description == """
                error[CORE003]: output `url` refers to aws_lb.main, which this stack does not declare
                  hint: declare aws_lb.main in the stack body
                """
        )
    }

    @Test func everyProblemIsReportedSortedByLine() {
        let bad = Resource("aws_subnet", "B", ["vpc_id": .expression("${aws_vpc.gone.id}")], location: at(30))
        let duplicate = Resource("aws_vpc", "main", [:], location: at(10))
        let diagnostics = ModelChecks.check(model([vpc, bad, duplicate]))
        #expect(diagnostics.map(\.id) == ["CORE001", "CORE002", "CORE003"])
        #expect(diagnostics.map { $0.location?.line } == [10, 30, 30])
        #expect(diagnostics == diagnostics.sorted())
    }
}

extension Collection {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}

/// `Testing` has a `SourceLocation` too; in these tests the name means infragen's.
typealias SourceLocation = InfraCore.SourceLocation
