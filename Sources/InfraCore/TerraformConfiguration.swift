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

    public var requiredVersion: String
    public var requiredProviders: [String: ProviderRequirement]
    public var backend: Backend?
    public var providers: [Provider]

    public init(
        requiredVersion: String,
        requiredProviders: [String: ProviderRequirement],
        backend: Backend?,
        providers: [Provider]
    ) {
        self.requiredVersion = requiredVersion
        self.requiredProviders = requiredProviders
        self.backend = backend
        self.providers = providers
    }
}
