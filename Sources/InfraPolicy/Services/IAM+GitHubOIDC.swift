import InfraCore

/// IAM008: a role that GitHub Actions assumes through OIDC names the repositories it trusts.
///
/// GitHub's OIDC provider (`token.actions.githubusercontent.com`) signs a token for every workflow run of every
/// repository on GitHub. A trust policy that accepts the provider and checks only the audience (`…:aud`) lets any of
/// them assume the role; the subject claim (`…:sub`, `repo:ORG/REPO:…`) is what names the trusted repositories. The
/// trust policy is read as JSON or from the `aws_iam_policy_document` it references; a provider given by reference is
/// GitHub's when the referenced `aws_iam_openid_connect_provider` has GitHub's URL.
enum GitHubOIDCTrust {
    static let host = "token.actions.githubusercontent.com"
    static let subject = "token.actions.githubusercontent.com:sub"

    /// One Allow statement of a trust policy, reduced to what the rule asks: its federated principals, and its
    /// condition keys with their values (`nil` values: written as an expression).
    struct Statement {
        var federated: [JSONValue]
        var conditions: [(key: String?, values: [String]?)]
    }

    static func violations(of role: ResourceView) -> [Violation] {
        let policy = role["assume_role_policy"]
        let statements: [Statement]
        if let name = PolicyStatements.policyDocumentName(in: policy),
            let body = role.document.dataSources[ResourceAddress(type: "aws_iam_policy_document", name: name)]
        {
            statements = dataSourceStatements(body)
        } else if let parsed = role.embeddedJSON("assume_role_policy") {
            statements = jsonStatements(parsed)
        } else {
            return []
        }
        for statement in statements where statement.federated.contains(where: { isGitHub($0, in: role.document) }) {
            let subjects = statement.conditions.filter { $0.key.map { $0.lowercased() == subject } ?? true }
            // A condition key or value only known at plan may well name the repositories.
            if subjects.contains(where: { $0.key == nil || $0.values == nil }) { continue }
            let values = subjects.flatMap { $0.values ?? [] }
            let everyone = "so every repository on GitHub can assume the role"
            if values.isEmpty {
                return [
                    Violation(
                        "assume_role_policy",
                        "the trust policy accepts GitHub's OIDC tokens without a `\(subject)` condition, \(everyone)"
                    )
                ]
            }
            if let open = values.first(where: { ["*", "repo:*"].contains($0) }) {
                let message = "the trust policy's `\(subject)` condition is `\(open)`, \(everyone)"
                return [Violation("assume_role_policy", message)]
            }
        }
        return []
    }

    /// Whether a federated principal is GitHub's OIDC provider: its ARN as text, or a reference to an
    /// `aws_iam_openid_connect_provider` with GitHub's URL.
    static func isGitHub(_ principal: JSONValue, in document: DocumentIndex) -> Bool {
        if let text = AttributeValue.string(principal) { return ByteSearch.contains(text, host) }
        guard let provider = document.target(of: principal, ofType: "aws_iam_openid_connect_provider") else {
            return false
        }
        return AttributeValue.string(provider["url"]).map { ByteSearch.contains($0, host) } ?? false
    }

    /// The Allow statements of a JSON trust policy.
    static func jsonStatements(_ document: JSONValue) -> [Statement] {
        let written = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return written.compactMap { statement in
            guard (AttributeValue.string(statement["Effect"]) ?? "Allow") == "Allow" else { return nil }
            let federated = statement["Principal"]?["Federated"]
            var conditions: [(key: String?, values: [String]?)] = []
            for (_, byKey) in statement["Condition"]?.objectValue ?? [:] {
                for (key, value) in byKey.objectValue ?? [:] {
                    // A key built from an interpolation (`${local.issuer}:sub`) is known only at plan.
                    conditions.append((ByteSearch.contains(key, "${") ? nil : key, AttributeValue.strings(value)))
                }
            }
            return Statement(federated: federated.map { $0.arrayValue ?? [$0] } ?? [], conditions: conditions)
        }
    }

    /// The Allow statements of an `aws_iam_policy_document` data source: `principals` blocks of type `Federated`,
    /// and `condition` blocks (`test`, `variable`, `values`).
    static func dataSourceStatements(_ body: [String: JSONValue]) -> [Statement] {
        (body["statement"]?.blocks ?? []).compactMap { block in
            guard (AttributeValue.string(block["effect"]) ?? "Allow") == "Allow" else { return nil }
            let federated = (block["principals"]?.blocks ?? [])
                .filter { AttributeValue.string($0["type"]) == "Federated" }
                .flatMap { $0["identifiers"]?.arrayValue ?? [] }
            let conditions = (block["condition"]?.blocks ?? []).map { condition in
                (key: AttributeValue.string(condition["variable"]), values: AttributeValue.strings(condition["values"]))
            }
            return Statement(federated: federated, conditions: conditions)
        }
    }
}
