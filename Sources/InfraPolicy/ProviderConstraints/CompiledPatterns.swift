import Synchronization

/// The constraint table's regular expressions, each compiled once per process: compiling one costs about a
/// millisecond, and a render of every prod stack compiled the same few dozens of times (a third of them for ARNs).
/// The cache sits behind a lock because the policy engine may run on several threads (tests, parallel stacks).
@available(macOS 15, *)
enum CompiledPatterns {
    /// Pattern → its compiled form, or `nil` when it does not compile.
    private static let cache = Mutex<[String: Regex<AnyRegexOutput>?]>([:])

    /// Whether `text` contains a match of `pattern`; `nil` when the pattern does not compile.
    static func contains(_ pattern: String, in text: String) -> Bool? {
        cache.withLock { compiled -> Bool? in
            let regex: Regex<AnyRegexOutput>?
            if let known = compiled[pattern] {
                regex = known
            } else {
                regex = (try? Regex(pattern))?.asciiOnlyCharacterClasses()
                compiled[pattern] = .some(regex)
            }
            guard let regex else { return nil }
            let match = try? regex.firstMatch(in: text)
            return match.flatMap { $0 } != nil
        }
    }
}
