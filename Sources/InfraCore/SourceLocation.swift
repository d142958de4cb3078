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
    static let projectRoots: [[UInt8]] = ["stacks", "Sources", "Tests"].map { Array($0.utf8) }

    /// Cuts an absolute path down to the part below the project root. Every construct's location goes through here,
    /// so it reads the path's bytes once from the end instead of splitting and joining it.
    static func projectRelativePath(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes -> String in
            // The components, from the last; empty ones (`//`, a trailing `/`) are skipped as `split` skips them.
            var end = bytes.count
            var lastComponent: Range<Int>?
            var kept: Range<Int>?
            while end > 0 {
                var start = end
                while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
                if start < end {
                    let component = start..<end
                    if lastComponent == nil { lastComponent = component }
                    if projectRoots.contains(where: { bytes[component].elementsEqual($0) }) {
                        kept = start..<bytes.count
                        break
                    }
                }
                end = start - 1
            }
            guard let kept else {
                return lastComponent.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
                    ?? String(decoding: bytes, as: UTF8.self)
            }
            // Repeated slashes inside the kept part collapse, as joining the split components did.
            var result: [UInt8] = []
            result.reserveCapacity(kept.count)
            for index in kept where !(bytes[index] == UInt8(ascii: "/") && result.last == UInt8(ascii: "/")) {
                result.append(bytes[index])
            }
            if result.last == UInt8(ascii: "/") { result.removeLast() }
            return String(decoding: result, as: UTF8.self)
        }
    }

    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// Appends `description` to `output` (`Diagnostic.write(to:)` writes a report's lines so).
    public func write<Output: TextOutputStream>(to output: inout Output) {
        output.write(file)
        if let line {
            output.write(":")
            output.write(String(line))
            if let column {
                output.write(":")
                output.write(String(column))
            }
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}
