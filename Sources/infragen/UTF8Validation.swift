import InfraCore

/// Finds the first byte that is not valid UTF-8, with its line and column, so that a Latin-1 `é` in a settings file
/// is reported where it is instead of as "unreadable".
enum UTF8Validation {
    /// Whether `bytes` are UTF-8, checked in place: the standard library's validation without the copy into a
    /// `String` that `String(validating:)` makes (55 MB, on one thread, for a 100,000-resource file).
    static func isValid(_ bytes: [UInt8]) -> Bool {
        if #available(macOS 26, *) {
            guard bytes.count > parallelSize else { return (try? UTF8Span(validating: bytes.span)) != nil }
            // In two parts side by side, cut at a byte that starts a character: no character spans the cut, so the
            // bytes are valid exactly when both parts are.
            var cut = bytes.count / 2
            while cut < bytes.count && bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            let parts = [0..<cut, cut..<bytes.count]
            return ParallelMap.indices(parts.count) { part in
                (try? UTF8Span(validating: bytes.span.extracting(parts[part]))) != nil
            }.allSatisfy { $0 }
        }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// The size from which `isValid` checks the bytes on two cores.
    static let parallelSize = 8 << 20

    /// The first invalid byte, 1-based line and column (columns count characters, as the JSON and YAML readers do).
    struct Problem: Equatable, CustomStringConvertible {
        var byte: UInt8
        var line: Int
        var column: Int

        var description: String {
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not valid UTF-8"
        }
    }

    /// `nil` when `bytes` are valid UTF-8.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(byte & 0x07)
            default:
                return Problem(byte: byte, line: line, column: column)
            }
            guard index + length <= bytes.count else { return Problem(byte: byte, line: line, column: column) }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return Problem(byte: byte, line: line, column: column) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                return Problem(byte: byte, line: line, column: column)
            }
            index += length
            column += 1
        }
        return nil
    }
}
