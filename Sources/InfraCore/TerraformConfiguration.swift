/// The `terraform` block and the provider configurations of a rendered document: versions, state backend, providers.
public struct TerraformConfiguration: Hashable, Sendable {
    /// A `required_providers` entry.
    public struct ProviderRequirement: Hashable, Sendable {
        public var source: String
        public var version: String

        public init(source: String, version: String) {
            self.source = source
            self.version = version
        }
    }

    /// A `backend` block: its type (`s3`) and its arguments.
    public struct Backend: Hashable, Sendable {
        public var type: String
        public var arguments: [String: JSONValue]

        public init(type: String, arguments: [String: JSONValue]) {
            self.type = type
            self.arguments = arguments
        }
    }

    /// One `provider` block; several for the same provider need distinct aliases.
    public struct Provider: Hashable, Sendable {
        public var name: String
        public var alias: String?
        public var arguments: [String: JSONValue]

        public init(name: String, alias: String? = nil, arguments: [String: JSONValue]) {
            self.name = name
            self.alias = alias
            self.arguments = arguments
        }
    }

    /// An input variable the deployer supplies at plan and apply time (`TF_VAR_<name>`), for the rare value that
    /// must reach a resource argument but may not be written into the repository: a Redis AUTH token, whose
    /// argument takes a value and has no write-only or managed-secret form in the AWS provider.
    public struct Variable: Hashable, Sendable {
        public var name: String
        public var type: String
        public var description: String
        /// Kept out of plan output and logs; the value still reaches the state file, which is encrypted.
        public var sensitive: Bool

        public init(_ name: String, type: String = "string", description: String, sensitive: Bool) {
            self.name = name
            self.type = type
            self.description = description
            self.sensitive = sensitive
        }

        /// `${var.<name>}`, for an attribute.
        public var value: JSONValue { .expression("${var.\(name)}") }
    }

    public var requiredVersion: String
    public var requiredProviders: [String: ProviderRequirement]
    public var backend: Backend?
    public var providers: [Provider]
    /// Input variables, without defaults: a plan without their values fails instead of using a made-up one.
    public var variables: [Variable]

    public init(
        requiredVersion: String,
        requiredProviders: [String: ProviderRequirement],
        backend: Backend?,
        providers: [Provider],
        variables: [Variable] = []
    ) {
        self.requiredVersion = requiredVersion
        self.requiredProviders = requiredProviders
        self.backend = backend
        self.providers = providers
        self.variables = variables
    }
}
