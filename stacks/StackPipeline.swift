import InfraAWS
import InfraConfig
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

    /// Builds, checks and renders the stack (`built`), then checks the document against policy (`checked`).
    public static func run(
        _ entry: StackEntry,
        environment: String,
        settings: String,
        inputs: StackInputs,
        today: CalendarDate
    ) -> Outcome {
        checked(
            built(entry, environment: environment, settings: settings, inputs: inputs, usesIdleCore: true),
            today: today
        )
    }

    /// A stack built and rendered, not yet checked against policy, or the outcome of a stack whose inputs did not
    /// decode. The two halves of `run` are separate so that several stacks' halves can share the cores evenly: five
    /// stacks' whole pipelines on two cores leave one core idle while the fifth runs alone.
    public struct Built: Sendable {
        fileprivate var outcome: Outcome
        fileprivate var model: StackModel?
        fileprivate var settingScalars: [SettingScalar]
        /// The model checks and `main.tf.json`, done or being done on another core (`Unchecked`); until `checked`
        /// puts `main.tf.json` first, `outcome.rendered` has the other files only.
        fileprivate var unchecked: Unchecked?
        /// The schemas of the model's types being parsed on another core meanwhile, when `built` was asked to.
        fileprivate var schemas: SchemaPrefetch?
    }

    /// What `built` makes that nothing before the policy checks reads: the model checks' findings, and `main.tf.json`
    /// encoded, which is most of rendering. A stack rendered alone has them made on the idle core while the policy
    /// checks run (`render --stack X`: 0.3 to 0.5 ms sooner), and `checked` collects them last.
    fileprivate enum Unchecked: Sendable {
        case made(modelFindings: [Diagnostic], mainFile: GeneratedFile)
        case started(BackgroundParts<Unchecked>)

        init(_ model: StackModel, _ document: JSONValue) {
            self = .made(modelFindings: ModelChecks.check(model), mainFile: TerraformRenderer.mainFile(of: document))
        }

        /// The findings and the file, waiting for them if another core is still making them.
        var collected: (modelFindings: [Diagnostic], mainFile: GeneratedFile?) {
            switch self {
            case .made(let modelFindings, let mainFile): (modelFindings, mainFile)
            case .started(let parts): parts.join().first?.collected ?? ([], nil)
            }
        }
    }

    /// The first half of `run`: decodes the settings, builds the model, runs the model checks and renders it.
    ///
    /// With `usesIdleCore`, work the next steps do not wait for goes to another thread: the schemas of the model's
    /// types are parsed (`SchemaPrefetch`), and the model checks and `main.tf.json` are made (`Unchecked`). That is
    /// right when this stack is all the machine is doing, as in `render --stack X`, and wrong when other stacks keep
    /// every core busy, where the extra thread only takes turns with them (`render prod` in five interleaved
    /// comparisons, for the schemas: faster without it in four, by 0.5 to 3.6 ms, slower in one, by 0.8 ms).
    public static func built(
        _ entry: StackEntry,
        environment: String,
        settings: String,
        inputs: StackInputs,
        usesIdleCore: Bool
    ) -> Built {
        // A finding about a value typed in the settings file points at its line there. Decoding the settings reads
        // their scalars too; when it fails, the file is parsed for them only if some problem needs it.
        lazy var provenance = SettingsProvenance(
            SettingScalar.all(in: settings, file: entry.settingsFile(for: environment))
        )
        let model: StackModel
        let settingScalars: [SettingScalar]
        do {
            (model, settingScalars) = try entry.modelAndSettingScalars(
                environment: environment,
                settings: settings,
                inputs: inputs
            )
        } catch {
            let diagnostics = error.diagnostics.map { diagnostic in
                var scoped = provenance.locating(diagnostic)
                scoped.stack = entry.name
                scoped.environment = environment
                return scoped
            }
            let failed = Outcome(
                stack: entry.name,
                environment: environment,
                inputErrors: diagnostics,
                findings: [],
                rendered: nil,
                resourceCount: 0
            )
            return Built(outcome: failed, model: nil, settingScalars: [], unchecked: nil, schemas: nil)
        }
        // The policy stage's largest cost needs only the types: it starts on another core while this one renders.
        let schemas = usesIdleCore ? SchemaPrefetch(types: model.resources.map(\.address.type)) : nil
        let rendered = TerraformRenderer().renderLeavingMainUnencoded(model)
        let document = rendered.document
        let unchecked =
            usesIdleCore
            ? Unchecked.started(BackgroundParts(count: 1) { _ in Unchecked(model, document) })
            : Unchecked(model, document)
        return Built(
            outcome: Outcome(
                stack: entry.name,
                environment: environment,
                inputErrors: [],
                findings: [],
                rendered: rendered,
                resourceCount: model.resources.count
            ),
            model: model,
            settingScalars: settingScalars,
            unchecked: unchecked,
            schemas: schemas
        )
    }

    /// The second half of `run`: the policy findings on the rendered document, with the model checks' findings,
    /// each placed at the settings line or the Swift line it comes from.
    ///
    /// `keep` is handed what the checks read (the document's index and resource views) once they are done, for a
    /// caller about to exit that frees nothing (`ReclaimedAtExit`): freeing them value by value cost `render prod`
    /// 1.3 million instructions. By default they are freed as usual.
    public static func checked(
        _ built: Built,
        today: CalendarDate,
        keep: (any Sendable) -> Void = { _ in }
    ) -> Outcome {
        guard let model = built.model, let rendered = built.outcome.rendered else { return built.outcome }
        lazy var located = SettingsProvenance(built.settingScalars)
        let resources = PolicyEngine.resources(in: rendered.document)
        // The index needs no schema: the other core may go on parsing them meanwhile.
        built.schemas?.finish()
        let policyFindings = PolicyEngine().evaluate(
            rendered,
            resources: resources,
            context: PolicyContext(environment: built.outcome.environment, today: today)
        )
        keep(resources)
        let (modelFindings, mainFile) = built.unchecked?.collected ?? ([], nil)
        var outcome = built.outcome
        if let mainFile { outcome.rendered?.files.insert(mainFile, at: 0) }
        outcome.findings = (modelFindings + policyFindings.map { withSwiftFix($0, model: model) })
            .map { $0.address == nil ? $0 : located.relocating($0, in: rendered.document) }.sorted()
        return outcome
    }

    /// A finding on a resource a construct made gets the construct parameter that fixes it as its hint; the rule's
    /// own hint speaks Terraform, which a stack author does not write.
    static func withSwiftFix(_ finding: Diagnostic, model: StackModel) -> Diagnostic {
        guard let address = finding.address, let dot = address.firstIndex(of: "."),
            let constructType = model.constructTypes[
                ResourceAddress(type: String(address[..<dot]), name: String(address[address.index(after: dot)...]))
            ],
            let fix = ConstructRemedy.fix(for: finding.id, constructType: constructType)
        else { return finding }
        var fixed = finding
        fixed.hint = "\(fix), or waive it with the reason"
        return fixed
    }
}
