import InfraCore

/// The values terraform gives `var.NAME` and `local.NAME` when nothing outside the configuration's files sets them,
/// with where each comes from.
///
/// `"cidr_blocks": "${var.allowed}"` with `"default": ["0.0.0.0/0"]` opens the port to the internet when the
/// configuration is applied as written, and checkov reports it; read as an interpolation, the value was unknown until
/// plan and the rule passed. A variable's value is, as terraform decides it: the last `*.tfvars.json` file terraform
/// loads by itself that sets it, else its default. A variable set outside the files (`TF_VAR_NAME`, an HCL
/// `terraform.tfvars` infragen does not read) has no value here, and stays unknown. A local has a value when it is
/// literal or names another value that has one.
public struct ReferenceValues: Sendable {
    /// A value, and where it comes from as a finding names it: `var.allowed's default (variables.tf.json:4)`.
    public struct Value: Sendable, Equatable {
        public var value: JSONValue
        public var origin: String
    }

    /// A variable's value given in a file terraform loads by itself: `terraform.tfvars.json`, then the
    /// `*.auto.tfvars.json` files in name order, a later one replacing an earlier one's.
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
        /// From the `*.tfvars.json` files terraform loads by itself, in the order it loads them.
        public var assignments: [Assignment]
        /// Variables set where infragen does not look (`TF_VAR_NAME` in the environment): they stay unknown.
        public var setElsewhere: Set<String>
        /// Every variable may be set where infragen does not look (an HCL `terraform.tfvars`): all stay unknown.
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
        for name in locals.keys.sorted() {
            var value = locals[name]
            var variable: Value?
            var depth = 0
            while let current = value, depth < Self.chainLimit, let reference = Self.reference(in: current) {
                depth += 1
                if reference.hasPrefix("var.") {
                    variable = values[reference]
                    value = variable?.value
                    break
                }
                value = locals[String(reference.dropFirst("local.".count))]
            }
            guard let value, variable != nil || !Self.hasInterpolation(value) else { continue }
            var origin = "local.\(name)\(place("locals.\(name)"))"
            if let variable { origin += ", which is \(variable.origin)" }
            values["local.\(name)"] = Value(value: value, origin: origin)
        }
    }

    /// Whether no reference has a value: a document without variables or locals is left as it is.
    public var isEmpty: Bool { values.isEmpty }

    /// The value of `text` when it is exactly one reference to a variable or local that has one (`${var.allowed}`,
    /// `${ local.cidr }`); `nil` for anything else, a template that holds a reference among other text included.
    public func value(of text: String) -> Value? {
        Self.reference(in: .expression(text)).flatMap { values[$0] }
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
