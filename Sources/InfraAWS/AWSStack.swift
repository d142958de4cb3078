import InfraCore

/// The settings sections every AWS stack has: the provider (`aws:`), the state backend (`state:`) and the tags every
/// resource carries (`tags:`, none unless the settings declare it).
public protocol AWSStackSettings: Decodable, Sendable {
    var aws: AWSSettings { get }
    var state: StateSettings { get }
    var tags: [String: String] { get }
}

extension AWSStackSettings {
    public var tags: [String: String] { [:] }
}

/// A stack on AWS whose settings have the shared sections. Its Terraform configuration follows from them, so a
/// stack writes none unless it adds to it (a deploy-time variable, say, through `awsConfiguration`).
public protocol AWSStack: StackDefinition where Settings: AWSStackSettings {
    /// The environment the stack was built for.
    var environment: String { get }
    /// The environment's settings, as decoded.
    var settings: Settings { get }
}

extension AWSStack {
    /// The configuration every infragen stack renders (`TerraformConfiguration.aws`), for this stack's environment.
    public var awsConfiguration: TerraformConfiguration {
        .aws(
            stack: Self.name,
            environment: environment,
            settings: settings.aws,
            state: settings.state,
            tags: settings.tags
        )
    }

    public var configuration: TerraformConfiguration { awsConfiguration }
}
