import InfraCore
import Yams

/// One scalar value of a settings file with the key path and place it was written at.
///
/// Decoded settings are plain Swift values and forget where they came from; this list remembers it, so that a
/// finding about a rendered value that was copied from the file can point at the file's line (`SettingsProvenance`),
/// and so that tests can change one value at a time.
public struct SettingScalar: Hashable, Sendable {
    /// The key path, e.g. `database.backup_retention_days` or `domains.records[1].zone_id`.
    public var path: String
    /// The scalar's text as the YAML parser read it (quotes removed).
    public var value: String
    /// Where the scalar starts.
    public var location: SourceLocation
    /// Whether it was written in quotes (a quoted `"42"` is a string, a plain `42` a number).
    public var isQuoted: Bool

    public init(path: String, value: String, location: SourceLocation, isQuoted: Bool) {
        self.path = path
        self.value = value
        self.location = location
        self.isQuoted = isQuoted
    }

    /// Every scalar value of `text` (mapping keys excluded) in document order, or none when it does not parse.
    public static func all(in text: String, file: String) -> [SettingScalar] {
        guard let root = try? YAMLComposer.compose(text) else { return [] }
        return all(inRoot: root, file: file)
    }

    /// Every scalar value under `root`; an empty document's root (nothing, or a null scalar) has none.
    static func all(inRoot root: Node?, file: String) -> [SettingScalar] {
        guard let root else { return [] }
        var scalars: [SettingScalar] = []
        var budget = nodeLimit
        collect(root, path: "", file: file, into: &scalars, budget: &budget)
        return scalars
    }

    /// The most nodes one walk visits. Aliases are expanded in the composed tree, so an alias bomb (a few lines
    /// that expand to billions of nodes) would otherwise never finish; a real settings file has a few hundred.
    public static let nodeLimit = 100_000

    private static func collect(
        _ node: Node,
        path: String,
        file: String,
        into scalars: inout [SettingScalar],
        budget: inout Int
    ) {
        guard budget > 0 else { return }
        budget -= 1
        switch node {
        case .scalar(let scalar):
            guard !path.isEmpty else { return }
            scalars.append(
                SettingScalar(
                    path: path,
                    value: scalar.string,
                    location: SourceLocation(file: file, line: scalar.mark?.line, column: scalar.mark?.column),
                    isQuoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                )
            )
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "?"
                collect(value, path: path.isEmpty ? name : "\(path).\(name)", file: file, into: &scalars, budget: &budget)
            }
        case .sequence(let sequence):
            for (index, element) in sequence.enumerated() {
                collect(element, path: "\(path)[\(index)]", file: file, into: &scalars, budget: &budget)
            }
        case .alias:
            return
        }
    }
}
