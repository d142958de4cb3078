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

    /// A text written in pieces (a large report), each as it is; with `findings`, a text report, coloured on a
    /// terminal as `error` colours what it prints.
    static func output(_ pieces: [[UInt8]], findings: Bool = false) {
        for piece in pieces {
            if findings && outputIsStyled {
                writeAll(TerminalStyle.styled(String(decoding: piece, as: UTF8.self)), to: STDOUT_FILENO)
            } else {
                piece.withUnsafeBufferPointer { writeAll($0, to: STDOUT_FILENO) }
            }
        }
    }

    /// Findings, notes and everything else a person reads while a command runs; its findings coloured on a terminal.
    static func error(_ text: String) {
        writeAll(errorIsStyled ? TerminalStyle.styled(text) : text, to: STDERR_FILENO)
    }

    /// Whether each stream gets colour, decided once, the first time it is written to.
    private static let outputIsStyled = isStyled(STDOUT_FILENO)
    private static let errorIsStyled = isStyled(STDERR_FILENO)

    private static func isStyled(_ descriptor: Int32) -> Bool {
        TerminalStyle.isEnabled(isTerminal: isatty(descriptor) == 1) { name in
            getenv(name).map { String(cString: $0) }
        }
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
