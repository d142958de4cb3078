import InfraCore

extension PlanSummary {
    /// Diagnostic ids of plan reading.
    public enum DiagnosticID {
        /// `terraform show -json` printed something that is not a plan document.
        public static let unreadablePlan = "PLAN001"
    }

    /// Reads the output of `terraform show -json <planfile>`.
    ///
    /// Uses `resource_changes` (managed resources only; data reads and no-ops are left out) and `output_changes`.
    /// Values marked in `before_sensitive`/`after_sensitive`, or classed as secrets, are never copied out of the plan:
    /// the summary holds `(sensitive)` in their place.
    /// - Parameters:
    ///   - text: the JSON document.
    ///   - stack: the stack the plan belongs to, for the summary and for diagnostics.
    ///   - environment: the environment the plan belongs to.
    /// - Returns: the summary, resources sorted by action then address.
    /// - Throws: `PLAN001` when the text is not JSON or not a plan document.
    public static func parse(showJSON text: String, stack: String, environment: String) throws(DiagnosticError)
        -> PlanSummary
    {
        let file = "\(environment)/\(stack)/terraform show -json"
        let root = try JSONParser().parse(text, file: file)
        guard root.members != nil, root["format_version"] != nil else {
            throw DiagnosticError(
                Diagnostic(
                    id: DiagnosticID.unreadablePlan,
                    severity: .error,
                    message: "terraform show -json printed no plan document",
                    stack: stack,
                    environment: environment,
                    hint: "run `terraform show -json <planfile>` in the stack's folder to see what it printed"
                )
            )
        }
        var resources: [ResourceChange] = []
        for element in root["resource_changes"]?.elements ?? [] {
            guard element["mode"]?.stringValue != "data",
                let address = element["address"]?.stringValue,
                let type = element["type"]?.stringValue,
                let change = element["change"],
                let action = Action(terraformActions: (change["actions"]?.elements ?? []).compactMap(\.stringValue))
            else { continue }
            let attributes =
                action == .change || action == .replace ? attributeChanges(change.value, forcing: change) : []
            resources.append(
                ResourceChange(
                    address: address,
                    type: type,
                    action: action,
                    isStateful: statefulTypes.contains(type),
                    attributes: attributes
                )
            )
        }
        var outputs: [OutputChange] = []
        for member in root["output_changes"]?.members ?? [] {
            let change = member.value.value
            let actions = change["actions"]?.arrayValue?.compactMap(\.literalString) ?? []
            guard let action = Action(terraformActions: actions) else { continue }
            let sensitive =
                JSONValueDiff.marksAnything(change["before_sensitive"])
                || JSONValueDiff.marksAnything(change["after_sensitive"])
                || SecretRedaction.isSecret(path: [.key(member.key)], value: change["before"])
                || SecretRedaction.isSecret(path: [.key(member.key)], value: change["after"])
            let unknown = JSONValueDiff.marksAnything(change["after_unknown"])
            outputs.append(
                OutputChange(
                    name: member.key,
                    action: action,
                    before: sensitive ? SecretRedaction.placeholder : display(change["before"]),
                    after: sensitive
                        ? SecretRedaction.placeholder : unknown ? knownAfterApply : display(change["after"]),
                    isSensitive: sensitive
                )
            )
        }
        return PlanSummary(stack: stack, environment: environment, resources: resources, outputs: outputs)
    }

    static let knownAfterApply = "(known after apply)"

    private static func display(_ value: JSONValue?) -> String? {
        guard let value, value != .null else { return nil }
        return JSONValueDiff.display(value)
    }

    /// The changed attributes of an update or a replacement, with sensitive and secret values withheld.
    private static func attributeChanges(_ change: JSONValue, forcing positioned: PositionedJSON) -> [AttributeChange] {
        let before = change["before"]
        let after = change["after"]
        let unknown = change["after_unknown"]
        var paths = JSONValueDiff.changes(from: before, to: after)
        // Attributes computed at apply time are `null` in `after` and marked in `after_unknown`; they differ from
        // `before` only if `before` had a value, so add the ones the walk cannot see.
        for path in markedPaths(unknown) where !paths.contains(where: { $0.path == path }) {
            let old = JSONValueDiff.value(at: path, in: before)
            guard old != nil, old != .null else { continue }
            paths.append(JSONValueDiff.Change(path: path, before: old, after: nil))
        }
        let replacePaths = positioned["replace_paths"]?.elements ?? []
        let forcing: [[JSONValueDiff.Step]] = replacePaths.map { path in
            (path.elements ?? []).compactMap { step in
                switch step.kind {
                case .string(let key): .key(key)
                case .int(let index): .index(index)
                default: nil
                }
            }
        }
        return paths.map { path in
            let sensitive =
                JSONValueDiff.isMarked(path.path, in: change["before_sensitive"])
                || JSONValueDiff.isMarked(path.path, in: change["after_sensitive"])
                || SecretRedaction.isSecret(path: path.path, value: path.before, in: before)
                || SecretRedaction.isSecret(path: path.path, value: path.after, in: after)
            let isUnknown = JSONValueDiff.isMarked(path.path, in: unknown)
            return AttributeChange(
                path: path.pathText,
                before: sensitive ? (path.before == nil ? nil : SecretRedaction.placeholder) : display(path.before),
                after: sensitive
                    ? SecretRedaction.placeholder : isUnknown ? knownAfterApply : display(path.after),
                isSensitive: sensitive,
                forcesReplacement: forcing.contains { prefix in
                    prefix.count <= path.path.count && Array(path.path.prefix(prefix.count)) == prefix
                }
            )
        }.sorted { $0.path < $1.path }
    }

    /// The paths a marker tree marks `true`, outermost first.
    private static func markedPaths(_ markers: JSONValue?, prefix: [JSONValueDiff.Step] = []) -> [[JSONValueDiff.Step]]
    {
        switch markers {
        case .bool(true)?: [prefix]
        case .object(let members)?:
            members.keys.sorted().flatMap { markedPaths(members[$0], prefix: prefix + [.key($0)]) }
        case .array(let elements)?:
            elements.indices.flatMap { markedPaths(elements[$0], prefix: prefix + [.index($0)]) }
        default: []
        }
    }
}
