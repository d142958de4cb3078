import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file operation: which path, what infragen was doing, and why, in words (never an `NSError` dump).
struct FileSystemError: Error, Equatable {
    enum Operation: Equatable {
        case read, write, createFolder, lock
    }

    var path: String
    var operation: Operation
    /// The `errno` of the failed call, when there was one.
    var code: Int32?
    /// Why it failed: `strerror`'s text in lower case ("not a directory"), or infragen's own explanation.
    var reason: String

    init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
        let text = String(cString: strerror(code))
        self.reason = text.prefix(1).lowercased() + text.dropFirst()
    }

    init(path: String, operation: Operation, reason: String) {
        self.path = path
        self.operation = operation
        self.code = nil
        self.reason = reason
    }

    var isPermissionProblem: Bool { code == EACCES || code == EPERM || code == EROFS }
    var isNotADirectory: Bool { code == ENOTDIR || code == EEXIST }
    var isMissing: Bool { code == ENOENT }
    var isDirectory: Bool { code == EISDIR }
}
