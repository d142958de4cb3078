import InfraCore

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
