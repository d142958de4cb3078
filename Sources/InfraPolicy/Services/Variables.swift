import InfraCore

/// The rule ids of this group, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let variableSecret: RuleID = "VAR001"
}

/// Terraform's own values: the defaults of `variable` blocks and the `locals`.
///
/// Every rule of the group, of every family, with its checks; `RuleCatalog` collects them.
enum VariableRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .variableSecret,
            family: .security,
            severity: .error,
            title: "Variables and locals hold no secrets",
            rationale:
                "A password, token or key written as a variable's default or a local is in version control and in every copy of the configuration; `sensitive = true` hides it from plan output, not from the file.",
            remediation:
                "leave the variable without a default and pass the value from the environment (`TF_VAR_…`) or a secret store, or read it with a data source (`aws_secretsmanager_secret_version`)",
            resourceTypes: [Rule.everyType],
            check: { VariableRules.secrets(of: $0) }
        )
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []

    /// The variables and locals whose literal text is a secret: once per document, at its first resource (or at the
    /// view of a document that declares none), like the provider blocks' credentials.
    static func secrets(of resource: ResourceView) -> [Violation] {
        let document = resource.document
        guard resource.address == document.firstAddress || document.firstAddress == nil else { return [] }
        var found: [Violation] = []
        for (name, value) in document.variableDefaults.sorted(by: { $0.key < $1.key }) {
            guard let reason = reason(name, value) else { continue }
            found.append(Violation("variable.\(name).default", "variable `\(name)` defaults to a secret (\(reason))"))
        }
        for (name, value) in document.locals.sorted(by: { $0.key < $1.key }) {
            guard let reason = reason(name, value) else { continue }
            found.append(
                Violation("locals.\(name)", "local `\(name)` is a secret written in the configuration (\(reason))")
            )
        }
        return found
    }

    /// Why a literal text looks secret: by its name, or by its shape. A number, a boolean, an empty text and an
    /// interpolation (its value comes from elsewhere) are no secret.
    static func reason(_ name: String, _ value: JSONValue) -> String? {
        guard case .string(let text) = value, !text.isEmpty, !["true", "false"].contains(text),
            !TerraformPrimitives.isNumber(text)
        else { return nil }
        return SecretDetector.reason(name: name, value: text)
    }
}
