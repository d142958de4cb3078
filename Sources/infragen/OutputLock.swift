import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on `<out>/.infragen.lock`, so that two renders into one output folder cannot interleave.
///
/// `flock` rather than "create the file if absent": the kernel releases the lock when the process ends, however it
/// ends, so a killed render never leaves a stale lock that a user would have to delete by hand. The file holds the
/// owner's process id, for the message the second run prints, and is removed when the lock is released, so a render
/// leaves nothing but its output behind. (Removing it is safe because a run that locked a file which was then
/// removed sees that the path no longer names its file, and tries again.)
final class OutputLock {
    static let fileName = ".infragen.lock"

    private let descriptor: Int32
    private let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The outcome of trying to take the lock.
    enum Attempt {
        case acquired(OutputLock)
        /// Another process holds it; its process id when the file says so.
        case held(by: String?)
    }

    /// Takes the lock in `folder` (which must exist) without waiting.
    static func acquire(in folder: String) throws(FileSystemError) -> Attempt {
        let path = folder + "/" + fileName
        for _ in 0..<8 {
            let attempt = try attemptOnce(path)
            if let attempt { return attempt }
        }
        return .held(by: nil)
    }

    /// One try; `nil` when the file was removed (by the previous owner) between opening and locking it.
    private static func attemptOnce(_ path: String) throws(FileSystemError) -> Attempt? {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(path: path, operation: .lock, code: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            guard code == EWOULDBLOCK else { throw FileSystemError(path: path, operation: .lock, code: code) }
            let holder = (try? FileSystem.readFile(path, limit: 64)).map { String(decoding: $0, as: UTF8.self) }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            return .held(by: holder?.isEmpty == false ? holder : nil)
        }
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino,
            opened.st_dev == named.st_dev
        else {
            close(descriptor)
            return nil
        }
        // The id is written over what the file holds, and the file cut to it only when a killed run left a longer
        // one. Never cut to zero: ext4 treats a file cut to zero and written again as a replaced file and flushes it
        // to disk when it is closed, and the unlink in `deinit` then waited for that write on every render.
        let text = Array("\(FileSystem.processID)\n".utf8)
        let written = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        if written == text.count, Int(opened.st_size) > text.count {
            _ = ftruncate(descriptor, off_t(text.count))
        }
        return .acquired(OutputLock(descriptor: descriptor, path: path))
    }
}
