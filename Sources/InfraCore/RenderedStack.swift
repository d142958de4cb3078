/// A stack rendered to a Terraform document, with what the policy engine needs to point findings back at the
/// stack's source: where each resource was declared, and which waivers and overrides it carries.
public struct RenderedStack: Sendable {
    public var stack: String
    public var environment: String
    /// The whole configuration as one Terraform JSON document, as policy rules read it. It is written as
    /// `main.tf.json` without its `terraform` block, which goes to `versions.tf` (see `VersionsFile`).
    public var document: JSONValue
    /// `main.tf.json` first, then `versions.tf`, then the generated files in path order.
    public var files: [GeneratedFile]
    public var locations: [ResourceAddress: SourceLocation]
    public var waivers: [ResourceAddress: [Waiver]]
    public var overriddenPaths: [ResourceAddress: [String]]
    /// The versions, backend and providers the document was rendered with; `nil` for a document read from a file.
    /// `plan --offline` derives its override from it (one entry per aliased provider).
    public var configuration: TerraformConfiguration?

    public init(
        stack: String,
        environment: String,
        document: JSONValue,
        files: [GeneratedFile],
        locations: [ResourceAddress: SourceLocation] = [:],
        waivers: [ResourceAddress: [Waiver]] = [:],
        overriddenPaths: [ResourceAddress: [String]] = [:],
        configuration: TerraformConfiguration? = nil
    ) {
        self.stack = stack
        self.environment = environment
        self.document = document
        self.files = files
        self.locations = locations
        self.waivers = waivers
        self.overriddenPaths = overriddenPaths
        self.configuration = configuration
    }

    /// The name of the main file in every stack's output folder.
    public static let mainFileName = "main.tf.json"

    /// `out/<env>/<stack>` relative to the output root.
    public var folder: String { "\(environment)/\(stack)" }
}
