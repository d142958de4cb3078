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
            let subjects = statement.conditions.filter { $0.key.map(isSubjectKey) ?? true }
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
            if let (value, reason) = values.lazy.compactMap({ value in unsafe(value).map { (value, $0) } }).first {
                return [
                    Violation("assume_role_policy", "the trust policy's `\(subject)` condition `\(value)` \(reason)")
                ]
            }
        }
        return []
    }

    /// The subject claim's condition key: `token.actions.githubusercontent.com:sub`, or with an enterprise's own
    /// issuer, `token.actions.githubusercontent.com/ENTERPRISE:sub`.
    static func isSubjectKey(_ key: String) -> Bool {
        let key = key.lowercased()
        guard key.hasPrefix(host), key.hasSuffix(":sub") else { return false }
        let middle = key.dropFirst(host.count).dropLast(":sub".count)
        return middle.isEmpty
            || middle.first == "/" && middle.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || "_-".contains($0) }
    }

    /// The claims GitHub lets a workflow of any repository carry: an environment, workflow or branch name says
    /// nothing of whose repository it is.
    static let claimsOfAnyRepository: Set<String> = [
        "workflow", "environment", "ref", "context", "head_ref", "base_ref",
    ]

    /// Why a subject condition value lets in repositories it does not name, or `nil` when it names an owner's
    /// repositories (`repo:acme/infra:…`, `repo:acme/*`). A value only known at plan, or one with no claim at all
    /// (which matches no token, so opens nothing), is left alone.
    static func unsafe(_ value: String) -> String? {
        guard !ByteSearch.contains(value, "${") else { return nil }
        let claims = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard claims.count > 1 else { return nil }
        let (claim, claimed) = (claims[0], claims[1])
        if claim == "repo" {
            // `OWNER/…` with an owner written out: `repo:acme*` also matches `acme-evil/…`.
            let owner = claimed.prefix { $0 != "/" }
            let named =
                claimed.contains("/") && !owner.isEmpty
                && owner.allSatisfy { $0.isLetter || $0.isNumber || "_-.".contains($0) }
            return named ? nil : "does not name one owner's repositories, so repositories of other owners match it too"
        }
        if claimed.hasPrefix("*") || claimsOfAnyRepository.contains(String(claim)) {
            return "starts with `\(claim)`, not `repo`, so a workflow of any repository on GitHub can match it"
        }
        return nil
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
