import InfraCore

/// Points a finding about a value that was copied from a settings file at the file's line.
///
/// A stack copies settings into resources as plain values, so the rendered document does not say where a value came
/// from. Findings are located at the Swift line of the construct, which is not where a user who typed the value in
/// `prod.yaml` can fix it. This matches a finding's value against the file's scalars: when the finding's attribute
/// holds, verbatim, a string or number that the settings file writes exactly once, the finding moves to that line
/// and keeps the Swift line as its related location. Failing a verbatim match, a string built from settings (a log
/// group `/ecs/<cluster>/<service>`) points at the longest once-written setting it contains. Values the file writes
/// more than once (a region, `30`) and booleans are never matched, since which line they came from cannot be told;
/// those findings stay at the Swift line.
public struct SettingsProvenance: Sendable {
    /// The model check for a resource label that Terraform refuses: the one finding about the label itself.
    static let invalidLabel = "CORE002"

    /// Each value the file writes exactly once, with its scalar.
    private let uniqueScalars: [String: SettingScalar]
    /// Every scalar, in document order, for locating a settings problem by its key path.
    private let scalars: [SettingScalar]

    public init(_ scalars: [SettingScalar]) {
        self.scalars = scalars
        var counts: [String: Int] = [:]
        for scalar in scalars { counts[scalar.value, default: 0] += 1 }
        var unique: [String: SettingScalar] = [:]
        for scalar in scalars where counts[scalar.value] == 1 && Self.isDistinctive(scalar) {
            unique[scalar.value] = scalar
        }
        uniqueScalars = unique
    }

    /// Booleans and nulls say nothing about where they came from; a quoted empty string written once does.
    private static func isDistinctive(_ scalar: SettingScalar) -> Bool {
        scalar.isQuoted || !(scalar.value.isEmpty || ["true", "false", "null", "~"].contains(scalar.value))
    }

    /// A settings problem that names its key path (`attribute`, e.g. `routes[0].targets[1]`) but not its line gets
    /// the line of the first value at or under that path.
    public func locating(_ problem: Diagnostic) -> Diagnostic {
        guard let path = problem.attribute, let file = problem.location?.file, problem.location?.line == nil,
            let scalar = scalars.first(where: {
                $0.location.file == file
                    && ($0.path == path || $0.path.hasPrefix(path + ".") || $0.path.hasPrefix(path + "["))
            })
        else { return problem }
        var located = problem
        located.location = scalar.location
        return located
    }

    /// `finding`, relocated to the settings line its value came from when it can be told; else unchanged.
    public func relocating(_ finding: Diagnostic, in document: JSONValue) -> Diagnostic {
        guard let address = finding.address,
            let scalar = finding.attribute.map({ source(of: $0, at: address, in: document) })
                ?? (finding.id == Self.invalidLabel ? source(ofLabelIn: address) : nil)
        else { return finding }
        var moved = finding
        moved.relatedLocation = finding.location
        moved.location = scalar.location
        let origin = "the value comes from `\(scalar.path)` in \(scalar.location.file)"
        moved.hint = finding.hint.map { "\(origin); \($0)" } ?? origin
        return moved
    }

    /// The one settings scalar among the values at the finding's attribute path, if exactly one matches.
    private func source(of attribute: String, at address: String, in document: JSONValue) -> SettingScalar? {
        guard !uniqueScalars.isEmpty, let dot = address.firstIndex(of: "."),
            let body = document.objectValue?["resource"]?.objectValue?[String(address[..<dot])]?.objectValue?[
                String(address[address.index(after: dot)...])
            ],
            let value = Self.value(at: attribute, in: body)
        else { return nil }
        var found: [String: SettingScalar] = [:]
        collectMatches(value, into: &found)
        if found.count == 1 { return found.values.first }
        guard found.isEmpty else { return nil }
        // A value built from settings (`/ecs/aldea-ecs-dev/backend`) holds them whole: the longest one it holds is
        // the likeliest cause of a length or character finding.
        var contained: [SettingScalar] = []
        collectContained(value, into: &contained)
        return contained.max { ($0.value.count, $1.path) < ($1.value.count, $0.path) }
    }

    /// For a finding on the resource's label itself (`aws_secretsmanager_secret.my app_env`), the setting the label
    /// was built from.
    private func source(ofLabelIn address: String) -> SettingScalar? {
        guard let dot = address.firstIndex(of: ".") else { return nil }
        var contained: [SettingScalar] = []
        collectContained(.string(String(address[address.index(after: dot)...])), into: &contained)
        return contained.max { ($0.value.count, $1.path) < ($1.value.count, $0.path) }
    }

    /// Scalars of at least four characters that a string under `value` contains.
    private func collectContained(_ value: JSONValue, into found: inout [SettingScalar]) {
        switch value {
        case .string(let text):
            // Bytes first (`ByteSearch`): the character search, run on every scalar, was most of relocating.
            found += uniqueScalars.values.filter {
                ByteSearch.contains(text, $0.value) && $0.value.count >= 4 && text.contains($0.value)
            }
        case .array(let elements):
            for element in elements { collectContained(element, into: &found) }
        case .object(let members):
            for member in members.values { collectContained(member, into: &found) }
        case .null, .bool, .int, .double, .expression, .template:
            return
        }
    }

    /// The value at a finding's attribute path (`condition.0.host_header.0.values`, `tags["Name"]`), where a block
    /// written as one object stands for its list of one.
    static func value(at attribute: String, in body: JSONValue) -> JSONValue? {
        let steps = attribute.split { $0 == "." || $0 == "[" || $0 == "]" || $0 == "\"" }.map(String.init)
        var current = body
        for step in steps {
            switch current {
            case .object(let members):
                if let member = members[step] {
                    current = member
                } else if step != "0" {
                    return nil
                }
            case .array(let elements):
                if let index = Int(step) {
                    guard elements.indices.contains(index) else { return nil }
                    current = elements[index]
                } else if elements.count == 1, let member = elements[0].objectValue?[step] {
                    current = member
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        return current
    }

    private func collectMatches(_ value: JSONValue, into found: inout [String: SettingScalar]) {
        switch value {
        case .string(let text):
            if let scalar = uniqueScalars[text] { found[scalar.path] = scalar }
        case .int(let number):
            if let scalar = uniqueScalars[String(number)], !scalar.isQuoted { found[scalar.path] = scalar }
        case .array(let elements):
            for element in elements { collectMatches(element, into: &found) }
        case .object(let members):
            for member in members.values { collectMatches(member, into: &found) }
        case .null, .bool, .double, .expression, .template:
            return
        }
    }
}
