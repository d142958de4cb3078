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
