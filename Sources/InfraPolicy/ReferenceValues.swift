import InfraCore

/// The values terraform gives `var.NAME` and `local.NAME` when nothing outside the configuration's files sets them,
/// with where each comes from.
///
/// `"cidr_blocks": "${var.allowed}"` with `"default": ["0.0.0.0/0"]` opens the port to the internet when the
/// configuration is applied as written, and checkov reports it; read as an interpolation, the value was unknown until
/// plan and the rule passed. A variable's value is, as terraform decides it: the last variables file (`.tfvars` or
/// `.tfvars.json`, loaded by terraform or given with `-var-file`) or `-var` that sets it, else its default. A variable
/// set outside the files (`TF_VAR_NAME`, or a variables file infragen could not read) has no value here, and stays
/// unknown. A local has a value when it is literal or built from values that have one.
public struct ReferenceValues: Sendable {
    /// A value, and where it comes from as a finding names it: `var.allowed's default (variables.tf.json:4)`.
    public struct Value: Sendable, Equatable {
        public var value: JSONValue
        public var origin: String
    }

    /// A variable's value given in a variables file or with `-var`; a later one replaces an earlier one's.
    public struct Assignment: Sendable, Equatable {
        public var name: String
        /// The value as the file writes it: literal JSON, not a template.
        public var value: JSONValue
        public var location: SourceLocation

        public init(name: String, value: JSONValue, location: SourceLocation) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    /// What sets variables besides the configuration's own defaults.
    public struct Inputs: Sendable {
        /// From the variables files and `-var`, in the order terraform applies them.
        public var assignments: [Assignment]
        /// Variables set where infragen does not look (`TF_VAR_NAME` in the environment): they stay unknown.
        public var setElsewhere: Set<String>
        /// Every variable may be set where infragen could not look (a variables file it could not read): all stay
        /// unknown.
        public var anySetElsewhere: Bool

        public init(assignments: [Assignment] = [], setElsewhere: Set<String> = [], anySetElsewhere: Bool = false) {
            self.assignments = assignments
            self.setElsewhere = setElsewhere
            self.anySetElsewhere = anySetElsewhere
        }
    }

    /// By reference: `var.NAME` or `local.NAME`.
    private var values: [String: Value] = [:]

    /// How many locals deep a chain of locals is followed (`local.a` is `${local.b}`, …); a cycle stops there too.
    static let chainLimit = 8

    /// The values of `document`'s variables and locals; `locations` says where each default and each local is
    /// written (`variable.NAME.default`, `locals.NAME`).
    public init(document: JSONValue, locations: [String: SourceLocation], inputs: Inputs = Inputs()) {
        func place(_ key: String) -> String {
            locations[key].map { " (\($0))" } ?? ""
        }
        var declared: Set<String> = []
        for block in document["variable"]?.blocks ?? [] {
            for (name, body) in block where name != "//" {
                declared.insert(name)
                guard !inputs.anySetElsewhere, !inputs.setElsewhere.contains(name),
                    let value = body.firstBlock?["default"].map(Self.literal)
                else { continue }
                values["var.\(name)"] = Value(
                    value: value,
                    origin: "var.\(name)'s default\(place("variable.\(name).default"))"
                )
            }
        }
        for assignment in inputs.assignments where declared.contains(assignment.name) {
            guard !inputs.anySetElsewhere, !inputs.setElsewhere.contains(assignment.name) else { continue }
            let key = "var.\(assignment.name)"
            let value = Self.literal(assignment.value)
            let at = assignment.location
            values[key] = Value(value: value, origin: "var.\(assignment.name) as \(at) sets it")
        }
        var locals: [String: JSONValue] = [:]
        for block in document["locals"]?.blocks ?? [] {
            for (name, value) in block where name != "//" { locals[name] = value }
        }
        // Pass by pass, as a local may name one later in the alphabet; a pass that resolves nothing ends it, and so
        // does a cycle.
        var unresolved = locals.keys.sorted()
        for _ in 0..<Self.chainLimit where !unresolved.isEmpty {
            let before = unresolved.count
            unresolved.removeAll { name in
                guard let value = locals[name], let resolved = resolvedLocal(value) else { return false }
                let place = place("locals.\(name)")
                let origin = resolved.origins.isEmpty ? "" : ", which is " + resolved.origins.joined(separator: " and ")
                values["local.\(name)"] = Value(value: resolved.value, origin: "local.\(name)\(place)\(origin)")
                return true
            }
            if unresolved.count == before { break }
        }
    }

    /// A local's value, with the origins of the values it took: itself when literal, the value it names, or the
    /// text of its template; `nil` while one of those has no value (yet).
    private func resolvedLocal(_ value: JSONValue) -> (value: JSONValue, origins: [String])? {
        if let reference = Self.reference(in: value) {
            guard let named = values[reference] else { return nil }
            return (named.value, [named.origin])
        }
        if case .expression(let written) = value, let conditional = self.value(ofConditional: written) {
            return (conditional.value, conditional.values.map { $0.origin })
        }
        if case .expression(let written) = value, let template = text(ofTemplate: written) {
            var origins: [String] = []
            for used in template.values where !origins.contains(used.origin) { origins.append(used.origin) }
            return (.string(template.text), origins)
        }
        return Self.hasInterpolation(value) ? nil : (value, [])
    }

    /// Whether no reference has a value: a document without variables or locals is left as it is.
    public var isEmpty: Bool { values.isEmpty }

    /// The value of `text` when it is exactly one reference to a variable or local that has one (`${var.allowed}`,
    /// `${ local.cidr }`); `nil` for anything else, a template that holds a reference among other text included.
    public func value(of text: String) -> Value? {
        Self.reference(in: .expression(text)).flatMap { values[$0] }
    }

    /// The text of a template whose every interpolation is a reference to a variable or local with a string, number
    /// or boolean value (`"${var.prefix}-logs"`), with the values used; `nil` when one is anything else (a resource's
    /// attribute, a function, a list, `null`) or the template has a directive (`%{if …}`), as its text is then known
    /// only at plan.
    public func text(ofTemplate template: String) -> (text: String, values: [Value])? {
        let text = Self.text(ofTemplate: template) { interpolation in
            Self.reference(in: .expression(interpolation)).flatMap { values[$0] }
        }
        return text?.values.isEmpty == false ? text : nil
    }

    /// The text of a template whose every interpolation (`${…}`, passed whole) has a string, number or boolean value
    /// by `value`, with `$${` and `%%{` made the literal `${` and `%{`; `nil` when one has not, or the template has a
    /// directive. A template without interpolations is its text, with no values used.
    static func text(
        ofTemplate template: String,
        value: (String) -> Value?
    ) -> (text: String, values: [Value])? {
        let bytes = Array(template.utf8)
        var text: [UInt8] = []
        var used: [Value] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isMarker = byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
            guard isMarker, index + 1 < bytes.count else {
                text.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == byte, index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "{") {
                // `$${` and `%%{` are the literal `${` and `%{`.
                text += [byte, UInt8(ascii: "{")]
                index += 3
                continue
            }
            guard next == UInt8(ascii: "{") else {
                text.append(byte)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "$") else { return nil }
            let end = Interpolation.endOfInterpolation(bytes, from: index + 2)
            let interpolation = String(decoding: bytes[index..<end], as: UTF8.self)
            guard let found = value(interpolation), let piece = AttributeValue.string(found.value) else { return nil }
            text += Array(piece.utf8)
            used.append(found)
            index = end
        }
        return (String(decoding: text, as: UTF8.self), used)
    }

    /// The value of a conditional whose condition is a reference with a boolean value, or its negation, and whose
    /// results are literals or references with values (`${var.create ? 1 : 0}`, the usual way to make a resource
    /// optional), with the values used; `nil` for any other expression.
    public func value(ofConditional text: String) -> (value: JSONValue, values: [Value])? {
        guard text.hasPrefix("${"), text.hasSuffix("}") else { return nil }
        let body = text.dropFirst(2).dropLast()
        guard body.count(where: { $0 == "?" }) == 1, body.count(where: { $0 == ":" }) == 1,
            let question = body.firstIndex(of: "?"), let colon = body.firstIndex(of: ":"), question < colon
        else { return nil }
        var condition = Self.trimmed(body[..<question])
        let negated = condition.hasPrefix("!")
        if negated { condition = Self.trimmed(condition.dropFirst()) }
        // A literal condition (`true ? 1 : 0`) has nothing to resolve, and nothing a finding could name.
        guard let flag = operand(condition), !flag.origin.isEmpty, let truth = AttributeValue.bool(flag.value) else {
            return nil
        }
        let chosen = truth != negated ? body[body.index(after: question)..<colon] : body[body.index(after: colon)...]
        guard let result = operand(Self.trimmed(chosen)) else { return nil }
        return (result.value, [flag] + (result.origin.isEmpty ? [] : [result]))
    }

    /// A literal of an expression (a whole number, `true`, `false`, `null`, a quoted text without escapes or
    /// interpolations) with no origin, a reference with a value, or a list of those (`[1]`, `[]`,
    /// `["10.0.0.0/8", var.office]`: the optional block's `for_each = var.logging ? [1] : []`).
    private func operand(_ text: Substring) -> Value? {
        if text.first == "[", text.last == "]" {
            let inner = Self.trimmed(text.dropFirst().dropLast())
            // A nested list, object, call or index is not read; a comma inside a quoted text fails the element.
            guard !inner.contains(where: { "[]{}()".contains($0) }) else { return nil }
            guard !inner.isEmpty else { return Value(value: .array([]), origin: "") }
            var pieces = inner.split(separator: ",", omittingEmptySubsequences: false).map(Self.trimmed)
            // `[1, 2,]`: terraform allows one trailing comma.
            if pieces.count > 1, pieces.last?.isEmpty == true { pieces.removeLast() }
            var elements: [JSONValue] = []
            var origins: [String] = []
            for piece in pieces {
                guard !piece.isEmpty, let element = operand(piece) else { return nil }
                elements.append(element.value)
                if !element.origin.isEmpty, !origins.contains(element.origin) { origins.append(element.origin) }
            }
            return Value(value: .array(elements), origin: origins.joined(separator: " and "))
        }
        if let literal = Self.literal(of: text) { return Value(value: literal, origin: "") }
        return Self.reference(in: .expression("${\(text)}")).flatMap { values[$0] }
    }

    /// The value of a literal written in an expression: a whole number, `true`, `false`, `null`, a quoted text
    /// without escapes or interpolations, `[]` or `{}`; `nil` for anything else.
    static func literal(of text: Substring) -> JSONValue? {
        switch text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "[]": return .array([])
        case "{}": return .object([:])
        default: break
        }
        if let number = Int(text) { return .int(number) }
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == "\"" || $0 == "\\" || $0 == "{" }) else { return nil }
        return .string(String(inner))
    }

    /// `text` without the spaces around it.
    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return text[first...last]
    }

    /// `var.NAME` or `local.NAME` when `value` is a string that is exactly one interpolation of it.
    static func reference(in value: JSONValue) -> String? {
        guard case .expression(let text) = value, text.hasPrefix("${"), text.hasSuffix("}"), text.utf8.count > 3 else {
            return nil
        }
        var expression = text.utf8.dropFirst(2).dropLast()
        while let first = expression.first, first == UInt8(ascii: " ") { expression.removeFirst() }
        while let last = expression.last, last == UInt8(ascii: " ") { expression.removeLast() }
        let trimmed = Substring(expression)
        for prefix in ["var.", "local."] where trimmed.hasPrefix(prefix) {
            let name = trimmed.dropFirst(prefix.count)
            guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
                name.unicodeScalars.allSatisfy({
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
                })
            else { return nil }
            return prefix + name
        }
        return nil
    }

    /// A value written where terraform reads no template (a default, a `.tfvars.json` value) as the literal it is:
    /// text that looks like an interpolation is text.
    static func literal(_ value: JSONValue) -> JSONValue {
        switch value {
        case .expression(let text): .string(text)
        case .template(let template): .string(template.text)
        case .array(let elements): .array(elements.map(literal))
        case .object(let members): .object(members.mapValues(literal))
        case .null, .bool, .int, .double, .string: value
        }
    }

    /// Whether a local's value holds an interpolation anywhere: its value is then known only at plan.
    static func hasInterpolation(_ value: JSONValue) -> Bool {
        switch value {
        case .expression, .template: true
        case .array(let elements): elements.contains(where: hasInterpolation)
        case .object(let members):
            members.contains { TemplateEscaping.hasInterpolation($0.key) || hasInterpolation($0.value) }
        case .null, .bool, .int, .double, .string: false
        }
    }
}
