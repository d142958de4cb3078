import Foundation

/// Lists what is already in an output folder, for `render --check` to find orphans. Hidden folders (`.terraform/`)
/// are not entered: they hold terraform's working files, never render output.
enum OutputListing {
    /// The regular files under `folder`, as paths relative to `root`, sorted; empty when the folder does not exist.
    static func files(under folder: String, files: ProjectFiles) -> [String] {
        let base = files.resolve(folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: base,
                includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles]
            )
        else { return [] }
        var found: [String] = []
        let prefix = base.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix + "/") else { continue }
            found.append("\(folder)/\(path.dropFirst(prefix.count + 1))")
        }
        return found.sorted()
    }
}
