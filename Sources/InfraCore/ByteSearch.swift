/// A fast pre-check for the substring searches rules run on long attribute values (policy JSON, container
/// definitions): the `String` searches of the standard library compare characters and dominated profiles. A byte
/// match is necessary for a character match, so a caller that finds no bytes can stop, and one that does runs its
/// own (character-exact) search, keeping its answer unchanged.
public enum ByteSearch {
    /// Whether the UTF-8 bytes of `pattern` occur in those of `text`.
    public static func contains(_ text: String, _ pattern: String) -> Bool {
        var text = text
        var pattern = pattern
        return text.withUTF8 { haystack in pattern.withUTF8 { needle in contains(haystack, needle) } }
    }

    /// Whether the bytes of `needle` occur in `haystack`.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

extension ByteSearch {
    /// Whether every byte of `text` is ASCII, the test that lets a caller split or search it by bytes. The bytes are
    /// read in place, eight at a time: `text.utf8.allSatisfy` steps through the view one byte at a time, and on every
    /// resource address and image name of a 10,000-resource lint that was 1.2 % of it.
    public static func isASCII(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isASCII($0) }) { return answer }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `text` starts with the ASCII `prefix`, its bytes compared in place: `String.hasPrefix` compares
    /// characters and `starts(with:)` on the UTF-8 view steps through it, some 260–360 instructions a call, which
    /// checks asked for every resource's type.
    public static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= wanted.count else { return false }
            for index in wanted.indices where bytes[index] != wanted[index] { return false }
            return true
        }
    }

    /// The offset of the first `byte` at or after `start`, or `nil`. Eight bytes are read at a time while a word holds
    /// no `byte` (`JSONScanner.wordHasByte`): the texts searched this way (decoded strings, templates) are long and
    /// the byte is rare in them.
    public static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = start
        while offset &+ 8 <= bytes.count,
            !JSONScanner.wordHasByte(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self), byte)
        {
            offset &+= 8
        }
        while offset < bytes.count {
            if base[offset] == byte { return offset }
            offset &+= 1
        }
        return nil
    }

    /// Whether every byte is below 0x80.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        var seen: UInt64 = 0
        while offset &+ 8 <= bytes.count {
            seen |= UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            offset &+= 8
        }
        while offset < bytes.count {
            seen |= UInt64(base[offset])
            offset &+= 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }
}
