import Foundation
import InfraCore
import InfraPolicy
import InfraTestSupport
import Testing

/// The provider constraint table (`ProviderConstraints`) and SCH010: the data is well formed, covers every resource
/// type the stacks render (read from the goldens, so a new stack's types demand data), and each constraint flags a
/// violating value and passes a valid one.
@Suite struct ProviderConstraintTests {
    static let engine = PolicyEngine(rules: RuleCatalog.all.filter { $0.id == .schemaProviderConstraint })

    /// SCH010's findings for one resource `<type>.main`, as (attribute, message).
    static func findings(_ type: String, _ body: [String: JSONValue]) -> [(attribute: String, message: String)] {
        let document: JSONValue = ["resource": [type: ["main": .object(body)]]]
        let rendered = RenderedStack(stack: "fixture", environment: "dev", document: document, files: [])
        let context = PolicyContext(environment: "dev", today: CalendarDate(year: 2026, month: 11, day: 23))
        return engine.evaluate(rendered, context: context).map { ($0.attribute ?? "", $0.message) }
    }

    /// A top-level JSON argument is judged by the document index's parse of it, which reads the text with its `$${`
    /// escapes: the answer must be the provider's for the plain text.
    @Test(arguments: [
        (#"{"Version":"2012-10-17","Statement":[]}"#, true), ("{not json", false), ("", false), ("[1, 2]", true),
        (#"{"Sid":"${literal}"}"#, true), ("${", false), (#"{"a":1}%{"#, false), ("7", true),
    ])
    func topLevelJSONIsJudgedAsThePlainText(text: String, isJSON: Bool) {
        let messages = Self.findings("aws_iam_policy", ["policy": .string(text)]).map(\.message)
        #expect(messages.contains { $0.contains("contains an invalid JSON") } == !isJSON, "\(text.debugDescription)")
        #expect((JSONParser().value(of: text) != nil) == isJSON)
    }

    /// SCH010 on a JSON string says why and where the text stops being JSON, for a top-level argument (read by the
    /// document index) and for one nested in a block (judged by the checker itself).
    @Test func invalidJSONNamesTheReasonAndThePlace() {
        let policy = Self.findings("aws_iam_policy", ["policy": .string("{\"Version\":\n  [1, 2,]}")]).map(\.message)
        let reason = "expected a value after `,`, found `]` (line 2, column 9 of the string)"
        #expect(policy == [#""policy" contains an invalid JSON: "# + reason])
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let nested = Self.findings("aws_iam_role", ["name": "r", "assume_role_policy": .string(deep)]).map(\.message)
        #expect(nested.count == 1)
        #expect(nested.first?.contains("nested more than \(JSONParser.maximumDepth) levels deep") == true, "\(nested)")
    }

    // MARK: Coverage

    /// The resource types of every golden under Tests/StacksTests/Golden, found from this file's path.
    static func goldenResourceTypes() throws -> [String: [String]] {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StacksTests/Golden")
        var types: [String: [String]] = [:]
        let files = FileManager.default.enumerator(at: golden, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.lastPathComponent == "main.tf.json" else { continue }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
            let resources = (json as? [String: Any])?["resource"] as? [String: Any] ?? [:]
            for type in resources.keys {
                types[type, default: []].append(file.path.replacingOccurrences(of: golden.path + "/", with: ""))
            }
        }
        return types
    }

    @Test func everyResourceTypeInTheGoldensHasConstraintData() throws {
        let types = try Self.goldenResourceTypes()
        #expect(types.count >= 40, "found only \(types.count) resource types in the goldens")
        let missing = types.keys.filter { ProviderConstraints.table[$0] == nil }.sorted()
        #expect(
            missing.isEmpty,
            "no provider constraint data for \(missing.map { "\($0) (\(types[$0]?.sorted().joined(separator: ", ") ?? ""))" }); add a ResourceConstraints entry, empty if the provider has no validator for it"
        )
    }

    @Test func everyTypeIsListedOnceAndIsInTheEmbeddedSchema() {
        let types = ProviderConstraints.all.map(\.type)
        #expect(Set(types).count == types.count, "listed twice: \(types.filter { t in types.count { $0 == t } > 1 })")
        for type in types {
            #expect(AWSProviderSchema.catalog.knows(type), "\(type) is not in the embedded schema")
        }
    }

    /// The schema of the block holding a constraint's argument, and the argument's own schema.
    static func schema(of constraint: ProviderConstraint, in type: String) -> (
        block: ProviderSchema.Block, attribute: ProviderSchema.Attribute
    )? {
        guard var block = AWSProviderSchema.schema(for: [type]).resources[type] else { return nil }
        let segments = constraint.path.split(separator: ".").map(String.init)
        for segment in segments.dropLast() {
            guard let nested = block.blockTypes[segment] else { return nil }
            block = nested.block
        }
        guard let leaf = segments.last else { return nil }
        if let attribute = block.attributes[leaf] { return (block, attribute) }
        // A cross-argument constraint may name a block (`restore_to_point_in_time` conflicts with `s3_import`).
        if block.blockTypes[leaf] != nil { return (block, ProviderSchema.Attribute(type: .list(.dynamic))) }
        return nil
    }

    @Test func everyPathAndSiblingExistsInTheSchema() {
        for table in ProviderConstraints.all {
            for constraint in table.constraints {
                guard let (block, _) = Self.schema(of: constraint, in: table.type) else {
                    Issue.record("\(table.type).\(constraint.path) is not an argument of the schema")
                    continue
                }
                var siblings: [String] = []
                switch constraint.kind {
                case .conflictsWith(let names), .requiredWith(let names), .atLeastOneOf(let names),
                    .exactlyOneOf(let names):
                    siblings = names
                default: break
                }
                for name in siblings where block.attributes[name] == nil && block.blockTypes[name] == nil {
                    Issue.record("\(table.type).\(constraint.path) names `\(name)`, not an argument of its block")
                }
            }
        }
    }

    @Test func everyConstraintNamesItsProviderSourceFile() {
        for table in ProviderConstraints.all {
            for constraint in table.constraints {
                #expect(
                    constraint.source.hasPrefix("internal/") && constraint.source.hasSuffix(".go"),
                    "\(table.type).\(constraint.path): \(constraint.source)"
                )
            }
        }
    }

    @Test func everyPatternCompiles() {
        for table in ProviderConstraints.all {
            for constraint in table.constraints {
                for kind in Self.flattened(constraint.kind) {
                    switch kind {
                    case .matches(let pattern, _, _), .doesNotMatch(let pattern, _):
                        #expect((try? Regex(pattern)) != nil, "\(table.type).\(constraint.path): \(pattern)")
                    default: break
                    }
                }
            }
        }
    }

    static func flattened(_ kind: ProviderConstraint.Kind) -> [ProviderConstraint.Kind] {
        if case .anyOf(let kinds) = kind { return kinds.flatMap(flattened) }
        return [kind]
    }

    // MARK: Violating and passing values, per resource type

    static let constrainedTypes = ProviderConstraints.all.filter { !$0.constraints.isEmpty }.map(\.type).sorted()

    /// Candidate strings for a pattern or a combination; the first the check refuses (or accepts) is used.
    static let candidates = ["!@# x", "", String(repeating: "a", count: 3000), "not-an-arn", "a", "-", "A", "0"]

    /// A value of the argument's type that passes or breaks `kind`; `nil` when no such value is known.
    static func scalar(_ kind: ProviderConstraint.Kind, violating: Bool, type: ProviderSchema.ValueType) -> JSONValue? {
        func refused(_ value: JSONValue) -> Bool { !findingsFor(kind: kind, value: value).isEmpty }
        switch kind {
        case .intRange(let minimum, let maximum):
            if violating { return maximum.map { .int($0 + 1) } ?? minimum.map { .int($0 - 1) } }
            return .int(minimum ?? maximum ?? 0)
        case .intOneOf(let values):
            return violating ? .int((values.max() ?? 0) + 1) : values.first.map { .int($0) }
        case .intMultipleOf(let divisor):
            return violating ? (divisor > 1 ? .int(divisor + 1) : nil) : .int(divisor)
        case .floatRange(let minimum, let maximum):
            return violating ? .double(maximum + 1) : .double(minimum)
        case .length(let minimum, let maximum):
            if violating {
                return maximum < 100_000 ? .string(String(repeating: "a", count: maximum + 1)) : minimum > 0 ? "" : nil
            }
            return .string(String(repeating: "a", count: max(minimum, 1)))
        case .notEmpty:
            if case .number = type { return violating ? 0 : 1 }
            return violating ? "" : "x"
        case .oneOf(let values):
            return violating ? "not-a-valid-value" : values.first.map { .string($0) }
        case .arn:
            return violating ? "not-an-arn" : "arn:aws:iam::123456789012:role/example"
        case .json:
            return violating ? "{not json" : "{}"
        case .cidr:
            return violating ? "10.0.0.0/33" : "10.0.0.0/16"
        case .matches(_, _, let example):
            if violating { return candidates.map(JSONValue.string).first(where: refused) }
            return example.map { .string($0) }
        case .doesNotMatch, .anyOf:
            return candidates.map(JSONValue.string).first { refused($0) == violating }
        case .conflictsWith, .requiredWith, .atLeastOneOf, .exactlyOneOf:
            return nil
        }
    }

    /// SCH010's messages for `value` under a constraint of this kind: the table entries are the only way in from
    /// outside the module, so the value is checked at an entry of the same kind on a string argument.
    static func findingsFor(kind: ProviderConstraint.Kind, value: JSONValue) -> [String] {
        guard let (type, constraint, isList) = exemplars[kind] else { return [] }
        let body = nest(constraint.path, leaf: value, isList: isList)
        return findings(type, body).filter { $0.attribute.hasPrefix(display(constraint.path)) }.map(\.message)
    }

    /// One table entry per kind of constraint, for `findingsFor`.
    static let exemplars: [ProviderConstraint.Kind: (String, ProviderConstraint, isList: Bool)] = {
        var result: [ProviderConstraint.Kind: (String, ProviderConstraint, isList: Bool)] = [:]
        for table in ProviderConstraints.all {
            for constraint in table.constraints where result[constraint.kind] == nil {
                switch schema(of: constraint, in: table.type)?.attribute.type {
                case .string?: result[constraint.kind] = (table.type, constraint, false)
                case .list(.string)?, .set(.string)?: result[constraint.kind] = (table.type, constraint, true)
                default: break
                }
            }
        }
        return result
    }()

    /// `a.b.leaf` → `{"a": [{"b": [{"leaf": value}]}]}`.
    static func nest(_ path: String, leaf value: JSONValue, isList: Bool) -> [String: JSONValue] {
        nest(path, members: [String(path.split(separator: ".").last ?? ""): isList ? [value] : value])
    }

    static func nest(_ path: String, members: [String: JSONValue]) -> [String: JSONValue] {
        var body = members
        for segment in path.split(separator: ".").dropLast().reversed() {
            body = [String(segment): [.object(body)]]
        }
        return body
    }

    /// infragen's display of a path written by `nest`: `a[0].b[0].leaf`.
    static func display(_ path: String) -> String {
        let segments = path.split(separator: ".").map(String.init)
        return (segments.dropLast().map { "\($0)[0]" } + [segments.last ?? ""]).joined(separator: ".")
    }

    /// A value of the schema type, for arguments a cross-argument constraint only needs set.
    static func sample(_ type: ProviderSchema.ValueType) -> JSONValue {
        switch type {
        case .string: "x"
        case .number: 1
        case .bool: true
        case .list(let element), .set(let element): [sample(element)]
        case .map: ["k": "v"]
        default: ["x"]
        }
    }

    static func sample(_ name: String, in block: ProviderSchema.Block) -> JSONValue {
        if let attribute = block.attributes[name] { return sample(attribute.type) }
        return [[:]]
    }

    /// The bodies that must raise and must not raise a finding of the constraint, where they can be built.
    static func cases(_ constraint: ProviderConstraint, in type: String) -> (
        violating: [String: JSONValue]?, passing: [String: JSONValue]?
    ) {
        guard let (block, attribute) = schema(of: constraint, in: type) else { return (nil, nil) }
        let leaf = String(constraint.path.split(separator: ".").last ?? "")
        func with(_ names: [String]) -> [String: JSONValue] {
            nest(constraint.path, members: Dictionary(names.map { ($0, sample($0, in: block)) }) { first, _ in first })
        }
        switch constraint.kind {
        case .conflictsWith(let others):
            return (others.first.map { with([leaf, $0]) }, with([leaf]))
        case .requiredWith(let others):
            return (with([leaf]), with([leaf] + others))
        case .atLeastOneOf(let names):
            return (nest(constraint.path, members: ["//": "none set"]), with(Array(names.prefix(1))))
        case .exactlyOneOf(let names):
            return (names.count > 1 ? with(Array(names.prefix(2))) : nil, with(Array(names.prefix(1))))
        default:
            var isList = false
            var elementType = attribute.type
            if case .list(let element) = attribute.type { (isList, elementType) = (true, element) }
            if case .set(let element) = attribute.type { (isList, elementType) = (true, element) }
            let violating = scalar(constraint.kind, violating: true, type: elementType)
            let passing = scalar(constraint.kind, violating: false, type: elementType)
            return (
                violating.map { nest(constraint.path, leaf: $0, isList: isList) },
                passing.map { nest(constraint.path, leaf: $0, isList: isList) }
            )
        }
    }

    /// Which kind of check a message comes from: a value check, or one of the cross-argument checks.
    static func family(of message: String) -> String {
        if message.contains("\": conflicts with ") { return "conflicts" }
        if message.contains("must be specified; missing") { return "requiredWith" }
        if message.contains("\": one of `") || message.contains("\": only one of `") { return "oneOf" }
        return "value"
    }

    static func family(of kind: ProviderConstraint.Kind) -> String {
        switch kind {
        case .conflictsWith: "conflicts"
        case .requiredWith: "requiredWith"
        case .atLeastOneOf, .exactlyOneOf: "oneOf"
        default: "value"
        }
    }

    @Test(arguments: constrainedTypes)
    func violatingValuesAreFlaggedAndValidOnesPass(type: String) throws {
        let table = try #require(ProviderConstraints.table[type])
        var violations = 0
        var passes = 0
        for constraint in table {
            let (violating, passing) = Self.cases(constraint, in: type)
            let place = Self.display(constraint.path)
            // A body built for one constraint may break another on the same argument; keep the findings of its kind.
            func ofThisKind(_ finding: (attribute: String, message: String)) -> Bool {
                Self.family(of: finding.message) == Self.family(of: constraint.kind)
            }
            if let violating {
                let hits = Self.findings(type, violating).filter { $0.attribute.hasPrefix(place) && ofThisKind($0) }
                #expect(!hits.isEmpty, "\(type).\(constraint.path) \(constraint.kind): \(violating) raised nothing")
                violations += 1
            }
            if let passing {
                let hits = Self.findings(type, passing).filter {
                    ($0.attribute == place || $0.attribute.hasPrefix(place + "[")) && ofThisKind($0)
                }
                #expect(hits.isEmpty, "\(type).\(constraint.path) \(constraint.kind): \(passing) raised \(hits)")
                passes += 1
            }
        }
        #expect(violations > 0 && passes > 0, "\(type): no violating or no passing case could be built")
    }

    // MARK: Messages and unknown values

    @Test func messagesReadLikeTerraforms() {
        #expect(
            Self.findings("aws_db_instance", ["instance_class": "db.t3.micro", "backup_retention_period": 99]).map(
                \.message
            ) == ["expected backup_retention_period to be in the range (0 - 35), got 99"]
        )
        #expect(
            Self.findings("aws_route53_record", ["zone_id": "", "name": "x", "type": "A", "records": ["1.2.3.4"]])
                .map(\.message) == ["zone_id must not be empty"]
        )
        let host = String(repeating: "h", count: 140)
        let rule: [String: JSONValue] = [
            "listener_arn": .expression("${aws_lb_listener.https.arn}"),
            "action": [["type": "forward", "target_group_arn": .expression("${aws_lb_target_group.main.arn}")]],
            "condition": [["host_header": [["values": .strings([host])]]]],
        ]
        #expect(
            Self.findings("aws_lb_listener_rule", rule).map(\.attribute) == ["condition[0].host_header[0].values[0]"]
        )
        #expect(
            Self.findings("aws_lb_listener_rule", rule).first?.message.hasPrefix(
                "expected length of condition.0.host_header.0.values.0 to be in the range (1 - 128), got hhh"
            ) == true
        )
        #expect(
            Self.findings("aws_lb_listener", ["certificate_arn": "not-an-arn"]).map(\.message).contains(
                "\"certificate_arn\" (not-an-arn) is an invalid ARN: arn: invalid prefix; expected arn:partition:service:region:account-id:resource"
            )
        )
    }

    @Test func interpolationsAndNullsAreNeverReported() {
        #expect(
            Self.findings(
                "aws_db_instance",
                [
                    "backup_retention_period": .expression("${var.days}"),
                    "kms_key_id": .expression("${aws_kms_key.a.arn}"),
                ]
            ).isEmpty
        )
        #expect(Self.findings("aws_route53_record", ["zone_id": nil, "alias": [["name": "x"]]]).isEmpty)
        #expect(
            Self.findings("aws_db_instance", ["identifier": .expression("${var.id}"), "identifier_prefix": "db-"])
                .isEmpty
        )
    }

    @Test func numbersWrittenAsStringsAreChecked() {
        #expect(
            Self.findings("aws_db_instance", ["backup_retention_period": "36"]).map(\.message) == [
                "expected backup_retention_period to be in the range (0 - 35), got 36"
            ]
        )
    }
}
