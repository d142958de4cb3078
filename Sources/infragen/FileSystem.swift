import Foundation
import InfraCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin POSIX wrappers for the few file operations infragen performs.
///
/// Foundation's `FileManager` and `Data.write` report failures as `NSCocoaErrorDomain` errors whose text is
/// `"(null)"` on Linux; the system calls report an `errno`, which `FileSystemError` turns into a reason a user can act
/// on ("Not a directory", "Permission denied"). Every call here is synchronous and touches only the path it is given.
enum FileSystem {
    /// What kind of thing, if any, a path names (symbolic links are followed).
    enum Kind: Equatable {
        case missing
        case directory
        case file
        /// A device, socket or FIFO: never something infragen reads as text or writes over.
        case special
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .special
        }
    }

    /// The size in bytes of the file at `path`, or `nil` when there is none.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The size from which `readFile` reads a file in parts on every core: copying a file out of the page cache
    /// (and faulting in the pages it is copied to) is most of the time before linting a large file can start.
    static let parallelReadSize = 8 << 20

    /// Reads the first `size` bytes of the file at `descriptor` into `base`, in two parts read side by side
    /// (`pread`, which leaves the file offset alone); returns how many bytes from the start were read, and sets the
    /// file offset there, so that `read` goes on where the parts stopped. A part that ends short (the file
    /// shrank) or fails leaves the rest to `read`, which reports the error.
    private static func readInParts(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, size: Int) -> Int {
        let middle = size / 2
        let parts = [0..<middle, middle..<size]
        let destination = UnsafeDestination(base: base)
        let filled = ParallelMap.indices(parts.count) { part in
            var offset = parts[part].lowerBound
            while offset < parts[part].upperBound {
                let count = pread(descriptor, destination.base + offset, parts[part].upperBound - offset, off_t(offset))
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                offset += count
            }
            return offset
        }
        let read = filled[0] == middle ? filled[1] : filled[0]
        guard lseek(descriptor, off_t(read), SEEK_SET) == off_t(read) else { return 0 }
        return read
    }

    /// The array being read into, handed to the threads that read its parts; each writes only its own part.
    private struct UnsafeDestination: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
    }

    /// Whether standard input is a terminal rather than a pipe or a file.
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Standard input to its end (`lint --tf-json -`), refused past `limit` bytes.
    static func readStandardInput(limit: Int) throws(FileSystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        try readToEnd(STDIN_FILENO, onto: &bytes, limit: limit, path: "-")
        return bytes
    }

    /// Reads `descriptor` to its end in chunks, appending to `bytes`; more than `limit` bytes in all is an error.
    private static func readToEnd(
        _ descriptor: Int32,
        onto bytes: inout [UInt8],
        limit: Int,
        path: String
    ) throws(FileSystemError) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: .read, code: errno)
            }
            if count == 0 { return }
            bytes += buffer[0..<count]
            guard bytes.count <= limit else {
                throw FileSystemError(path: path, operation: .read, reason: "it is larger than \(limit) bytes")
            }
        }
    }

    /// The whole contents of a regular file. Refuses folders and devices (reading `/dev/zero` would never end) and
    /// files over `limit` bytes.
    static func readFile(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        // Non-blocking, so that opening a FIFO (which would wait for a writer forever) returns at once; it is then
        // refused as not a regular file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileSystemError(path: path, operation: .read, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(path: path, operation: .read, code: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileSystemError(path: path, operation: .read, code: EISDIR)
        default: throw FileSystemError(path: path, operation: .read, reason: "it is not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            throw FileSystemError(
                path: path,
                operation: .read,
                reason: "it is \(Int(info.st_size)) bytes; infragen reads input files of at most \(limit) bytes"
            )
        }
        // Read straight into the array, with room for the file's size and one byte more: the usual file is copied
        // once, from the kernel, and its end is seen without a read into a buffer of its own.
        let room = Int(info.st_size) + 1
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            if room > parallelReadSize {
                initialized = readInParts(descriptor, into: base, size: room - 1)
            }
            while initialized < buffer.count {
                let count = read(descriptor, base + initialized, buffer.count - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { return }
                initialized += count
            }
        }
        if let failure { throw FileSystemError(path: path, operation: .read, code: failure) }
        guard bytes.count <= limit else {
            throw FileSystemError(path: path, operation: .read, reason: "it is larger than \(limit) bytes")
        }
        // Only a file that grew since `fstat` fills the room; the rest of it is read in chunks.
        guard bytes.count == room else { return bytes }
        try readToEnd(descriptor, onto: &bytes, limit: limit, path: path)
        return bytes
    }

    /// Creates `path` and any missing parent folders.
    static func makeDirectories(_ path: String) throws(FileSystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            switch kind(of: prefix) {
            case .directory: break
            case .missing:
                if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                    throw FileSystemError(path: prefix, operation: .createFolder, code: errno)
                }
            case .file, .special:
                throw FileSystemError(path: prefix, operation: .createFolder, code: ENOTDIR)
            }
            prefix += "/"
        }
    }

    /// When `writeNewFile` has the bytes on disk.
    enum Durability {
        /// Flushed (`fsync`) before it returns.
        case flushed
        /// Handed to the disk, not waited for: `flush(_:)` waits. A render's files written so and then flushed one
        /// after another take about half as long as flushing each as it is written (`fsync` of the 15 files of
        /// `render prod` here: 4.0 ms against 8.1), because the disk works on all of them at once.
        case writeStarted
    }

    /// Writes `bytes` to a new file at `path`, which must not exist yet, and gets it to disk as `durability` says.
    static func writeNewFile(
        _ bytes: [UInt8],
        to path: String,
        durability: Durability = .flushed
    ) throws(FileSystemError) {
        try writeNewFile(pieces: [bytes], to: path, durability: durability)
    }

    /// Writes `pieces`, one after another, to a new file at `path`, which must not exist yet, and gets it to disk as
    /// `durability` says: a report written a chunk per core is never joined into one buffer.
    static func writeNewFile(
        pieces: [[UInt8]],
        to path: String,
        durability: Durability = .flushed
    ) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(path: path, operation: .write, code: errno) }
        for bytes in pieces {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { buffer in
                    write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    close(descriptor)
                    unlink(path)
                    throw FileSystemError(path: path, operation: .write, code: code)
                }
                written += count
            }
        }
        switch durability {
        case .flushed:
            if fsync(descriptor) != 0 && errno != EINVAL {
                let code = errno
                close(descriptor)
                unlink(path)
                throw FileSystemError(path: path, operation: .write, code: code)
            }
        case .writeStarted:
            // Only a hint: where the call is missing or refused, `flush` does all the work.
            _ = startWriteBack?(descriptor, 0, 0, 2)  // SYNC_FILE_RANGE_WRITE
        }
        close(descriptor)
    }

    /// Waits until the file at `path` is on disk, as `fsync` does for a file written with `.writeStarted`.
    static func flush(_ path: String) throws(FileSystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: path, operation: .write, code: errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw FileSystemError(path: path, operation: .write, code: errno)
        }
    }

    /// Linux's `sync_file_range`, which starts writing a file's pages to disk and returns: looked up by name, as the
    /// Glibc module does not import it, and `nil` on systems without it.
    private static let startWriteBack: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = {
        #if os(Linux)
            guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "sync_file_range") else {
                return nil
            }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
        #else
            return nil
        #endif
    }()

    /// Atomically replaces `destination` with `source` (both in the same folder).
    static func move(_ source: String, to destination: String) throws(FileSystemError) {
        guard rename(source, destination) == 0 else {
            throw FileSystemError(path: destination, operation: .write, code: errno)
        }
    }

    /// Removes a file, ignoring a file that is already gone.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// The names in a folder, or none when it cannot be listed.
    static func names(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// The files below `folder` whose names end in `suffix`, as paths that begin with `folder`, sorted. Hidden
    /// entries (`.terraform`, `.git`) are skipped, and a symbolic link is followed to a file but never to a folder,
    /// so a link loop cannot make the walk endless.
    static func files(below folder: String, endingIn suffix: String) -> [String] {
        var found: [String] = []
        var folders = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let current = folders.popLast() {
            for name in names(in: current) where !name.hasPrefix(".") {
                let path = current + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: folders.append(path)
                case S_IFREG, S_IFLNK: if name.hasSuffix(suffix) && kind(of: path) == .file { found.append(path) }
                default: continue
                }
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// This process's id, for temporary file names and the lock file's contents.
    static var processID: Int32 { getpid() }
}
