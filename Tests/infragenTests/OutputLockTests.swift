import Foundation
import Testing

@testable import infragen

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `OutputLock`: the lock file names its owner for the message a second run prints, whatever a killed run left in it,
/// and is gone once the lock is released.
@Suite struct OutputLockTests {
    func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragen-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Takes the lock in `folder` and returns what its file says while held.
    func heldText(in folder: String) throws -> String {
        guard case .acquired(let lock) = try OutputLock.acquire(in: folder) else {
            Issue.record("the lock was not free")
            return ""
        }
        return try withExtendedLifetime(lock) { try contents(folder + "/" + OutputLock.fileName) }
    }

    @Test func aNewLockFileHoldsTheOwnersProcessID() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try heldText(in: folder) == "\(getpid())\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + OutputLock.fileName), "removed on release")
    }

    @Test(arguments: ["", "1\n", "1234567890123456789\nleft by a killed run\n"])
    func aLeftOverLockFileIsOverwrittenWithTheOwnersProcessID(leftover: String) throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(leftover.utf8).write(to: URL(fileURLWithPath: folder + "/" + OutputLock.fileName))
        #expect(try heldText(in: folder) == "\(getpid())\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + OutputLock.fileName), "removed on release")
    }
}
