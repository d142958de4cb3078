import InfraCore
import InfraPolicy
import Testing

/// The schema rules (SCH001–SCH009) against the embedded hashicorp/aws 5.100.0 schema: a passing and a failing
/// fixture per rule, then the edges of Terraform JSON's type conversions and block syntax.
@Suite struct SchemaRulesTests {
    /// One finding, reduced to what the tests compare.
    struct Finding: Hashable, CustomStringConvertible {
        var id: String
        var attribute: String?
        var message: String

        init(_ id: RuleID, _ attribute: String?, _ message: String) {
            self.id = id.rawValue
            self.attribute = attribute
            self.message = message
        }

        var description: String { "\(id) \(attribute ?? "-"): \(message)" }
    }

    /// SCH010 (provider value constraints) has its own suite, ProviderConstraintTests.
    static let schemaEngine = PolicyEngine(
        rules: RuleCatalog.all.filter { $0.family == .schema && $0.id != .schemaProviderConstraint }
    )

    /// The schema findings for one resource `<type>.main` with `body`.
    func findings(_ type: String, _ body: [String: JSONValue]) -> [Finding] {
        let document: JSONValue = ["resource": [type: ["main": .object(body)]]]
        let rendered = RenderedStack(stack: "fixture", environment: "dev", document: document, files: [])
        let context = PolicyContext(environment: "dev", today: CalendarDate(year: 2026, month: 11, day: 23))
        return Self.schemaEngine.evaluate(rendered, context: context).map { diagnostic in
            #expect(diagnostic.address == "\(type).main")
            return Finding(RuleID(diagnostic.id), diagnostic.attribute, diagnostic.message)
        }
    }

    func findings(_ type: String, _ body: [String: JSONValue], of rule: RuleID) -> [Finding] {
        findings(type, body).filter { $0.id == rule.rawValue }
    }

    /// A listener with everything the schema requires.
    static let listener: [String: JSONValue] = [
        "load_balancer_arn": .expression("${aws_lb.main.arn}"),
        "port": 443,
        "protocol": "HTTPS",
        "certificate_arn": "arn:aws:acm:us-east-1:111122223333:certificate/abc",
        "default_action": [
            ["type": "fixed-response", "fixed_response": [["content_type": "text/plain", "status_code": "404"]]]
        ],
    ]

    static func listener(_ changes: [String: JSONValue?]) -> [String: JSONValue] {
        var body = listener
        for (key, value) in changes { body[key] = value }
        return body
    }

    // MARK: The embedded schema

    @Test func embeddedSchemaLoads() throws {
        let schema = try AWSProviderSchema.loaded.get()
        #expect(schema.provider == "hashicorp/aws")
        #expect(schema.version == "5.100.0")
        // Every resource type of the provider (issue 11), and the catalog finds each of them.
        #expect(schema.resources.count == 1526)
        #expect(AWSProviderSchema.resourceTypes == schema.resources.keys.sorted())
        #expect(AWSProviderSchema.resourceTypes.allSatisfy(AWSProviderSchema.catalog.knows))
    }

    @Test func everySchemaRuleIsAnUnwaivableSchemaRule() throws {
        let rules = RuleCatalog.all.filter { $0.family == .schema }
        #expect(
            rules.map(\.id) == [
                .schemaUnknownAttribute, .schemaUnknownNestedKey, .schemaMissingRequired, .schemaWrongType,
                .schemaBlockCount, .schemaComputedOnly, .schemaDeprecated, .schemaUncheckedType,
                .schemaUnknownResourceType, .schemaProviderConstraint,
            ]
        )
        #expect(rules.map(\.id.rawValue) == (1...10).map { $0 < 10 ? "SCH00\($0)" : "SCH0\($0)" })
        for rule in rules {
            #expect(!rule.isWaivable)
            #expect(!rule.title.isEmpty && !rule.rationale.isEmpty && !rule.remediation.isEmpty)
            #expect(rule.scope == .allEnvironments)
        }
        #expect(
            rules.map(\.severity) == [.error, .error, .error, .error, .error, .error, .warning, .note, .error, .error]
        )
        // Every type: the provider's are checked, and other providers' get SCH008 once.
        for rule in rules where rule.id != .schemaProviderConstraint {
            #expect(rule.resourceTypes == [Rule.everyType], "\(rule.id)")
        }
    }

    /// Issue 11: an outside file with many resources of another provider's type hears it once, on the first of them.
    @Test func otherProvidersTypesAreReportedOncePerType() {
        let document = Doc.resources([
            ("random_password", "b", ["length": 16]),
            ("random_password", "a", ["length": 16]),
            ("random_password", "c", ["length": 16]),
        ])
        let rendered = RenderedStack(stack: "outside", environment: "dev", document: document, files: [], waivers: [:])
        let hits = PolicyEngine().evaluate(
            rendered,
            context: PolicyContext(environment: "dev", today: CalendarDate(year: 2026, month: 11, day: 23))
        )
        .filter { $0.id == RuleID.schemaUncheckedType.rawValue }
        #expect(hits.map(\.address) == ["random_password.a"])
        #expect(
            hits.first?.message
                == "random_password (3 resources) is a resource type of the `random` provider, not of hashicorp/aws, so infragen's schema rules do not check its arguments"
        )
        #expect(hits.first?.hint?.contains("make schema") == false)
    }

    @Test func aCompleteResourceHasNoFinding() {
        #expect(findings("aws_lb_listener", Self.listener) == [])
        #expect(findings("aws_sns_topic", [:]) == [])
    }

    // MARK: SCH001 unknown argument

    @Test func unknownArgument() {
        #expect(
            findings("aws_sns_topic", ["name": "alerts", "display_name": "Alerts"], of: .schemaUnknownAttribute) == []
        )
        #expect(
            findings("aws_sns_topic", ["name": "alerts", "bogus": "x"]) == [
                Finding(.schemaUnknownAttribute, "bogus", "`bogus` is not an argument of aws_sns_topic")
            ]
        )
        #expect(
            findings("aws_sns_topic", ["nmae": "alerts"]) == [
                Finding(
                    .schemaUnknownAttribute,
                    "nmae",
                    "`nmae` is not an argument of aws_sns_topic (did you mean `name`?)"
                )
            ]
        )
    }

    @Test func metaArgumentsAndCommentsAreAllowed() {
        let body: [String: JSONValue] = [
            "//": "a comment",
            "name": "alerts",
            "depends_on": ["aws_kms_key.main"],
            "count": 1,
            "provider": "aws.west",
            "lifecycle": [
                "create_before_destroy": true, "prevent_destroy": false,
                "ignore_changes": ["tags", "name", "tags[\"Name\"]"],
                "replace_triggered_by": [], "precondition": [], "postcondition": [],
            ],
            "provisioner": ["local-exec": ["command": "true"]],
            "connection": ["type": "ssh"],
        ]
        #expect(findings("aws_sns_topic", body) == [])
        #expect(
            findings("aws_sns_topic", ["for_each": .expression("${var.topics}"), "name": .expression("${each.key}")])
                == []
        )
        #expect(findings("aws_sns_topic", ["lifecycle": ["ignore_changes": "all"]]) == [])
    }

    @Test func ignoreChangesMustNameAnArgument() {
        #expect(
            findings("aws_sns_topic", ["lifecycle": ["ignore_changes": ["name", "nmae"]]]) == [
                Finding(
                    .schemaUnknownAttribute,
                    "lifecycle.ignore_changes[1]",
                    "`lifecycle.ignore_changes` names `nmae`, which is not an argument of aws_sns_topic"
                )
            ]
        )
    }

    // MARK: SCH002 unknown nested key

    @Test func unknownKeyInsideABlock() {
        #expect(findings("aws_lb_listener", Self.listener, of: .schemaUnknownNestedKey) == [])
        let body = Self.listener([
            "default_action": [["type": "fixed-response", "fixed_respons": [["content_type": "text/plain"]]]]
        ])
        #expect(
            findings("aws_lb_listener", body, of: .schemaUnknownNestedKey) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "default_action[0].fixed_respons",
                    "block `default_action[0]` of aws_lb_listener has no argument or block `fixed_respons` (did you mean `fixed_response`?)"
                )
            ]
        )
        // Written as one object, the block's path has no index.
        #expect(
            findings("aws_instance", ["metadata_options": ["http_tokens": "required", "hop_limit": 1]]) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "metadata_options.hop_limit",
                    "block `metadata_options` of aws_instance has no argument or block `hop_limit`"
                )
            ]
        )
    }

    @Test func unknownLifecycleKey() {
        #expect(
            findings("aws_sns_topic", ["lifecycle": ["create_before_destroy": true, "prevent_destroyed": true]]) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "lifecycle.prevent_destroyed",
                    "`lifecycle` has no argument `prevent_destroyed` (did you mean `prevent_destroy`?)"
                )
            ]
        )
    }

    @Test func unknownKeyInAnObjectValue() {
        let route: JSONValue = [
            "cidr_block": "0.0.0.0/0", "gateway_id": .expression("${aws_internet_gateway.main.id}"),
            "carrier_gateway_id": nil,
            "core_network_arn": nil, "destination_prefix_list_id": nil, "egress_only_gateway_id": nil,
            "ipv6_cidr_block": nil,
            "local_gateway_id": nil, "nat_gateway_id": nil, "network_interface_id": nil, "transit_gateway_id": nil,
            "vpc_endpoint_id": nil, "vpc_peering_connection_id": nil,
        ]
        #expect(findings("aws_route_table", ["vpc_id": "vpc-1", "route": [route]]) == [])
        guard case .object(var extra) = route else { return }
        extra["nat_gateway"] = "nat-1"
        #expect(
            findings("aws_route_table", ["vpc_id": "vpc-1", "route": [.object(extra)]]) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "route[0].nat_gateway",
                    "`route[0]` of aws_route_table has no attribute `nat_gateway`, so terraform silently drops it (did you mean `nat_gateway_id`?)"
                )
            ]
        )
    }

    // MARK: SCH003 missing required argument

    @Test func missingRequiredArgument() {
        #expect(findings("aws_lb_listener", Self.listener, of: .schemaMissingRequired) == [])
        #expect(
            findings("aws_lb_listener", Self.listener(["load_balancer_arn": nil])) == [
                Finding(
                    .schemaMissingRequired,
                    "load_balancer_arn",
                    "aws_lb_listener is missing the required argument `load_balancer_arn`"
                )
            ]
        )
        // An explicit null is missing too.
        #expect(findings("aws_lb_listener", Self.listener(["load_balancer_arn": .some(.null)])).map(\.id) == ["SCH003"])
    }

    @Test func missingRequiredArgumentInANestedBlock() {
        let body = Self.listener([
            "default_action": [["type": "fixed-response", "fixed_response": [["status_code": "404"]]]]
        ])
        #expect(
            findings("aws_lb_listener", body) == [
                Finding(
                    .schemaMissingRequired,
                    "default_action[0].fixed_response[0].content_type",
                    "block `default_action[0].fixed_response[0]` of aws_lb_listener is missing the required argument `content_type`"
                )
            ]
        )
    }

    @Test func objectValuesListEveryAttribute() {
        let ingress: JSONValue = ["from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]]
        #expect(
            findings("aws_security_group", ["ingress": [ingress]]) == [
                Finding(
                    .schemaMissingRequired,
                    "ingress[0]",
                    "`ingress[0]` of aws_security_group is missing `description`, `ipv6_cidr_blocks`, `prefix_list_ids`, `security_groups`, `self`: an object value must list every attribute of its type, null for the unused ones"
                )
            ]
        )
        let complete: JSONValue = [
            "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "description": nil,
            "ipv6_cidr_blocks": nil, "prefix_list_ids": nil, "security_groups": nil, "self": nil,
        ]
        #expect(findings("aws_security_group", ["ingress": [complete]]) == [])
    }

    // MARK: SCH004 wrong type

    @Test func wrongTypeForALiteral() {
        #expect(findings("aws_lb_listener", Self.listener(["port": "443"]), of: .schemaWrongType) == [])
        #expect(
            findings("aws_lb_listener", Self.listener(["port": "https"])) == [
                Finding(
                    .schemaWrongType,
                    "port",
                    "`port` of aws_lb_listener expects a number, found the string \"https\", which is not a number"
                )
            ]
        )
    }

    @Test func expressionsAreUnknownUntilPlanAndAlwaysPass() {
        let body = Self.listener([
            "port": .expression("${var.port}"),
            "certificate_arn": .expression("${aws_acm_certificate.main.arn}"),
            "tags": .expression("${local.tags}"),
        ])
        #expect(findings("aws_lb_listener", body) == [])
        #expect(
            findings(
                "aws_lb",
                ["subnets": .expression("${aws_subnet.public[*].id}"), "idle_timeout": .expression("${var.timeout}")]
            ) == []
        )
    }

    @Test(arguments: ["80", "-1", "+2", "1.5", ".5", "1e3", "2.5E-2"])
    func numericStringsConvertToNumbers(text: String) {
        #expect(findings("aws_lb_listener", Self.listener(["port": .string(text)])) == [])
    }

    @Test(arguments: ["", "eighty", "0x50", " 80", "80 ", "1e", "1.2.3", "Inf", "NaN", "-"])
    func otherStringsAreNotNumbers(text: String) {
        #expect(findings("aws_lb_listener", Self.listener(["port": .string(text)])).map(\.id) == ["SCH004"])
    }

    @Test func primitivesConvertTheWayTerraformDoes() {
        // Numbers and bools become strings; "true", "false", "1" and "0" become bools.
        #expect(
            findings("aws_lb_target_group", ["deregistration_delay": 5, "name": "tg", "protocol_version": true]) == []
        )
        for text in ["true", "false", "1", "0"] {
            #expect(findings("aws_vpc", ["enable_dns_support": .string(text)]) == [], "\(text)")
        }
        #expect(
            findings("aws_vpc", ["enable_dns_support": "yes"]) == [
                Finding(
                    .schemaWrongType,
                    "enable_dns_support",
                    "`enable_dns_support` of aws_vpc expects a bool, found the string \"yes\""
                )
            ]
        )
        #expect(
            findings("aws_vpc", ["enable_dns_support": 1]) == [
                Finding(
                    .schemaWrongType,
                    "enable_dns_support",
                    "`enable_dns_support` of aws_vpc expects a bool, found the number 1"
                )
            ]
        )
        #expect(
            findings("aws_vpc", ["enable_dns_support": "True"]) == [
                Finding(
                    .schemaWrongType,
                    "enable_dns_support",
                    "`enable_dns_support` of aws_vpc expects a bool, found the string \"True\"; "
                        + "terraform converts only lowercase \"true\""
                )
            ]
        )
        #expect(findings("aws_lb_listener", Self.listener(["port": true])).map(\.id) == ["SCH004"])
    }

    @Test func collectionsAndStructure() {
        #expect(
            findings("aws_lb", ["subnets": "subnet-1"]) == [
                Finding(
                    .schemaWrongType,
                    "subnets",
                    "`subnets` of aws_lb expects a set(string), found the string \"subnet-1\""
                )
            ]
        )
        #expect(
            findings("aws_sns_topic", ["name": ["alerts"]]) == [
                Finding(.schemaWrongType, "name", "`name` of aws_sns_topic expects a string, found a list")
            ]
        )
        #expect(
            findings("aws_sns_topic", ["tags": ["Name", "alerts"]]) == [
                Finding(.schemaWrongType, "tags", "`tags` of aws_sns_topic expects a map(string), found a list")
            ]
        )
        #expect(
            findings("aws_sns_topic", ["tags": ["Name": "alerts", "Owner": ["team": "x"]]]) == [
                Finding(
                    .schemaWrongType,
                    "tags.Owner",
                    "`tags.Owner` of aws_sns_topic expects a string, found an object"
                )
            ]
        )
        #expect(
            findings("aws_lb", ["subnets": ["subnet-1", ["id": "subnet-2"]]]) == [
                Finding(.schemaWrongType, "subnets[1]", "`subnets[1]` of aws_lb expects a string, found an object")
            ]
        )
        #expect(findings("aws_sns_topic", ["tags": ["Name": "alerts", "Count": 3]]) == [])
        #expect(findings("aws_lb", ["subnets": []]) == [])
    }

    @Test func aBlockMustBeAnObjectOrAListOfObjects() {
        #expect(
            findings("aws_lb_listener", Self.listener(["default_action": "forward"])).contains(
                Finding(
                    .schemaWrongType,
                    "default_action",
                    "`default_action` of aws_lb_listener is the string \"forward\"; a `default_action` block is an object or a list of objects"
                )
            )
        )
        #expect(
            findings("aws_instance", ["metadata_options": ["required"]]) == [
                Finding(
                    .schemaWrongType,
                    "metadata_options[0]",
                    "`metadata_options[0]` of aws_instance is the string \"required\"; a `metadata_options` block is an object"
                )
            ]
        )
    }

    // MARK: SCH005 block count

    @Test func blockCountWithinLimits() {
        #expect(
            findings("aws_instance", ["metadata_options": ["http_tokens": "required"]], of: .schemaBlockCount) == []
        )
        #expect(
            findings("aws_instance", ["metadata_options": [["http_tokens": "required"]]], of: .schemaBlockCount) == []
        )
        #expect(findings("aws_instance", ["metadata_options": nil], of: .schemaBlockCount) == [])
        #expect(
            findings("aws_instance", ["metadata_options": [["http_tokens": "required"], ["http_endpoint": "enabled"]]])
                == [
                    Finding(
                        .schemaBlockCount,
                        "metadata_options",
                        "aws_instance allows at most 1 `metadata_options` block, found 2"
                    )
                ]
        )
    }

    @Test func requiredBlocksArePresent() {
        #expect(
            findings("aws_lb_listener", Self.listener(["default_action": nil])) == [
                Finding(
                    .schemaBlockCount,
                    "default_action",
                    "aws_lb_listener needs at least 1 `default_action` block, found none"
                )
            ]
        )
        #expect(
            findings("aws_lb_listener", Self.listener(["default_action": []])) == [
                Finding(
                    .schemaBlockCount,
                    "default_action",
                    "aws_lb_listener needs at least 1 `default_action` block, found 0"
                )
            ]
        )
    }

    @Test func nestedBlockCountsUseTheFullPath() {
        let redirect: JSONValue = ["status_code": "HTTP_301"]
        let body = Self.listener(["default_action": [["type": "redirect", "redirect": [redirect, redirect]]]])
        #expect(
            findings("aws_lb_listener", body) == [
                Finding(
                    .schemaBlockCount,
                    "default_action[0].redirect",
                    "aws_lb_listener allows at most 1 `default_action[0].redirect` block, found 2"
                )
            ]
        )
        // `timeouts` nests as `single`: one object only.
        #expect(findings("aws_lb_listener", Self.listener(["timeouts": ["create": "5m"]])) == [])
        #expect(
            findings("aws_lb_listener", Self.listener(["timeouts": [["create": "5m"], ["update": "5m"]]])).map(\.id)
                == ["SCH005"]
        )
    }

    @Test func dynamicBlocksAreCheckedButNotCounted() {
        let dynamic: JSONValue = [
            "default_action": [
                "for_each": .expression("${var.actions}"), "content": ["type": .expression("${default_action.value}")],
            ]
        ]
        #expect(findings("aws_lb_listener", Self.listener(["default_action": nil, "dynamic": dynamic])) == [])
        let wrong: JSONValue = [
            "default_actions": ["for_each": .expression("${var.actions}"), "content": ["kind": "forward"]]
        ]
        #expect(
            findings("aws_lb_listener", Self.listener(["dynamic": wrong])) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "dynamic.default_actions",
                    "`dynamic` names `default_actions`, which is not a block type of aws_lb_listener"
                )
            ]
        )
        let unknownKey: JSONValue = [
            "default_action": ["for_each": .expression("${var.actions}"), "content": ["type": "forward", "kind": "x"]]
        ]
        #expect(
            findings("aws_lb_listener", Self.listener(["dynamic": unknownKey])).map(\.attribute) == [
                "dynamic.default_action.content.kind"
            ]
        )
    }

    /// `aws_security_group.ingress` is an attribute (a set of objects) that terraform also takes in block syntax, so
    /// `dynamic "ingress"` is valid (terraform validate passes it); as a block, its content need not list every
    /// attribute, but it may not name one the object does not have.
    @Test func dynamicBlocksFillAttributesOfObjects() {
        let ingress: JSONValue = [
            "for_each": .expression("${var.ports}"),
            "content": [
                "from_port": .expression("${ingress.value}"), "to_port": .expression("${ingress.value}"),
                "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"],
            ],
        ]
        #expect(findings("aws_security_group", ["name": "web", "dynamic": ["ingress": ingress]]) == [])
        let misspelt: JSONValue = [
            "for_each": .expression("${var.ports}"),
            "content": ["from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_block": ["10.0.0.0/8"]],
        ]
        #expect(
            findings("aws_security_group", ["name": "web", "dynamic": ["egress": misspelt]]) == [
                Finding(
                    .schemaUnknownNestedKey,
                    "dynamic.egress.content.cidr_block",
                    "`dynamic.egress.content` of aws_security_group has no attribute `cidr_block` (did you mean "
                        + "`cidr_blocks`?)"
                )
            ]
        )
        let wrongType: JSONValue = [
            "for_each": .expression("${var.ports}"),
            "content": ["from_port": "ssh", "to_port": 22, "protocol": "tcp"],
        ]
        #expect(
            findings("aws_security_group", ["name": "web", "dynamic": ["ingress": wrongType]]).map(\.attribute) == [
                "dynamic.ingress.content.from_port"
            ]
        )
        // A string attribute is not filled by a block.
        #expect(
            findings("aws_security_group", ["dynamic": ["name": ["for_each": [1], "content": [:]]]]).map(\.id) == [
                "SCH002"
            ]
        )
    }

    // MARK: SCH006 computed-only

    @Test func computedOnlyAttributes() {
        #expect(findings("aws_sns_topic", ["name": "alerts", "arn": nil]) == [])
        #expect(
            findings("aws_sns_topic", ["name": "alerts", "arn": "arn:aws:sns:us-east-1:111122223333:alerts"]) == [
                Finding(
                    .schemaComputedOnly,
                    "arn",
                    "`arn` of aws_sns_topic is computed by the provider and cannot be set"
                )
            ]
        )
        // Optional and computed (`id`, `tags_all` in SDK resources; a default the provider fills) may be set.
        #expect(findings("aws_sns_topic", ["name": "alerts", "tags_all": ["a": "b"]]) == [])
        #expect(
            findings(
                "aws_lb_listener",
                Self.listener([
                    "default_action": [
                        [
                            "type": "forward", "target_group_arn": "x",
                            "forward": [
                                ["target_group": [["arn": "x"]], "stickiness": [["duration": 60, "enabled": true]]]
                            ],
                        ]
                    ]
                ])
            )
            .filter { $0.id == "SCH006" } == []
        )
    }

    // MARK: SCH007 deprecated

    @Test func deprecatedArguments() {
        #expect(findings("aws_eip", ["domain": "vpc"]) == [])
        #expect(findings("aws_eip", ["domain": "vpc", "vpc": nil]) == [])
        #expect(
            findings("aws_eip", ["vpc": true]) == [
                Finding(
                    .schemaDeprecated,
                    "vpc",
                    "`vpc` of aws_eip is deprecated in hashicorp/aws 5.100.0; use `domain = \"vpc\"` instead"
                )
            ]
        )
    }

    @Test func deprecatedBlocks() {
        #expect(findings("aws_s3_bucket", ["bucket": "b"]) == [])
        #expect(
            findings("aws_s3_bucket", ["bucket": "b", "versioning": [["enabled": true]]]) == [
                Finding(
                    .schemaDeprecated,
                    "versioning",
                    "block `versioning` of aws_s3_bucket is deprecated in hashicorp/aws 5.100.0; "
                        + "use the aws_s3_bucket_versioning resource instead"
                )
            ]
        )
    }

    // MARK: SCH008 types of other providers

    @Test func typesOfOtherProviders() {
        #expect(findings("aws_sns_topic", ["name": "alerts"], of: .schemaUncheckedType) == [])
        #expect(
            findings("random_id", ["byte_length": 8, "anything": "goes"]) == [
                Finding(
                    .schemaUncheckedType,
                    nil,
                    "random_id is a resource type of the `random` provider, not of hashicorp/aws, so infragen's schema rules do not check its arguments"
                )
            ]
        )
        #expect(
            findings("terraform_data", ["input": "x"]).map(\.message) == [
                "terraform_data is a resource type of terraform's built-in provider, not of hashicorp/aws, so infragen's schema rules do not check its arguments"
            ]
        )
    }

    /// Issue 11: the schema holds every type of the provider, not only those infragen's constructs emit. Types that
    /// were outside the old list of 130 get the same findings: a misspelt argument is SCH001, a correct body none.
    @Test(arguments: [
        OutsideType(
            "aws_dynamodb_table",
            ["name": "orders", "hash_key": "id", "billing_mode": "PAY_PER_REQUEST"],
            correct: "name",
            misspelt: "nme"
        ),
        OutsideType(
            "aws_sfn_state_machine",
            ["name": "flow", "role_arn": .expression("${aws_iam_role.flow.arn}"), "definition": "{}"],
            correct: "definition",
            misspelt: "defintion"
        ),
        OutsideType(
            "aws_cloudfront_origin_access_control",
            [
                "name": "oac", "origin_access_control_origin_type": "s3", "signing_behavior": "always",
                "signing_protocol": "sigv4",
            ],
            correct: "signing_protocol",
            misspelt: "signing_protocl"
        ),
    ])
    func typesOutsideTheOldListAreChecked(_ case: OutsideType) {
        #expect(findings(`case`.type, `case`.body) == [])
        var wrong = `case`.body
        wrong[`case`.misspelt] = wrong.removeValue(forKey: `case`.correct)
        #expect(
            findings(`case`.type, wrong) == [
                Finding(
                    .schemaUnknownAttribute,
                    `case`.misspelt,
                    "`\(`case`.misspelt)` is not an argument of \(`case`.type) (did you mean `\(`case`.correct)`?)"
                ),
                Finding(
                    .schemaMissingRequired,
                    `case`.correct,
                    "\(`case`.type) is missing the required argument `\(`case`.correct)`"
                ),
            ]
        )
    }

    /// A resource type that was not in the embedded schema before issue 11, with a valid body and one required
    /// argument to misspell.
    struct OutsideType: Sendable, CustomTestStringConvertible {
        var type: String
        var body: [String: JSONValue]
        var correct: String
        var misspelt: String

        init(_ type: String, _ body: [String: JSONValue], correct: String, misspelt: String) {
            self.type = type
            self.body = body
            self.correct = correct
            self.misspelt = misspelt
        }

        var testDescription: String { type }
    }

    // MARK: SCH009 types the provider does not have

    @Test func misspelledAWSTypesAreErrors() {
        #expect(
            findings("aws_lb_listner", ["port": 443]) == [
                Finding(
                    .schemaUnknownResourceType,
                    nil,
                    "aws_lb_listner is not a resource type of hashicorp/aws 5.100.0 (did you mean `aws_lb_listener`?)"
                )
            ]
        )
    }

    // MARK: Documents as a whole

    @Test func findingsAreDeterministicAndSorted() {
        let body: [String: JSONValue] = ["zeta": 1, "alpha": 2, "port": "x", "arn": "a", "default_action": []]
        let first = findings("aws_lb_listener", body)
        #expect(first == findings("aws_lb_listener", body))
        #expect(Set(first.map(\.id)) == ["SCH001", "SCH003", "SCH004", "SCH005", "SCH006"])
    }

    @Test func aResourceWrittenAsAListIsCheckedToo() {
        let document: JSONValue = ["resource": ["aws_sns_topic": ["main": [["bogus": 1]]]]]
        let rendered = RenderedStack(stack: "fixture", environment: "dev", document: document, files: [])
        let diagnostics = Self.schemaEngine.evaluate(
            rendered,
            context: PolicyContext(environment: "dev", today: CalendarDate(year: 2026, month: 1, day: 1))
        )
        #expect(diagnostics.map(\.id) == ["SCH001"])
    }
}
