/// Which files in an output folder a render would not write: the orphans `render --check` reports.
///
/// A stack that was renamed or removed, or a file a stack no longer generates, would otherwise linger in `out/` and
/// be applied by whoever runs terraform there. Terraform's and `plan`'s own working files (`.terraform/`, the lock
/// file, plan and state files, the offline override) are not render output and never count as orphans.
public enum OutputInventory {
    /// Whether a path (relative to the output root) is a terraform or `plan` working file rather than render output.
    public static func isWorkingFile(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last else { return true }
        if components.contains(where: { $0.hasPrefix(".") }) { return true }
        if name == Substring(OfflineOverride.fileName) || name == Substring(OfflineOverride.stateFile) { return true }
        return [".tfplan", ".tfstate", ".tfstate.backup"].contains { name.hasSuffix($0) }
            || name.hasPrefix("terraform.tfstate")
    }

    /// The existing files that a render would not write, sorted.
    /// - Parameters:
    ///   - existing: the files found under the checked folders, relative to the output root.
    ///   - expected: the files a render writes, relative to the output root.
    /// - Returns: the orphans, sorted.
    public static func orphans(existing: [String], expected: Set<String>) -> [String] {
        existing.filter { !expected.contains($0) && !isWorkingFile($0) }.sorted()
    }
}
