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

    static func violations(of role: ResourceView) -> [Violation] {
        guard let statements = PrincipalStatement.statements(of: role, in: "assume_role_policy") else { return [] }
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
}
