import Foundation
import InfraCore

/// All file-system access of infragen: reading settings and inputs, and writing rendered files atomically and only
/// when their bytes change.
struct ProjectFiles {
    let root: URL

    init(root: String) {
        self.root = URL(fileURLWithPath: root, isDirectory: true)
    }

    /// The text of a project-relative (or absolute) file, or a diagnostic naming it.
    func read(_ path: String) -> Result<String, Diagnostic> {
        let url = resolve(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(
                Diagnostic(
                    id: "IO001",
                    severity: .error,
                    message: "cannot read \(path)",
                    location: SourceLocation(file: path),
                    hint: "run infragen from the project root, or pass --project"
                )
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                Diagnostic(
                    id: "IO002",
                    severity: .error,
                    message: "\(path) is not UTF-8 text",
                    location: SourceLocation(file: path),
                    hint: "save the file as UTF-8"
                )
            )
        }
        return .success(text)
    }

    /// The bytes of a file, or `nil` when it does not exist.
    func existingBytes(at path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: resolve(path).path).map { [UInt8]($0) }
    }

    /// Writes a file via a temporary file and a rename, so a reader never sees half a file. Returns whether the bytes
    /// changed (unchanged files are left alone, keeping their timestamps).
    func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        if existingBytes(at: path) == bytes { return false }
        let url = resolve(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
        return true
    }

    /// A path relative to the project root, or an absolute one as given.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    static func todayUTC() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
