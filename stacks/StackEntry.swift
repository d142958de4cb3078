import InfraConfig
import InfraCore

/// A stack type with its settings type erased, so the catalogue can hold stacks with different settings.
public struct StackEntry: Sendable {
    public let name: String
    public let summary: String
    /// Environments the stack is never deployed to, with the reason; every other settings file is an environment.
    public let refusedEnvironments: [String: String]
    public let inputFiles: [String]
    /// Builds the model from an environment's settings text; returns the settings file's scalars too.
    private let makeModel:
        @Sendable (String, String, StackInputs) throws(DiagnosticError) -> (StackModel, [SettingScalar])

    public init<Stack: StackDefinition>(_ stack: Stack.Type) {
        name = Stack.name
        summary = Stack.summary
        refusedEnvironments = Stack.refusedEnvironments
        inputFiles = Stack.inputFiles
        makeModel = { environment, settingsText, inputs throws(DiagnosticError) in
            let file = "stacks/\(Stack.name)/\(environment).yaml"
            let (decoded, scalars) = try StrictYAMLDecoder().decodeWithScalars(
                EnvironmentFile<Stack.Settings>.self,
                from: settingsText,
                file: file
            )
            var model = try Stack(environment: environment, settings: decoded.settings, inputs: inputs)
                .model(environment: environment)
            model.environmentWaivers = decoded.waivers
            return (model, scalars)
        }
    }

    /// The project-relative folder of the stack's settings files: each `<environment>.yaml` in it is an environment.
    public var settingsFolder: String { "stacks/\(name)" }

    /// The project-relative path of an environment's settings file.
    public func settingsFile(for environment: String) -> String { "stacks/\(name)/\(environment).yaml" }

    /// Decodes the settings and inputs and builds the model; input problems are thrown as diagnostics.
    public func model(environment: String, settings: String, inputs: StackInputs) throws(DiagnosticError) -> StackModel
    {
        try makeModel(environment, settings, inputs).0
    }

    /// The model, with the settings file's scalars (`SettingScalar.all(in:file:)`) read from the same parse.
    func modelAndSettingScalars(environment: String, settings: String, inputs: StackInputs)
        throws(DiagnosticError) -> (model: StackModel, scalars: [SettingScalar])
    {
        try makeModel(environment, settings, inputs)
    }
}
