/// A stack: given one environment's settings and inputs, it declares its constructs in `body`.
///
/// A stack is a pure function of its inputs. It reads no files and no clock; the executable reads
/// `stacks/<name>/<environment>.yaml` and the files named in `inputFiles` and hands them over.
public protocol StackDefinition: Sendable {
    /// The environment settings, decoded strictly from `stacks/<name>/<environment>.yaml`.
    associatedtype Settings: Decodable & Sendable

    /// The stack's name: its folder under `stacks/` and under `out/<environment>/`.
    static var name: String { get }
    /// One line for `infragen list`.
    static var summary: String { get }
    /// Environments the stack must never be deployed to, each with the reason. A stack's environments are its
    /// settings files (`stacks/<name>/<environment>.yaml`): adding a file adds an environment. This list is the
    /// exception, for an environment that a file of that name would get wrong (e.g. one that lives inside another).
    static var refusedEnvironments: [String: String] { get }
    /// Project-relative paths of other files the stack reads, e.g. `serverList.json`.
    static var inputFiles: [String] { get }

    /// Builds the stack for one environment; input files that do not decode are reported as diagnostics.
    init(environment: String, settings: Settings, inputs: StackInputs) throws(DiagnosticError)

    /// The constructs of the stack that nothing else refers to, and its outputs. Constructs they refer to are part
    /// of the stack without being listed (`StackAssembly`).
    @StackBuilder var body: [any Construct] { get }

    /// Versions, backend and providers for the rendered document.
    var configuration: TerraformConfiguration { get }
}

extension StackDefinition {
    public static var inputFiles: [String] { [] }
    public static var refusedEnvironments: [String: String] { [:] }

    /// Expands the body into the model that rendering and the checks work on.
    public func model(environment: String) -> StackModel {
        let assembly = StackAssembly(body)
        return StackModel(
            stack: Self.name,
            environment: environment,
            configuration: configuration,
            resources: assembly.resources,
            outputs: assembly.outputs,
            files: assembly.files,
            problems: assembly.problems,
            constructTypes: assembly.constructTypes
        )
    }
}

/// The contents of a stack's input files, by project-relative path.
public struct StackInputs: Sendable {
    public var files: [String: String]

    public init(files: [String: String] = [:]) {
        self.files = files
    }
}
