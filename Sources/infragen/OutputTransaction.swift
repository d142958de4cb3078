import Foundation
import InfraCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the files of one render all or nothing, inside `--out` only.
///
/// Each file is first written in full to a temporary name beside its final one (`.main.tf.json.infragen-tmp-<pid>`),
/// and only when every file of the render is staged and on disk are they renamed into place. A render that fails or is
/// interrupted before that point leaves the previous output untouched; `rename` replaces a file in one step, so no
/// reader ever sees half a file. A lock (`OutputLock`) keeps two renders from writing one folder at once, and
/// temporary files a killed run left behind are removed by the next run that holds the lock.
final class OutputTransaction {
    /// One staged file.
    private struct Staged {
        var temporary: String
        var final: String
        var shown: String
    }

    static let temporaryMarker = ".infragen-tmp-"

    let files: ProjectFiles
    /// `--out` as the user wrote it, for messages.
    let outputRoot: String
    private let lock: OutputLock
    private var staged: [Staged] = []
    private var cleanedFolders: Set<String> = []

    private init(files: ProjectFiles, outputRoot: String, lock: OutputLock) {
        self.files = files
        self.outputRoot = outputRoot
        self.lock = lock
    }

    deinit {
        discard()
    }

    /// The path of `relative` (`prod/aggregator/main.tf.json`) below `--out`, as messages show it.
    static func shown(_ outputRoot: String, _ relative: String) -> String {
        var root = outputRoot
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        if relative.isEmpty { return root }
        return root == "/" ? "/" + relative : root + "/" + relative
    }

    /// Checks, without writing, that the folders below `--out` can be created: the first path component that
    /// exists but is not a folder is an `IO004`. `folders` are relative to `--out` (`prod/aggregator`).
    static func preflight(files: ProjectFiles, outputRoot: String, folders: [String]) -> Diagnostic? {
        for folder in [""] + folders {
            let full = shown(outputRoot, folder)
            var prefix = full.hasPrefix("/") ? "/" : ""
            for component in full.split(separator: "/") {
                prefix += (prefix.isEmpty || prefix == "/" ? "" : "/") + component
                switch FileSystem.kind(of: files.resolve(prefix).path) {
                case .directory: continue
                case .missing: break
                case .file, .special: return FileDiagnostics.blockedByFile(prefix, option: "--out")
                }
                break
            }
        }
        return nil
    }

    /// The whole write: takes the lock, lets `stage` stage the files, and commits them, with interrupts held back
    /// throughout (`InterruptHold`). An interrupt that arrives before the commit drops the staged files, so the
    /// previous output stays; either way the lock and the temporary files are gone before the signal acts.
    static func write(
        files: ProjectFiles,
        outputRoot: String,
        _ stage: (OutputTransaction) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        try InterruptHold.during { interrupted throws(DiagnosticError) in
            let transaction = try begin(files: files, outputRoot: outputRoot)
            try stage(transaction)
            if interrupted() { return transaction.discard() }
            try transaction.commit()
        }
    }

    /// Creates `--out` if needed and takes its lock.
    private static func begin(files: ProjectFiles, outputRoot: String) throws(DiagnosticError) -> OutputTransaction {
        let rootPath = files.resolve(shown(outputRoot, "")).path
        do {
            try FileSystem.makeDirectories(rootPath)
            switch try OutputLock.acquire(in: rootPath) {
            case .acquired(let lock): return OutputTransaction(files: files, outputRoot: outputRoot, lock: lock)
            case .held(let holder):
                throw DiagnosticError(
                    FileDiagnostics.locked(shown(outputRoot, OutputLock.fileName), holder: holder)
                )
            }
        } catch let error as FileSystemError {
            throw DiagnosticError(FileDiagnostics.unwritable(shown(outputRoot, ""), error, option: "--out"))
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(
                FileDiagnostics.unwritable(
                    shown(outputRoot, ""),
                    FileSystemError(path: rootPath, operation: .write, reason: "\(error)"),
                    option: "--out"
                )
            )
        }
    }

    /// Writes `bytes` to a temporary file beside `relative` (below `--out`). Returns `false`, staging nothing, when
    /// the file already holds exactly these bytes.
    func stage(_ bytes: [UInt8], at relative: String) throws(DiagnosticError) -> Bool {
        let shownPath = Self.shown(outputRoot, relative)
        let final = files.resolve(shownPath).path
        if FileSystem.kind(of: final) == .directory {
            throw DiagnosticError(
                FileDiagnostics.unwritable(
                    shownPath,
                    FileSystemError(path: final, operation: .write, code: EISDIR),
                    option: "--out"
                )
            )
        }
        if files.holds(bytes, at: shownPath) { return false }
        let slash = final.lastIndex(of: "/").map { String(final[..<$0]) } ?? "."
        let name = final.split(separator: "/").last.map(String.init) ?? relative
        let temporary = slash + "/." + name + Self.temporaryMarker + String(FileSystem.processID)
        do {
            try FileSystem.makeDirectories(slash)
            removeLeftovers(in: slash)
            FileSystem.remove(temporary)
            try FileSystem.writeNewFile(bytes, to: temporary, durability: .writeStarted)
        } catch {
            let shownFolder = String(shownPath[..<(shownPath.lastIndex(of: "/") ?? shownPath.endIndex)])
            let problem = error.path == temporary ? shownPath : (error.isNotADirectory ? shownFolder : shownPath)
            throw DiagnosticError(FileDiagnostics.unwritable(problem, error, option: "--out"))
        }
        staged.append(Staged(temporary: temporary, final: final, shown: shownPath))
        return true
    }

    /// Waits until every staged file is on disk, then renames each into place: a crash after any rename leaves no
    /// file with its new name and missing bytes.
    func commit() throws(DiagnosticError) {
        for file in staged {
            do {
                try FileSystem.flush(file.temporary)
            } catch {
                discard()
                throw DiagnosticError(FileDiagnostics.unwritable(file.shown, error, option: "--out"))
            }
        }
        while !staged.isEmpty {
            let file = staged.removeFirst()
            do {
                try FileSystem.move(file.temporary, to: file.final)
            } catch {
                FileSystem.remove(file.temporary)
                discard()
                throw DiagnosticError(FileDiagnostics.unwritable(file.shown, error, option: "--out"))
            }
        }
    }

    /// Removes every staged file; the previous output stays as it was.
    func discard() {
        for file in staged { FileSystem.remove(file.temporary) }
        staged.removeAll()
    }

    /// Removes temporary files an interrupted run left in `folder` (safe: this run holds the lock).
    private func removeLeftovers(in folder: String) {
        guard cleanedFolders.insert(folder).inserted else { return }
        for name in FileSystem.names(in: folder) where name.hasPrefix(".") && name.contains(Self.temporaryMarker) {
            FileSystem.remove(folder + "/" + name)
        }
    }
}
