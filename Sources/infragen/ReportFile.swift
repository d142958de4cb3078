import Foundation
import InfraCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
/// Writes a report (`lint --output FILE`) in one step: a temporary file beside it, then a rename, so that a CI step
/// reading the report never sees half of it, and a failed write leaves the previous report as it was.
enum ReportFile {
    static func write(_ report: ByteChunks, to path: String, files: ProjectFiles) throws(DiagnosticError) {
        let final = files.resolve(path).path
        if FileSystem.kind(of: final) == .directory {
            throw DiagnosticError(
                FileDiagnostics.unwritable(
                    path,
                    FileSystemError(path: final, operation: .write, code: EISDIR),
                    option: "--output"
                )
            )
        }
        let folder = final.lastIndex(of: "/").map { String(final[..<$0]) } ?? "."
        let name = final.split(separator: "/").last.map(String.init) ?? path
        let temporary =
            (folder.isEmpty ? "" : folder) + "/." + name + OutputTransaction.temporaryMarker
            + String(FileSystem.processID)
        // An interrupt waits until the report is in place or the temporary file is gone (see `render`).
        try InterruptHold.during { interrupted throws(DiagnosticError) in
            do throws(FileSystemError) {
                if !folder.isEmpty { try FileSystem.makeDirectories(folder) }
                FileSystem.remove(temporary)
                try FileSystem.writeNewFile(pieces: report.pieces, to: temporary)
                if interrupted() { return FileSystem.remove(temporary) }
                try FileSystem.move(temporary, to: final)
            } catch {
                FileSystem.remove(temporary)
                throw DiagnosticError(FileDiagnostics.unwritable(path, error, option: "--output"))
            }
        }
    }
}
