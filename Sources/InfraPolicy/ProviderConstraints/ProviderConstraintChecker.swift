import InfraCore

/// Checks a resource's literal values against the provider constraints of its type (`ProviderConstraints.table`).
///
/// Only literal values are checked: an interpolation (`${…}`) is unknown until plan, and `terraform validate`
/// skips it too, so reporting it would be a guess. Messages follow terraform's own wording, with the index of each
/// block and element (`condition.0.host_header.0.values.0`), so a user who has seen the terraform error recognises
/// it; the finding's attribute uses infragen's path style (`condition[0].host_header[0].values[0]`).
enum ProviderConstraintChecker {
    /// The constraint violations of one resource, sorted by attribute path and message.
    static func violations(of resource: ResourceView) -> [Violation] {
        let prepared = resource.document.preparedConstraints(of: resource) ?? prepared(type: resource.address.type)
        return violations(of: resource, prepared: prepared)
    }

    /// Builds the provider table and the compiled patterns now rather than at the first check
    /// (`PolicyEngine.prepareSharedTables`).
    static func prepareTables() {
        _ = ProviderConstraints.table.count
        _ = PatternMatcher.simplePatterns.count
        _ = PatternMatcher.sequencePatterns.count
    }

    /// The constraint violations of one resource under another table than the provider's.
    static func violations(of resource: ResourceView, table: [String: [ProviderConstraint]]) -> [Violation] {
        violations(of: resource, prepared: table[resource.address.type].map(Self.prepared) ?? .none)
    }

    /// A type's prepared constraints, the value checks of its top-level arguments by argument: a resource writes a
    /// dozen arguments and its type may constrain dozens, so the checker looks up what the resource writes rather
    /// than every argument the table names.
    struct PreparedType: Sendable {
        /// Constraints on a top-level argument that apply only where it is set, by the argument: checks of its value,
        /// and `conflictsWith` and `requiredWith`, which say nothing of an argument that is absent.
        var byArgument: NameTable<[PreparedConstraint]>
        /// The others, in table order: those of nested blocks, and `atLeastOneOf` and `exactlyOneOf`, which apply
        /// when their argument is absent.
        var others: [PreparedConstraint]

        static let none = PreparedType(byArgument: NameTable(), others: [])
    }

    /// A constraint with its path split into the blocks it goes through and the argument it names. A class, so that
    /// reading a type's constraints for every resource retains one object each, not every string they hold.
    final class PreparedConstraint: Sendable {
        let constraint: ProviderConstraint
        /// The nested blocks, outermost first; empty for an argument of the resource itself.
        let blocks: [String]
        let leaf: String
        /// The pattern of a `matches` or `doesNotMatch` constraint, resolved once for every value it checks.
        let pattern: PatternMatcher.Resolved?

        init(constraint: ProviderConstraint, blocks: [String], leaf: String) {
            self.constraint = constraint
            self.blocks = blocks
            self.leaf = leaf
            switch constraint.kind {
            case .matches(let pattern, _, _), .doesNotMatch(let pattern, _):
                self.pattern = PatternMatcher.Resolved(pattern)
            default: pattern = nil
            }
        }
    }

    /// `type`'s prepared constraints: each type's paths are split once, rather than once per resource (which was a
    /// third of the time of this check), and only for a type a document has (`PreparedConstraintTypes`).
    static func prepared(type: String) -> PreparedType {
        if #available(macOS 15, *) { return PreparedConstraintTypes.prepared(type: type) }
        return ProviderConstraints.table[type].map(Self.prepared) ?? .none
    }

    /// Splits the paths on bytes (they are ASCII); a constraint with an empty path names nothing and is dropped.
    static func prepared(_ constraints: [ProviderConstraint]) -> PreparedType {
        var byArgument: [String: [PreparedConstraint]] = [:]
        var others: [PreparedConstraint] = []
        for constraint in constraints {
            // Most paths name a top-level argument: no dot to split on.
            let path = constraint.path
            let segments =
                path.utf8.contains(UInt8(ascii: "."))
                ? path.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) }
                : path.isEmpty ? [] : [path]
            guard let leaf = segments.last else { continue }
            let entry = PreparedConstraint(constraint: constraint, blocks: Array(segments.dropLast()), leaf: leaf)
            switch constraint.kind {
            case _ where !entry.blocks.isEmpty, .atLeastOneOf, .exactlyOneOf:
                others.append(entry)
            default:
                byArgument[leaf, default: []].append(entry)
            }
        }
        // Looked up for every argument of every resource of the type: a `NameTable`, not the dictionary.
        return PreparedType(byArgument: NameTable(byArgument.map { ($0.key, $0.value) }), others: others)
    }

    private static func violations(of resource: ResourceView, prepared: PreparedType) -> [Violation] {
        var found: Set<Violation> = []
        let body = BlockInstance(members: resource.attributes, steps: [])
        if !prepared.byArgument.isEmpty {
            // Each argument's value is handed to its checks, not looked up again by each.
            for (key, value) in resource.attributes {
                for entry in prepared.byArgument[key] ?? [] {
                    for violation in check(entry, value: value, in: body, of: resource) {
                        found.insert(violation)
                    }
                }
            }
        }
        // The instances of the block path the previous constraint went through: a type's constraints of one block
        // come together in the table, so the walk (and its path strings) is done once for all of them.
        var walked: (path: [String], instances: [BlockInstance])?
        for entry in prepared.others {
            if entry.blocks.isEmpty {
                for violation in check(entry, value: body.members[entry.leaf], in: body, of: resource) {
                    found.insert(violation)
                }
                continue
            }
            if walked?.path != entry.blocks {
                // A block the resource does not write has no instances to walk; that is also kept for the block's
                // next constraints, which then look nothing up.
                let written = resource.attributes[entry.blocks[0]] != nil
                walked = (entry.blocks, written ? blocks(along: entry.blocks[...], in: resource.attributes) : [])
            }
            for block in walked?.instances ?? [] {
                for violation in check(entry, value: block.members[entry.leaf], in: block, of: resource) {
                    found.insert(violation)
                }
            }
        }
        return found.sorted { ($0.attribute ?? "", $0.message) < ($1.attribute ?? "", $1.message) }
    }

    /// One instance of a block (or the resource body) with the way to it. The path is written out only for a
    /// message: most blocks break no constraint, and building both spellings of every block's path was a fifth of
    /// this check.
    struct BlockInstance {
        var members: [String: JSONValue]
        /// The blocks from the resource down to this one, with the element's index, or `nil` for a block written as
        /// an object; empty for the resource itself.
        var steps: [(name: String, index: Int?)]

        /// terraform's style, `condition.0.host_header.0.` (empty for the resource, else ending in a dot).
        var terraformPrefix: String {
            steps.map { "\($0.name).\($0.index ?? 0)." }.joined()
        }

        /// infragen's style, `condition[0].host_header[0].`.
        var displayPrefix: String {
            steps.map { step in step.index.map { "\(step.name)[\($0)]." } ?? "\(step.name)." }.joined()
        }
    }

    /// Every instance of the nested block named by `segments`; a block written as an object is instance 0.
    static func blocks(along segments: ArraySlice<String>, in body: [String: JSONValue]) -> [BlockInstance] {
        var current = [BlockInstance(members: body, steps: [])]
        for segment in segments {
            var next: [BlockInstance] = []
            for instance in current {
                switch instance.members[segment] {
                case .object(let members):
                    next.append(BlockInstance(members: members, steps: instance.steps + [(segment, nil)]))
                case .array(let elements):
                    for (index, element) in elements.enumerated() {
                        guard let members = element.objectValue else { continue }
                        next.append(BlockInstance(members: members, steps: instance.steps + [(segment, index)]))
                    }
                default:
                    continue
                }
            }
            current = next
        }
        return current
    }

    /// Whether an argument is set in a block: present and not null. An interpolation counts as set.
    static func isSet(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        return value != .null
    }

    /// Whether an argument is set to a value known before plan (not an interpolation, which may turn out null).
    static func isKnownSet(_ value: JSONValue?) -> Bool {
        guard let value, value != .null else { return false }
        if case .expression = value { return false }
        return true
    }

    /// The violations of one constraint in one block, where `value` is the block's value of the constraint's
    /// argument (`nil` when the block does not write it).
    private static func check(
        _ entry: PreparedConstraint,
        value: JSONValue?,
        in block: BlockInstance,
        of resource: ResourceView
    ) -> [Violation] {
        let leaf = entry.leaf
        // The paths are built only for a value that is there to check: most constraints find nothing to read.
        var display: String { block.steps.isEmpty ? leaf : block.displayPrefix + leaf }
        var key: String { block.steps.isEmpty ? leaf : block.terraformPrefix + leaf }
        let members = block.members
        func list(_ names: [String]) -> String { names.joined(separator: ",") }
        switch entry.constraint.kind {
        case .conflictsWith(let others):
            guard isKnownSet(value) else { return [] }
            return others.filter { isKnownSet(members[$0]) }.map { other in
                Violation(display, "\"\(key)\": conflicts with \(block.terraformPrefix)\(other)")
            }
        case .requiredWith(let others):
            guard isKnownSet(value) else { return [] }
            let missing = others.filter { !isSet(members[$0]) }
            guard !missing.isEmpty else { return [] }
            return [
                Violation(
                    display,
                    "\"\(key)\": all of `\(list([leaf] + others))` must be specified; missing \(missing.map { "`\($0)`" }.joined(separator: ", "))"
                )
            ]
        case .atLeastOneOf(let names):
            guard !names.contains(where: { isSet(members[$0]) }) else { return [] }
            return [Violation(display, "\"\(key)\": one of `\(list(names))` must be specified")]
        case .exactlyOneOf(let names):
            let set = names.filter { isSet(members[$0]) }
            if set.isEmpty {
                return [Violation(display, "\"\(key)\": one of `\(list(names))` must be specified")]
            }
            let known = names.filter { isKnownSet(members[$0]) }
            guard known.count > 1 else { return [] }
            return [
                Violation(
                    display,
                    "\"\(key)\": only one of `\(list(names))` can be specified, but `\(list(known))` were specified."
                )
            ]
        case .json where block.steps.isEmpty:
            // A top-level JSON string (a policy, container definitions) was parsed by the document index already,
            // with the same parser; parsing it again cost as much as all the other constraints of the resource.
            // (The index reads the text as written, with `$${` escapes: a `$` or `%` more before a `{` is JSON
            // inside a string and never outside one, so both texts are JSON or neither is.)
            guard case .string(let text) = value else { break }
            return resource.embeddedJSON(leaf) == nil ? [Violation(display, invalidJSON(key: key, text: text))] : []
        default:
            break
        }
        switch value {
        case .array(let elements):
            // The element's key is spelled out only for an element with a problem.
            return elements.enumerated().compactMap { index, element in
                problem(entry.constraint.kind, key: "\(key).\(index)", element, pattern: entry.pattern).map {
                    Violation("\(display)[\(index)]", $0)
                }
            }
        case .some(let value):
            return problem(entry.constraint.kind, key: key, value, pattern: entry.pattern).map {
                [Violation(display, $0)]
            } ?? []
        case nil:
            return []
        }
    }

    /// What is wrong with one literal scalar, in terraform's words, or `nil` when it passes or is not a literal.
    /// `key` is read only to word a problem.
    /// `pattern` is the kind's pattern resolved already (`PreparedConstraint.pattern`), if the caller has it.
    static func problem(
        _ kind: ProviderConstraint.Kind,
        key: @autoclosure () -> String,
        _ value: JSONValue,
        pattern resolved: PatternMatcher.Resolved? = nil
    ) -> String? {
        // The text terraform hands the validator: strings as they are, numbers and bools converted.
        guard let text = AttributeValue.string(value) else { return nil }
        func contains(_ pattern: String) -> Bool? {
            resolved.map { $0.contains(in: text) } ?? PatternMatcher.contains(pattern, in: text)
        }
        switch kind {
        case .intRange(let minimum, let maximum):
            guard let number = Int(text) else { return nil }
            switch (minimum, maximum) {
            case (let low?, let high?) where number < low || number > high:
                return "expected \(key()) to be in the range (\(low) - \(high)), got \(number)"
            case (let low?, nil) where number < low:
                return "expected \(key()) to be at least (\(low)), got \(number)"
            case (nil, let high?) where number > high:
                return "expected \(key()) to be at most (\(high)), got \(number)"
            default:
                return nil
            }
        case .intOneOf(let values):
            guard let number = Int(text), !values.contains(number) else { return nil }
            return "expected \(key()) to be one of \(values.map(String.init).joined(separator: " ")), got \(number)"
        case .intMultipleOf(let divisor):
            guard divisor != 0, let number = Int(text), number % divisor != 0 else { return nil }
            return "expected \(key()) to be divisible by \(divisor), got: \(number)"
        case .floatRange(let minimum, let maximum):
            guard let number = Double(text), number < minimum || number > maximum else { return nil }
            return "expected \(key()) to be in the range (\(minimum) - \(maximum)), got \(text)"
        case .length(let minimum, let maximum):
            let length = text.utf8.count
            guard length < minimum || length > maximum else { return nil }
            return
                "expected length of \(key()) to be in the range (\(minimum) - \(maximum)), got \(shortened(text)) (\(length) characters)"
        case .notEmpty:
            guard text.isEmpty || (value.doubleValue == 0) else { return nil }
            return value.doubleValue == nil ? "\(key()) must not be empty" : "\(key()) must not be zero"
        case .oneOf(let values):
            guard !values.contains(text) else { return nil }
            return
                "expected \(key()) to be one of [\(values.map { "\"\($0)\"" }.joined(separator: " "))], got \(shortened(text))"
        case .matches(let pattern, let message, let example):
            guard let found = contains(pattern), !found else { return nil }
            return "invalid value for \(key()) (\(message)), got \(shortened(text))"
                + (example.map { "; valid is e.g. \($0)" } ?? "")
        case .doesNotMatch(let pattern, let message):
            guard let found = contains(pattern), found else { return nil }
            return "invalid value for \(key()) (\(message)), got \(shortened(text))"
        case .arn:
            guard !text.isEmpty, let reason = ARNShape.problem(text) else { return nil }
            return
                "\"\(key())\" (\(shortened(text))) is an invalid ARN: \(reason); expected arn:partition:service:region:account-id:resource"
        case .json:
            guard JSONParser().value(of: text) == nil else { return nil }
            return invalidJSON(key: key(), text: text)
        case .cidr:
            guard !CIDRShape.isValid(text) else { return nil }
            return
                "expected \(key()) to contain a valid CIDR network address (like 10.0.0.0/16), got: \(shortened(text))"
        case .anyOf(let kinds):
            let problems = kinds.map { problem($0, key: key(), value) }
            guard !problems.contains(where: { $0 == nil }) else { return nil }
            return problems.compactMap { $0 }.joined(separator: "; or ")
        case .conflictsWith, .requiredWith, .atLeastOneOf, .exactlyOneOf:
            return nil
        }
    }

    /// The provider's words for a string argument that is not JSON, followed, as the provider's message is, by
    /// the reason: where in the string the parser stopped and why. A policy of a hundred lines is otherwise
    /// searched by eye. The text is parsed again only here, for a value already known to be invalid.
    static func invalidJSON(key: String, text: String) -> String {
        let message = "\"\(key)\" contains an invalid JSON"
        do throws(DiagnosticError) {
            _ = try JSONParser().parse(text, file: "")
        } catch {
            guard let first = error.diagnostics.first else { return message }
            var place = ""
            if let line = first.location?.line, let column = first.location?.column {
                place = " (line \(line), column \(column) of the string)"
            }
            return message + ": " + first.message + place
        }
        return message
    }

    /// Long values are cut in messages so that a 3,000-character mistake does not fill the terminal.
    static func shortened(_ text: String) -> String {
        text.count > 64 ? String(text.prefix(61)) + "…" : text
    }
}
