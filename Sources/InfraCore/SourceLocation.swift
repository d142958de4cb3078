/// Where something a user wrote lives: a Swift line that declared a resource, a YAML key, a JSON element.
///
/// Paths are always relative to the project root (`stacks/aggregator/Aggregator.swift`), never absolute, so that
/// findings, goldens and SARIF files are the same on every machine.
public struct SourceLocation: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// A project-relative path.
    public var file: String
    /// 1-based line, or `nil` when only the file is known.
    public var line: Int?
    /// 1-based column, or `nil` when only the line is known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location from the `#filePath`/`#line` default arguments every construct takes.
    ///
    /// The compiler hands us an absolute path; only the part from the project's top-level source folder on is kept
    /// (`stacks/aggregator/Aggregator.swift`), so nothing machine-specific reaches a finding or a golden file.
    public static func swift(filePath: String, line: UInt) -> SourceLocation {
        SourceLocation(file: projectRelativePath(filePath), line: Int(line))
    }

    /// The folders a project-relative path starts at; the last one in an absolute path wins.
    static let projectRoots: Set<Substring> = ["stacks", "Sources", "Tests"]

    /// Cuts an absolute path down to the part below the project root.
    static func projectRelativePath(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let rootIndex = parts.lastIndex(where: { projectRoots.contains($0) }) else {
            return parts.last.map(String.init) ?? path
        }
        return parts[rootIndex...].joined(separator: "/")
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}
