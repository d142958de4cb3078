import InfraCore
import Testing

@testable import InfraPolicy

/// A block written only as a `dynamic` block exists as many times, and with what content, as its `for_each` says.
/// When `for_each` is known only at plan, the policy rules read the block as unknown: not missing (no "versioning is
/// not enabled" for a bucket whose versioning is dynamic), and not as the real content either. When it is a literal,
/// or a variable's value, the rules read the blocks terraform generates from it.
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

    /// `content` without the attributes a written `ingress` object must list: a generated block may leave them out.
    static let openContent: JSONValue = [
        "from_port": .expression("${p.value}"), "to_port": .expression("${p.value}"), "protocol": "tcp",
        "cidr_blocks": ["0.0.0.0/0"], "description": .expression("port ${p.key}: ${p.value}"),
    ]

    @Test func aLiteralForEachGeneratesItsBlocks() {
        let dynamic: JSONValue = ["ingress": ["for_each": [22], "iterator": "p", "content": Self.openContent]]
        let view = ResourceView(
            address: ResourceAddress(type: "aws_security_group", name: "main"),
            attributes: ["dynamic": dynamic]
        )
        #expect(
            view["ingress"]
                == [
                    [
                        "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"],
                        "description": "port 0: 22",
                    ]
                ]
        )
        let found = ids("aws_security_group", ["description": "web", "dynamic": dynamic])
        #expect(found.contains("EC2002"))
        // The schema rules read the `dynamic` block as written, where the content may leave attributes out.
        #expect(!found.contains { $0.hasPrefix("SCH") })
    }

    /// The written blocks come first, then each `dynamic` block's, an object's elements in the order of their keys.
    @Test func generatedBlocksFollowTheWrittenOnes() {
        let closed: JSONValue = [
            "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"], "description": "vpn",
            "ipv6_cidr_blocks": nil, "prefix_list_ids": nil, "security_groups": nil, "self": nil,
        ]
        let content: JSONValue = [
            "from_port": .expression("${ingress.value}"), "to_port": .expression("${ingress.value}"),
            "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "description": .expression("${ingress.key}"),
        ]
        let dynamic: JSONValue = ["ingress": ["for_each": ["ssh": 22, "rdp": 3389], "content": content]]
        let view = ResourceView(
            address: ResourceAddress(type: "aws_security_group", name: "main"),
            attributes: ["ingress": [closed], "dynamic": dynamic]
        )
        let blocks = view["ingress"]?.blocks ?? []
        #expect(blocks.map { $0["description"] } == ["vpn", "rdp", "ssh"])
        #expect(blocks.map { $0["from_port"] } == [22, 3389, 22])
        let document: JSONValue = [
            "resource": [
                "aws_security_group": ["main": ["description": "web", "ingress": [closed], "dynamic": dynamic]]
            ]
        ]
        let found = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == "EC2002" }
        #expect(found.map(\.attribute) == ["ingress[1].from_port", "ingress[2].from_port"])
    }

    /// `for_each = []` (a variable's default, or a conditional's other side) generates no block: it is missing.
    @Test func anEmptyForEachGeneratesNothing() {
        let dynamic: JSONValue = ["versioning": ["for_each": [], "content": ["enabled": true]]]
        let view = ResourceView(
            address: ResourceAddress(type: "aws_s3_bucket", name: "main"),
            attributes: ["bucket": "logs-bucket", "dynamic": dynamic]
        )
        #expect(view["versioning"] == nil)
        #expect(ids("aws_s3_bucket", ["bucket": "logs-bucket", "dynamic": dynamic]).contains("S3002"))
    }

    /// A policy document's `dynamic "statement"` blocks are statements, with their `condition` blocks.
    @Test func aPolicyDocumentsDynamicStatementsAreRead() {
        let statement: JSONValue = [
            "actions": .expression("${statement.value}"), "resources": ["*"],
            "dynamic": [
                "condition": [
                    "for_each": [["aws:SourceAccount", "111122223333"]], "iterator": "c",
                    "content": [
                        "test": "StringEquals", "variable": .expression("${c.value[0]}"),
                        "values": [.expression("${c.value[1]}")],
                    ],
                ]
            ],
        ]
        let document: JSONValue = [
            "data": [
                "aws_iam_policy_document": [
                    "admin": ["dynamic": ["statement": ["for_each": [["*"]], "content": statement]]]
                ]
            ],
            "resource": [
                "aws_iam_policy": [
                    "admin": ["name": "admin", "policy": .expression("${data.aws_iam_policy_document.admin.json}")]
                ]
            ],
        ]
        let index = DocumentIndex(document: document)
        let body = index.dataSources[ResourceAddress(type: "aws_iam_policy_document", name: "admin")] ?? [:]
        let condition = body["statement"]?.blocks.first?["condition"]?.blocks.first
        #expect(condition == ["test": "StringEquals", "variable": "aws:SourceAccount", "values": ["111122223333"]])
        #expect(RuleFixtureTests().findings(document, environment: "prod").map(\.id).contains("IAM002"))
    }

    /// The optional block: `for_each = var.versioned ? [1] : []` generates the block when the variable is true, and
    /// nothing when it is false, which the finding names.
    @Test(arguments: [
        (true, nil), (false, "bucket versioning is not enabled, with var.versioned's default (main.tf.json:2:30)"),
    ])
    func anOptionalBlockFollowsItsVariable(versioned: Bool, message: String?) throws {
        let text = """
            {
              "variable": {"versioned": {"default": \(versioned)}},
              "resource": {"aws_s3_bucket": {"logs": {
                "bucket": "acme-logs",
                "dynamic": {"versioning": {"for_each": "${var.versioned ? [1] : []}", "content": {"enabled": true}}}
              }}}
            }
            """
        var input = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "dev")
        input.resolveReferences()
        input.index()
        let found = input.lint(today: ReferenceValueTests.today).filter { $0.id == "S3002" }
        #expect(found.map(\.message) == (message.map { [$0] } ?? []))
    }

    /// `dynamic` blocks nested eight deep, ten elements each, would generate 10^8 blocks from a few hundred bytes:
    /// generation stops at the budget, and what is past it is known only at plan.
    @Test func nestedGenerationStopsAtTheBudget() {
        var dynamic: JSONValue = ["b7": ["for_each": .array((0..<10).map { .int($0) }), "content": ["x": 1]]]
        for level in (0..<7).reversed() {
            dynamic = [
                "b\(level)": ["for_each": .array((0..<10).map { .int($0) }), "content": ["dynamic": dynamic]]
            ]
        }
        let generated = DynamicBlocks.generated(by: dynamic)
        func count(_ value: JSONValue) -> Int {
            switch value {
            case .array(let elements): 1 + elements.reduce(0) { $0 + count($1) }
            case .object(let members): 1 + members.values.reduce(0) { $0 + count($1) }
            default: 1
            }
        }
        /// Whether some object below `value` holds generated `key` blocks.
        func generates(_ key: String, _ value: JSONValue) -> Bool {
            switch value {
            case .array(let elements): elements.contains { generates(key, $0) }
            case .object(let members):
                members[key]?.arrayValue != nil || members.values.contains { generates(key, $0) }
            default: false
            }
        }
        /// Whether some generated block below `value` holds a `dynamic` block that generated nothing.
        func leavesToPlan(_ value: JSONValue) -> Bool {
            switch value {
            case .array(let elements): return elements.contains(where: leavesToPlan)
            case .object(let members):
                if let types = members["dynamic"]?.objectValue?.keys, types.contains(where: { members[$0] == nil }) {
                    return true
                }
                return members.values.contains(where: leavesToPlan)
            default: return false
            }
        }
        // Computed apart: a failed expectation would print the whole tree.
        let size = count(.object(generated))
        let generatesInner = generates("b1", .object(generated))
        let leaves = leavesToPlan(.object(generated))
        #expect(generated["b0"]?.arrayValue?.count == 10)
        #expect(size <= 2 * DynamicBlocks.budget)
        #expect(generatesInner)
        #expect(leaves)
    }

    /// The budget is the document's, spent in address order: of two resources that each would generate most of it,
    /// the first generates its blocks, and the second's are known only at plan, whichever core read them.
    @Test func theDocumentsBudgetGoesInAddressOrder() {
        // Each generates 30 blocks of 2 values: 60 of the 100.
        let elements = JSONValue.array((0..<30).map { .int($0) })
        let body: JSONValue = [
            "description": "web",
            "dynamic": ["ingress": ["for_each": elements, "content": ["from_port": .expression("${ingress.value}")]]],
        ]
        let document: JSONValue = ["resource": ["aws_security_group": ["b": body, "a": body]]]
        let index = DocumentIndex(document: document, dynamicBudget: 100)
        #expect(index.leftDynamicBlocksToPlan)
        #expect(!DocumentIndex(document: document, dynamicBudget: 120).leftDynamicBlocksToPlan)
        let resources = index.everyResource()
        let ingress = resources.map { ($0.address.name, $0["ingress"]) }
        #expect(ingress.map(\.0) == ["a", "b"])
        #expect(ingress.first?.1?.arrayValue?.count == 30)
        #expect(ingress.last?.1 == .expression("${dynamic.ingress}"))
        #expect(
            DocumentIndex(document: document, dynamicBudget: 120).everyResource().last?["ingress"]?.arrayValue?.count
                == 30
        )
    }

    /// One `dynamic` block of a type whose `for_each` is known only at plan leaves the type unknown, whatever the
    /// others generate.
    @Test func oneUnknownForEachLeavesTheTypeUnknown() {
        let dynamic: JSONValue = [
            "ingress": [
                ["for_each": [22], "iterator": "p", "content": Self.openContent],
                ["for_each": .expression("${aws_instance.web[*].port}"), "iterator": "p", "content": Self.openContent],
            ]
        ]
        let generated = DynamicBlocks.generated(by: dynamic)
        #expect(generated == ["ingress": .expression("${dynamic.ingress}")])
        #expect(!ids("aws_security_group", ["description": "web", "dynamic": dynamic]).contains("EC2002"))
    }

    /// A `dynamic` block inside a generated block's content reads the outer iterator.
    @Test func nestedDynamicBlocksReadTheOuterIterator() {
        let inner: JSONValue = [
            "rule": [
                "for_each": .expression("${group.value.rules}"),
                "content": ["name": .expression("${group.key}-${rule.value}")],
            ]
        ]
        let dynamic: JSONValue = [
            "group": ["for_each": ["a": ["rules": ["x", "y"]]], "content": ["dynamic": inner, "id": 1]]
        ]
        let generated = DynamicBlocks.generated(by: dynamic)
        let group = generated["group"]?.blocks.first
        #expect(group?["rule"] == [["name": "a-x"], ["name": "a-y"]])
        #expect(group?["id"] == 1)
    }

    /// What an expression of an iterator reads, and what it does not: any other expression stays as written.
    @Test func iteratorsAreReadByTraversal() {
        let scope = [
            DynamicBlocks.Iterator(
                name: "it",
                key: 0,
                value: ["a": ["b": "deep"], "list": ["x", "y"], "port": 22]
            )
        ]
        #expect(DynamicBlocks.read("${it.key}", scope) == 0)
        #expect(DynamicBlocks.read("${ it.value.port }", scope) == 22)
        #expect(DynamicBlocks.read("${it.value.a.b}", scope) == "deep")
        #expect(DynamicBlocks.read(#"${it.value["a"]["b"]}"#, scope) == "deep")
        #expect(DynamicBlocks.read("${it.value.list[1]}", scope) == "y")
        #expect(DynamicBlocks.read("${it.value.list[2]}", scope) == nil)
        #expect(DynamicBlocks.read("${it.value.missing}", scope) == nil)
        #expect(DynamicBlocks.read("${other.value}", scope) == nil)
        #expect(DynamicBlocks.read("${it.value.port + 1}", scope) == nil)
        #expect(DynamicBlocks.read("${upper(it.value.a.b)}", scope) == nil)
        #expect(DynamicBlocks.read("${it.values}", scope) == nil)
        #expect(DynamicBlocks.read(#"${lookup(it.value, "port", 0)}"#, scope) == 22)
        #expect(DynamicBlocks.read(#"${ lookup(it.value.a, "b") }"#, scope) == "deep")
        #expect(DynamicBlocks.read(#"${lookup(it.value, "cidrs", null)}"#, scope) == .null)
        #expect(DynamicBlocks.read(#"${lookup(it.value, "cidrs", ["10.0.0.0/8"])}"#, scope) == nil)
        #expect(DynamicBlocks.read(#"${lookup(it.value, "cidrs", [])}"#, scope) == [])
        #expect(DynamicBlocks.read(#"${lookup(it.value, "cidrs")}"#, scope) == nil)
        #expect(DynamicBlocks.read(#"${lookup(it.value, var.key, 0)}"#, scope) == nil)
        #expect(DynamicBlocks.read(#"${lookup(it.value.list, "a", 0)}"#, scope) == nil)
        #expect(DynamicBlocks.read(#"${lookup(it.value, "a,b", "x,y")}"#, scope) == "x,y")
        #expect(DynamicBlocks.read(#"${lookup(it.value, "port")"#, scope) == nil)
        #expect(
            DynamicBlocks.substituted(.expression("${it.value.a.b}-${var.x}"), scope)
                == .expression("${it.value.a.b}-${var.x}")
        )
        #expect(DynamicBlocks.substituted(.expression("${it.value.a.b}-${it.key}"), scope) == "deep-0")
    }

    /// A variable's default as `for_each` generates blocks too, and the finding says where the value comes from, at
    /// the `dynamic` block.
    @Test func aVariablesDefaultGeneratesBlocks() throws {
        let text = """
            {
              "variable": {"rules": {"default": [{"port": 22, "cidrs": ["0.0.0.0/0"]}]}},
              "resource": {"aws_security_group": {"web": {
                "description": "web",
                "dynamic": {"ingress": {"for_each": "${var.rules}", "content": {
                  "from_port": "${ingress.value.port}", "to_port": "${ingress.value.port}", "protocol": "tcp",
                  "cidr_blocks": "${ingress.value.cidrs}"}}}
              }}}
            }
            """
        var input = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "dev")
        input.resolveReferences()
        input.index()
        let found = input.lint(today: ReferenceValueTests.today).filter { $0.id == "EC2002" }
        #expect(found.map(\.message) == ["port 22 open to 0.0.0.0/0, with var.rules's default (main.tf.json:2:26)"])
        #expect(found.map(\.location?.description) == ["main.tf.json:5:5"])
    }
}
