/// The override file that lets `terraform plan` run without AWS: a local backend instead of the real one, for every
/// provider configuration (aliased ones included) dummy credentials plus the provider's skip flags, and a placeholder
/// default for each input variable (a Redis AUTH token), since no deploy job fills them in an offline plan.
///
/// Terraform merges `*_override.tf.json` files last, and a `backend` block in one replaces the original backend, so
/// the rendered files stay exactly what a real plan uses. infragen writes it only for `plan --offline`.
public enum OfflineOverride {
    /// The file name; `zz_` sorts it after every other file, `_override` makes Terraform merge it last.
    public static let fileName = "zz_offline_override.tf.json"

    /// The local state file the override's backend writes to.
    public static let stateFile = "offline.tfstate"

    /// The arguments every offline provider configuration gets.
    static let providerArguments: [String: JSONValue] = [
        "access_key": "offline",
        "secret_key": "offline",
        "skip_credentials_validation": true,
        "skip_requesting_account_id": true,
        "skip_metadata_api_check": true,
        "skip_region_validation": true,
    ]

    /// A placeholder for input variables: long enough and plain enough for the value checks of the secrets they
    /// stand for (an ElastiCache AUTH token takes 16–128 printable characters).
    public static let variablePlaceholder = "offlinePlaceholder0123456789"

    /// The override document for a stack's configuration: one provider entry per configured `aws` provider, with
    /// the same alias.
    public static func document(for configuration: TerraformConfiguration) -> JSONValue {
        let aliases = configuration.providers.filter { $0.name == "aws" }.map(\.alias)
        let entries: [JSONValue] = (aliases.isEmpty ? [nil] : aliases).sorted { ($0 ?? "") < ($1 ?? "") }.map { alias in
            var arguments = providerArguments
            if let alias { arguments["alias"] = .string(alias) }
            return .object(arguments)
        }
        var document: [String: JSONValue] = [
            "//": "Written by `infragen plan --offline`: a local backend and dummy AWS credentials. Do not commit.",
            "terraform": ["backend": ["local": ["path": .string(stateFile)]]],
            "provider": ["aws": entries.count == 1 ? entries[0] : .array(entries)],
        ]
        if !configuration.variables.isEmpty {
            var variables: [String: JSONValue] = [:]
            for variable in configuration.variables {
                variables[variable.name] = ["default": .string(variablePlaceholder)]
            }
            document["variable"] = .object(variables)
        }
        return .object(document)
    }

    /// The override file's bytes.
    public static func file(for configuration: TerraformConfiguration) -> GeneratedFile {
        GeneratedFile(path: fileName, bytes: JSONEncoding().encodeBytes(document(for: configuration)))
    }
}
