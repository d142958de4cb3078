import Foundation

/// Finds the project root the way git finds a repository: from the working directory upward, the first folder that
/// holds both `Package.swift` and a `stacks/` folder. So `infragen render prod` works from `stacks/aggregator` too.
enum ProjectRoot {
    static func find(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            if isProjectRoot(current.path) { return current.path }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path || current.path == "/" { return nil }
            current = parent
        }
    }

    static func isProjectRoot(_ path: String) -> Bool {
        FileSystem.kind(of: path + "/Package.swift") == .file && FileSystem.kind(of: path + "/stacks") == .directory
    }

    /// How to show `root` relative to `directory` in a note: `../..` from two levels below, else the full path.
    static func relative(_ root: String, from directory: String) -> String {
        let rootParts = URL(fileURLWithPath: root).standardizedFileURL.pathComponents
        let directoryParts = URL(fileURLWithPath: directory).standardizedFileURL.pathComponents
        guard directoryParts.count >= rootParts.count, Array(directoryParts.prefix(rootParts.count)) == rootParts
        else { return root }
        let depth = directoryParts.count - rootParts.count
        return depth == 0 ? "." : Array(repeating: "..", count: depth).joined(separator: "/")
    }
}
