import InfraCore

/// Decides which values a summary, diff or pull-request comment may print.
///
/// A plan summary ends up in CI logs and PR comments, which are far more public than the state file. A value is
/// withheld when Terraform marks it sensitive (the caller passes that in) or when the same detector the
/// plaintext-secret rules (`ECS001`, `LMB001`) use classes it as a secret by its name or its shape. Reports then say
/// only that the value changed.
public enum SecretRedaction {
    /// What is printed instead of a withheld value.
    public static let placeholder = "(sensitive)"

    /// Whether the leaf at `path` holding `value` must not be printed. The name checked is the last object key on the
    /// path (`environment.variables.DB_PASSWORD` → `DB_PASSWORD`); the value is checked for secret shapes (access
    /// key ids, PEM keys, URLs with a password) at any depth.
    ///
    /// With `root` (the whole resource the path is in), a `value` beside a `name` is judged by that name, as in a
    /// container definition's `{"name": "DB_PASSWORD", "value": "…"}`.
    public static func isSecret(path: [JSONValueDiff.Step], value: JSONValue?, in root: JSONValue? = nil) -> Bool {
        var name =
            path.reversed().lazy.compactMap { step -> String? in
                if case .key(let key) = step { return key }
                return nil
            }.first ?? ""
        if path.last == .key("value"), let root,
            let sibling = JSONValueDiff.value(at: Array(path.dropLast()) + [.key("name")], in: root)?.templateText
        {
            name = sibling
        }
        return containsSecret(name: name, value: value)
    }

    /// Whether the hashicorp/aws schema marks the attribute at `path` of a resource of `type` sensitive (an RDS
    /// `password`, say): Terraform itself would hide it in a plan.
    public static func isSchemaSensitive(type: String, path: [JSONValueDiff.Step]) -> Bool {
        guard var block = AWSProviderSchema.schema(for: [type]).resources[type] else { return false }
        for step in path {
            guard case .key(let key) = step else { continue }
            if let attribute = block.attributes[key] { return attribute.isSensitive }
            guard let nested = block.blockTypes[key] else { return false }
            block = nested.block
        }
        return false
    }

    private static func containsSecret(name: String, value: JSONValue?) -> Bool {
        switch value {
        case .object(let members)?:
            if let pairName = members["name"]?.templateText, let pairValue = members["value"],
                containsSecret(name: pairName, value: pairValue)
            {
                return true
            }
            return members.contains { containsSecret(name: $0.key, value: $0.value) }
        case .array(let elements)?:
            return elements.contains { containsSecret(name: name, value: $0) }
        case .string(let text)?, .expression(let text)?:
            if SecretDetector.reason(name: name, value: text) != nil { return true }
            return JSONValueDiff.embedded(value ?? .null).map { containsSecret(name: name, value: $0) } ?? false
        case nil, .null?, .bool?:
            // Absence and flags (`manage_master_user_password = true`) reveal nothing.
            return false
        default:
            return SecretDetector.reason(name: name, value: "") != nil
        }
    }
}
