import InfraCore

/// Reads the JSON that Terraform keeps in string attributes (container definitions, IAM policies).
enum EmbeddedJSON {
    static func parse(_ value: JSONValue?) -> JSONValue? {
        guard let text = value?.templateText ?? value?.literalString else {
            return value?.arrayValue.map(JSONValue.array) ?? value?.objectValue.map(JSONValue.object)
        }
        return try? JSONParser().parse(text, file: "<embedded>").value
    }
}

/// The container definitions of a task definition, as a list of objects.
enum ContainerDefinitions {
    static func parse(_ resource: ResourceView) -> [JSONValue]? {
        resource.embeddedJSON("container_definitions")?.arrayValue
    }
}

/// The statements of an IAM policy document, reduced to what rules ask about.
struct PolicyStatements {
    var sid: String
    var effect: String
    var actions: [String]
    var resources: [String]

    func allows(_ action: String) -> Bool {
        effect == "Allow"
            && actions.contains { pattern in
                pattern == "*" || pattern.lowercased() == action.lowercased()
                    || (pattern.hasSuffix("*") && action.lowercased().hasPrefix(pattern.dropLast().lowercased()))
            }
    }

    /// The statements of a resource's `policy` (read once per document).
    static func parse(_ resource: ResourceView) -> [PolicyStatements] {
        statements(of: resource.embeddedJSON("policy"))
    }

    static func parse(_ value: JSONValue?) -> [PolicyStatements] {
        statements(of: EmbeddedJSON.parse(value))
    }

    private static func statements(of parsed: JSONValue?) -> [PolicyStatements] {
        guard let document = parsed else { return [] }
        let statements = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return statements.enumerated().map { index, statement in
            PolicyStatements(
                sid: statement["Sid"]?.templateText ?? "#\(index)",
                effect: statement["Effect"]?.templateText ?? "Allow",
                actions: strings(statement["Action"]),
                resources: strings(statement["Resource"])
            )
        }
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .some(.array(let elements)): elements.compactMap(\.templateText)
        case .some(let single): single.templateText.map { [$0] } ?? []
        case nil: []
        }
    }
}

/// Recognises secrets by the name of the variable that carries them, and by the shape of the value.
enum SecretDetector {
    static let secretNameParts = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "GKEY",
    ]

    /// Names that point at a secret rather than hold one (`DB_SECRET_ARN`, `API_KEY_NAME`).
    static let referenceSuffixes = ["_ARN", "_NAME", "_ID", "_PATH", "_FILE", "_REF", "_PARAMETER"]

    /// Why the variable looks like a secret, or `nil`.
    static func reason(name: String, value: String) -> String? {
        let upper = name.uppercased()
        let namesAReference = referenceSuffixes.contains { upper.hasSuffix($0) }
        if !namesAReference, let part = secretNameParts.first(where: { upper.contains($0) }) {
            return "its name contains \(part)"
        }
        if value.hasPrefix("AKIA") || value.hasPrefix("ASIA"), value.count == 20 {
            return "its value looks like an AWS access key id"
        }
        if value.contains("-----BEGIN") { return "its value looks like a PEM private key" }
        if let credentials = urlCredentials(value), credentials.contains(":") {
            return "its value is a URL with a password in it"
        }
        return nil
    }
}

extension SecretDetector {
    /// The `user:password` part of `scheme://user:password@host`, if any.
    static func urlCredentials(_ value: String) -> Substring? {
        let parts = value.split(separator: "://", maxSplits: 1)
        guard parts.count == 2, let at = parts[1].firstIndex(of: "@") else { return nil }
        let credentials = parts[1][..<at]
        return credentials.contains("/") ? nil : credentials
    }
}

/// EventBridge schedule expressions.
enum ScheduleExpression {
    static func problem(_ expression: String) -> String? {
        if expression.hasPrefix("rate("), expression.hasSuffix(")") {
            let parts = expression.dropFirst(5).dropLast().split(separator: " ")
            guard parts.count == 2, let value = Int(parts[0]), value > 0 else {
                return "`\(expression)` is not `rate(N unit)` with a positive whole N"
            }
            let unit = String(parts[1])
            let singular = ["minute", "hour", "day"]
            let plural = singular.map { $0 + "s" }
            if value == 1 && !singular.contains(unit) {
                return "`\(expression)`: a rate of 1 takes a singular unit (minute, hour, day)"
            }
            if value != 1 && !plural.contains(unit) {
                return "`\(expression)`: a rate above 1 takes a plural unit (minutes, hours, days)"
            }
            return nil
        }
        if expression.hasPrefix("cron("), expression.hasSuffix(")") {
            let fields = expression.dropFirst(5).dropLast().split(separator: " ")
            guard fields.count == 6 else {
                return
                    "`\(expression)` has \(fields.count) fields; EventBridge cron needs 6 (minute hour day-of-month month day-of-week year)"
            }
            let dayOfMonth = fields[2]
            let dayOfWeek = fields[4]
            if (dayOfMonth == "?") == (dayOfWeek == "?") {
                return "`\(expression)`: exactly one of day-of-month and day-of-week must be `?`"
            }
            return nil
        }
        return "`\(expression)` is neither a rate(…) nor a cron(…) expression"
    }
}
