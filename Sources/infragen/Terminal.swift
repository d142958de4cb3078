#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error, unbuffered, for the executable only.
///
/// Written with `write(2)` on the text's own bytes: wrapping them in a `Data` for a `FileHandle` made a dynamic cast
/// (a scan of every protocol conformance in the binary) on every run.
enum Terminal {
    static func output(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// A text written in pieces (a large report), each as it is.
    static func output(_ pieces: [[UInt8]]) {
        for piece in pieces {
            piece.withUnsafeBufferPointer { writeAll($0, to: STDOUT_FILENO) }
        }
    }

    static func error(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    /// All of `text`, resuming after a short or interrupted write; any other failure (the reader of a pipe is gone)
    /// ends the write, as there is nobody left to tell.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
