import InfraCore

/// The nested blocks a body's `dynamic` blocks generate, when terraform knows them before plan.
///
/// `"dynamic": {"ingress": {"for_each": "${var.rules}", "content": {"from_port": "${ingress.value.port}", …}}}` with
/// a variable whose default lists port 22 open to `0.0.0.0/0` opens the port to the internet as surely as a written
/// `ingress` block does; read only as a `dynamic` block, its content was unknown until plan and the rule passed. When
/// `for_each` is a literal list or object (written so, or the value of a variable or local that
/// `TerraformJSONInput.resolveReferences(_:)` put there), terraform generates one block per element, with
/// `ITERATOR.key` and `ITERATOR.value` in the content replaced by the element's key and value; the rules read those
/// blocks after the written ones. Any other `for_each` (a resource's attribute, a function) leaves the block type
/// known only at plan, as before.
///
/// The schema rules still read the `dynamic` blocks as written: a generated block leaves out what its content does,
/// which terraform accepts of a block and would refuse of a written object value.
public enum DynamicBlocks {
    /// One `dynamic` block's iterator, for one element: `ingress.key` and `ingress.value`.
    struct Iterator: Sendable {
        var name: String
        var key: JSONValue
        var value: JSONValue
    }

    /// How many values the `dynamic` blocks of one document may generate (each block's content counted value by
    /// value). Real configurations generate a few hundred; without a bound, `dynamic` blocks nested in each other,
    /// or a long list every resource generates from, make a file of a few hundred bytes more blocks than memory
    /// holds. Past it, a `dynamic` block is known only at plan, as it was before it could be generated, and so is
    /// every one after it.
    public static let budget = 1_000_000

    /// Whether a budget ran out: some `dynamic` block was left to plan for it, and every one after it.
    static func isExhausted(_ budget: Int) -> Bool { budget < 0 }

    /// By block type, what the `dynamic` blocks of a body generate: the blocks, when every `dynamic` block of the
    /// type has a literal `for_each`, else `${dynamic.TYPE}`, an expression known only at plan. Generated from a
    /// budget of its own (`budget`).
    static func generated(by dynamic: JSONValue) -> [String: JSONValue] {
        var budget = Self.budget
        return generated(by: dynamic, scope: [], budget: &budget)
    }

    /// `generated(by:)`, with the iterators of the `dynamic` blocks around these ones in `scope`, and what is left of
    /// the document's budget, which it spends; types in name order, so that the same ones are generated each time.
    static func generated(by dynamic: JSONValue, scope: [Iterator], budget: inout Int) -> [String: JSONValue] {
        var generated: [String: JSONValue] = [:]
        for declaration in dynamic.blocks {
            for type in declaration.keys.sorted() where type != "//" {
                for generator in declaration[type]?.blocks ?? [] {
                    if case .expression = generated[type] { break }
                    guard let blocks = expand(generator, type: type, scope: scope, budget: &budget) else {
                        generated[type] = .expression("${dynamic.\(type)}")
                        break
                    }
                    generated[type] = .array((generated[type]?.arrayValue ?? []) + blocks)
                }
            }
        }
        return generated
    }

    /// The blocks one `dynamic` block generates, in the order of its `for_each` (an object's by key, as terraform
    /// orders a map); `nil` when they are known only at plan, or would overspend the budget.
    private static func expand(
        _ generator: [String: JSONValue],
        type: String,
        scope: [Iterator],
        budget: inout Int
    ) -> [JSONValue]? {
        guard let content = generator["content"]?.firstBlock else { return nil }
        var name = type
        switch generator["iterator"] {
        case nil: break
        case .string(let written)?: name = written
        default: return nil
        }
        let elements: [(key: JSONValue, value: JSONValue)]
        // Outside any other `dynamic` block there is nothing to substitute: a long literal list is not copied.
        switch generator["for_each"].map({ scope.isEmpty ? $0 : substituted($0, scope) }) {
        case .array(let values)?:
            elements = values.enumerated().map { (.int($0.offset), $0.element) }
        case .object(let members)?:
            elements = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
                (.string($0.key), $0.value)
            }
        default:
            return nil
        }
        let cost = elements.count * valueCount(of: .object(content), limit: budget + 1)
        guard cost <= budget else {
            // Spent: nothing after this one generates either, and the index can tell (`isExhausted(_:)`).
            budget = -1
            return nil
        }
        budget -= cost
        var blocks: [JSONValue] = []
        blocks.reserveCapacity(elements.count)
        for element in elements {
            let inner = scope + [Iterator(name: name, key: element.key, value: element.value)]
            guard case .object(let body) = substituted(.object(content), inner) else { return nil }
            // A `dynamic` block inside the content (a statement's `condition` blocks, say) generates its blocks with
            // the outer iterator known.
            blocks.append(.object(withGenerated(body, scope: inner, budget: &budget)))
        }
        return blocks
    }

    /// How many values `value` holds, itself included, counted up to `limit`.
    private static func valueCount(of value: JSONValue, limit: Int) -> Int {
        var count = 0
        var pending = [value]
        while let next = pending.popLast(), count < limit {
            count += 1
            switch next {
            case .array(let elements): pending += elements
            case .object(let members): pending += members.values
            case .null, .bool, .int, .double, .string, .expression, .template: break
            }
        }
        return count
    }

    /// `body` with the blocks its `dynamic` blocks generate after the written ones, for a body the rules read as a
    /// dictionary (a data source's, a generated block's) rather than through a `ResourceView`. The `dynamic` blocks
    /// stay, for a block type they leave unknown.
    static func withGenerated(
        _ body: [String: JSONValue],
        scope: [Iterator] = [],
        budget: inout Int
    ) -> [String: JSONValue] {
        guard let dynamic = body["dynamic"] else { return body }
        var body = body
        for (type, blocks) in generated(by: dynamic, scope: scope, budget: &budget) {
            guard case .array(let blocks) = blocks, !blocks.isEmpty else { continue }
            body[type] = .array((body[type]?.blocks.map(JSONValue.object) ?? []) + blocks)
        }
        return body
    }

    /// `value` with each expression that reads an iterator of `scope` (`${ingress.value.port}`, `"${rule.key}-in"`)
    /// replaced by what it reads; an expression that reads anything else, or something the element does not hold,
    /// stays as written.
    static func substituted(_ value: JSONValue, _ scope: [Iterator]) -> JSONValue {
        switch value {
        case .expression(let text):
            if let read = read(text, scope) { return read }
            let template = ReferenceValues.text(ofTemplate: text) { interpolation in
                read(interpolation, scope).map { ReferenceValues.Value(value: $0, origin: "") }
            }
            guard let template, !template.values.isEmpty else { return value }
            return .string(template.text)
        case .array(let elements):
            return .array(elements.map { substituted($0, scope) })
        case .object(let members):
            return .object(members.mapValues { substituted($0, scope) })
        case .null, .bool, .int, .double, .string, .template:
            return value
        }
    }

    /// What an interpolation that is exactly a traversal of an iterator reads (`${ingress.value}`,
    /// `${rule.value.cidr_blocks[0]}`, `${rule.value["port"]}`, `${rule.key}`), or a `lookup` in one with a literal
    /// key and default (`${lookup(rule.value, "description", null)}`, as modules write an optional attribute); `nil`
    /// for any other expression, or when the element holds no such attribute.
    static func read(_ interpolation: String, _ scope: [Iterator]) -> JSONValue? {
        guard !scope.isEmpty, interpolation.hasPrefix("${"), interpolation.hasSuffix("}") else { return nil }
        let expression = ReferenceValues.trimmed(Substring(interpolation.dropFirst(2).dropLast()))
        if expression.hasPrefix("lookup("), expression.hasSuffix(")") {
            return lookup(arguments: expression.dropFirst("lookup(".count).dropLast(), scope)
        }
        return traversal(expression, scope)
    }

    /// `lookup(MAP, "KEY")` or `lookup(MAP, "KEY", DEFAULT)` where MAP is a traversal of an iterator to an object and
    /// DEFAULT a literal: the member, else the default.
    private static func lookup(arguments: Substring, _ scope: [Iterator]) -> JSONValue? {
        let parts = topLevelArguments(arguments)
        guard parts.count == 2 || parts.count == 3, case .object(let members)? = traversal(parts[0], scope),
            case .string(let key)? = ReferenceValues.literal(of: parts[1])
        else { return nil }
        if let member = members[key] { return member }
        return parts.count == 3 ? ReferenceValues.literal(of: parts[2]) : nil
    }

    /// A function's arguments, split at the commas outside quotes and brackets, each trimmed.
    private static func topLevelArguments(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var quoted = false
        var escaped = false
        var start = text.startIndex
        for index in text.indices {
            let character = text[index]
            if quoted {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case "[", "(", "{": depth += 1
            case "]", ")", "}": depth -= 1
            case "," where depth == 0:
                parts.append(ReferenceValues.trimmed(text[start..<index]))
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(ReferenceValues.trimmed(text[start...]))
        return parts
    }

    /// What a traversal of an iterator reads: `ingress.value.port`, `rule.key`.
    private static func traversal(_ expression: Substring, _ scope: [Iterator]) -> JSONValue? {
        var rest = expression
        let name = identifier(&rest)
        guard let iterator = scope.last(where: { $0.name == name }), rest.first == "." else { return nil }
        rest = rest.dropFirst()
        var current: JSONValue
        switch identifier(&rest) {
        case "key": current = iterator.key
        case "value": current = iterator.value
        default: return nil
        }
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let step = identifier(&rest)
                guard !step.isEmpty, let next = member(step, of: current) else { return nil }
                current = next
            } else if first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                var step = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                if step.count >= 2, step.first == "\"", step.last == "\"" {
                    step = step.dropFirst().dropLast()
                    guard !step.contains(where: { $0 == "\"" || $0 == "\\" || $0 == "$" }) else { return nil }
                } else {
                    guard !step.isEmpty, step.allSatisfy(\.isASCIIDigit) else { return nil }
                }
                guard let next = member(step, of: current) else { return nil }
                current = next
            } else {
                return nil
            }
        }
        return current
    }

    /// An object's member, or a list's element by its index.
    private static func member(_ step: Substring, of value: JSONValue) -> JSONValue? {
        switch value {
        case .object(let members):
            return members[String(step)]
        case .array(let elements):
            guard let index = Int(step), elements.indices.contains(index) else { return nil }
            return elements[index]
        default:
            return nil
        }
    }

    /// The identifier at the start of `text` (letters, digits, `_` and `-`), removed from it.
    private static func identifier(_ text: inout Substring) -> Substring {
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        text = text.dropFirst(name.count)
        return name
    }
}

extension Character {
    /// `0` to `9`, and no other digit.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
