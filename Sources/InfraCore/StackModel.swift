/// One stack in one environment, fully built: the resources its constructs expanded to, the Terraform configuration,
/// and the extra files it needs. The input to rendering and to the model checks.
public struct StackModel: Sendable {
    public var stack: String
    public var environment: String
    public var configuration: TerraformConfiguration
    public var resources: [Resource]
    public var outputs: [Output]
    public var files: [GeneratedFile]
    /// Waivers from the environment file, each naming its resource address.
    public var environmentWaivers: [Waiver]
    /// Mistakes constructs found in how they were put together (`Construct.problems`).
    public var problems: [Diagnostic]
    /// The construct type that made each resource (`StackAssembly.constructTypes`).
    public var constructTypes: [ResourceAddress: String]

    public init(
        stack: String,
        environment: String,
        configuration: TerraformConfiguration,
        resources: [Resource],
        outputs: [Output] = [],
        files: [GeneratedFile] = [],
        environmentWaivers: [Waiver] = [],
        problems: [Diagnostic] = [],
        constructTypes: [ResourceAddress: String] = [:]
    ) {
        self.stack = stack
        self.environment = environment
        self.configuration = configuration
        self.resources = resources
        self.outputs = outputs
        self.files = files
        self.environmentWaivers = environmentWaivers
        self.problems = problems
        self.constructTypes = constructTypes
    }

    /// The stack and environment as a path fragment and a display name: `prod/aggregator`.
    public var target: String { "\(environment)/\(stack)" }
}
