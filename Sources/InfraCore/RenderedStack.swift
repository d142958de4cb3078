/// A stack rendered to a Terraform document, with what the policy engine needs to point findings back at the
/// stack's source: where each resource was declared, and which waivers and overrides it carries.
public struct RenderedStack: Sendable {
    public var stack: String
    public var environment: String
    /// The whole document, as it is written to `main.tf.json`.
    public var document: JSONValue
    /// `main.tf.json` first, then the generated files in path order.
    public var files: [GeneratedFile]
    public var locations: [ResourceAddress: SourceLocation]
    public var waivers: [ResourceAddress: [Waiver]]
    public var overriddenPaths: [ResourceAddress: [String]]

    public init(
        stack: String,
        environment: String,
        document: JSONValue,
        files: [GeneratedFile],
        locations: [ResourceAddress: SourceLocation] = [:],
        waivers: [ResourceAddress: [Waiver]] = [:],
        overriddenPaths: [ResourceAddress: [String]] = [:]
    ) {
        self.stack = stack
        self.environment = environment
        self.document = document
        self.files = files
        self.locations = locations
        self.waivers = waivers
        self.overriddenPaths = overriddenPaths
    }

    /// The name of the main file in every stack's output folder.
    public static let mainFileName = "main.tf.json"

    /// `out/<env>/<stack>` relative to the output root.
    public var folder: String { "\(environment)/\(stack)" }
}
