import InfraCore
import InfraPolicy

/// The pure part of `render` and `lint` for one stack and environment: build → model checks → render → policy.
/// The executable feeds it file contents and writes what it returns; nothing here touches the disk.
public enum StackPipeline {
    /// What one stack and environment came to.
    public struct Outcome: Sendable {
        public var stack: String
        public var environment: String
        /// Problems in the settings or input files; nothing could be rendered.
        public var inputErrors: [Diagnostic]
        /// Model checks and policy findings on the rendered document, waived ones included.
        public var findings: [Diagnostic]
        public var rendered: RenderedStack?
        public var resourceCount: Int

        /// True when the output may be written: inputs decoded and no unwaived error.
        public var isClean: Bool { inputErrors.isEmpty && !findings.contains(where: \.isBlocking) }
    }

    public static func run(
        _ entry: StackEntry,
        environment: String,
        settings: String,
        inputs: StackInputs,
        today: CalendarDate
    ) -> Outcome {
        let model: StackModel
        do {
            model = try entry.model(environment: environment, settings: settings, inputs: inputs)
        } catch {
            let diagnostics = error.diagnostics.map { diagnostic in
                var scoped = diagnostic
                scoped.stack = entry.name
                scoped.environment = environment
                return scoped
            }
            return Outcome(
                stack: entry.name,
                environment: environment,
                inputErrors: diagnostics,
                findings: [],
                rendered: nil,
                resourceCount: 0
            )
        }
        let modelFindings = ModelChecks.check(model)
        let rendered = TerraformRenderer().render(model)
        let policyFindings = PolicyEngine().evaluate(
            rendered,
            context: PolicyContext(environment: environment, today: today)
        )
        return Outcome(
            stack: entry.name,
            environment: environment,
            inputErrors: [],
            findings: (modelFindings + policyFindings).sorted(),
            rendered: rendered,
            resourceCount: model.resources.count
        )
    }
}
