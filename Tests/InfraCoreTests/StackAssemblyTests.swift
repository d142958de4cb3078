import InfraCore
import Testing

/// A network-like construct: one resource, and a reference others use.
private struct Net: Construct, Hashable {
    var declaration: Declaration
    init(_ label: String, line: UInt = #line) {
        declaration = Declaration(label, file: "stacks/demo/Demo.swift", line: line)
    }
    var id: Ref<ID<Net>> { ref("aws_vpc", "id") }
    func expand() -> [Resource] { [resource("aws_vpc", ["cidr_block": "10.0.0.0/16"])] }
}

/// A construct that refers to a `Net` and has a part of its own.
private struct Group: Construct, Hashable {
    var declaration: Declaration
    let net: Net
    init(_ label: String, net: Net, line: UInt = #line) {
        self.net = net
        declaration = Declaration(label, file: "stacks/demo/Demo.swift", line: line)
    }
    func expand() -> [Resource] { [resource("aws_security_group", ["vpc_id": net.id.value])] }
    var parts: [any Construct] { [Net("\(label)_part").declared(at: location)] }
    var problems: [Diagnostic] { label == "bad" ? [problem("group `bad` is wired wrong", hint: "fix it")] : [] }
}

@Suite struct StackAssemblyTests {
    func addresses(_ assembly: StackAssembly) -> [String] { assembly.resources.map(\.address.description) }

    @Test func referencedConstructsAreRenderedWithoutBeingListed() {
        let net = Net("main")
        let assembly = StackAssembly([Group("app", net: net)])
        #expect(addresses(assembly) == ["aws_security_group.app", "aws_vpc.app_part", "aws_vpc.main"])
    }

    @Test func aConstructListedAndReferencedIsRenderedOnce() {
        let net = Net("main")
        let assembly = StackAssembly([net, Group("a", net: net), Group("b", net: net)])
        #expect(addresses(assembly).filter { $0 == "aws_vpc.main" }.count == 1)
    }

    @Test func waiversOnAnyCopyAreKept() {
        let net = Net("main")
        let waived = net.waive("ELB004", reason: "test", expires: "2027-01-01")
        // The group took its reference before the waiver was added; the listed copy carries it.
        let assembly = StackAssembly([Group("app", net: net), waived])
        let vpc = assembly.resources.first { $0.address.description == "aws_vpc.main" }
        #expect(vpc?.waivers.map(\.rule) == ["ELB004"])
        #expect(addresses(assembly).filter { $0 == "aws_vpc.main" }.count == 1)
    }

    /// A construct is the same as another of its type when their values are, whatever modifiers either carries.
    @Test func sameConstructComparesValuesNotModifiers() {
        // Same type, label and line; one value differs in the network it refers to.
        let plain = Group("app", net: Net("a"), line: 9)
        let waived = plain.waive("EC2005", reason: "test", expires: "2027-01-01")
        let other = Group("app", net: Net("b"), line: 9)
        #expect(plain.isSameConstruct(as: plain) == true)
        #expect(plain.isSameConstruct(as: waived) == true)
        #expect(waived.isSameConstruct(as: plain) == true)
        #expect(plain.isSameConstruct(as: other) == false)
        #expect(waived.isSameConstruct(as: other.waive("EC2005", reason: "test", expires: "2027-01-01")) == false)
        #expect(waived.isSameConstruct(as: other) == false)
        #expect(plain.isSameConstruct(as: Net("app", line: 9)) == false)
    }

    @Test func twoDifferentConstructsOnOneLineStayTwo() {
        let nets = ["a", "b"].map { Net($0, line: 7) }
        #expect(addresses(StackAssembly(nets)) == ["aws_vpc.a", "aws_vpc.b"])
    }

    @Test func outputsReachTheirConstructs() {
        let net = Net("main")
        let assembly = StackAssembly([Output("vpc_id", net.id, "The VPC")])
        #expect(addresses(assembly) == ["aws_vpc.main"])
        #expect(assembly.outputs.map(\.name) == ["vpc_id"])
        #expect(assembly.outputs.first?.value == .expression("${aws_vpc.main.id}"))
    }

    @Test func problemsAreCollectedAndModelChecksReportThem() {
        let line = #line + 1
        let assembly = StackAssembly([Group("bad", net: Net("main"))])
        #expect(assembly.problems.map(\.message) == ["group `bad` is wired wrong"])
        let model = StackModel(
            stack: "demo",
            environment: "dev",
            configuration: TerraformConfiguration(
                requiredVersion: ">= 1.10.0",
                requiredProviders: [:],
                backend: nil,
                providers: []
            ),
            resources: assembly.resources,
            problems: assembly.problems
        )
        let diagnostic = ModelChecks.check(model).first { $0.id == ModelChecks.constructProblem }
        #expect(diagnostic?.location == SourceLocation(file: "stacks/demo/Demo.swift", line: line))
        #expect(diagnostic?.stack == "demo")
    }

    @Test func templatesCarryReferencesAndRenderAsExpressions() {
        let net = Net("main")
        let value = net.id.interpolated(prefix: "id=", suffix: "!")
        #expect(value.references.map(\.traversal) == ["aws_vpc.main.id"])
        #expect(value.references.first?.origin != nil)
        #expect(value == .expression("id=${aws_vpc.main.id}!"))
        #expect(JSONValue.object(["a": [value]]).lowered == ["a": [.expression("id=${aws_vpc.main.id}!")]])
        #expect(Ref<ARN<Net>>.existing("arn:aws:x").value == "arn:aws:x")
    }
}
