/// Regular expressions of the constraint table, compiled on use. Go's RE2 syntax of the provider's patterns is the
/// common subset Swift's `Regex` reads; classes are ASCII-only as in RE2. Most patterns are simple enough for
/// `SimplePattern`, read once from the table on first use.
enum PatternMatcher {
    /// Every pattern of the constraint table, once each.
    static let tablePatterns: Set<String> = {
        var found: Set<String> = []
        func collect(_ kind: ProviderConstraint.Kind) {
            switch kind {
            case .matches(let pattern, _, _), .doesNotMatch(let pattern, _): found.insert(pattern)
            case .anyOf(let kinds): kinds.forEach(collect)
            default: break
            }
        }
        for constraints in ProviderConstraints.table.values { constraints.map(\.kind).forEach(collect) }
        return found
    }()

    /// The simple forms of the table's patterns, by pattern.
    static let simplePatterns: [String: SimplePattern] = Dictionary(
        uniqueKeysWithValues: tablePatterns.compactMap { pattern in SimplePattern(pattern).map { (pattern, $0) } }
    )

    /// The table's patterns `SimplePattern` does not take but `SequencePattern` does, by pattern.
    static let sequencePatterns: [String: SequencePattern] = Dictionary(
        uniqueKeysWithValues: tablePatterns.compactMap { pattern in
            simplePatterns[pattern] == nil ? SequencePattern(pattern).map { (pattern, $0) } : nil
        }
    )

    /// Whether `text` contains a match of `pattern`; `nil` when the pattern does not compile (a table error that
    /// `ProviderConstraintTests` catches; the value is then not reported).
    static func contains(_ pattern: String, in text: String) -> Bool? {
        // A table pattern is found with one lookup in the usual case; one neither form takes is not read again on
        // every call.
        if let simple = simplePatterns[pattern] {
            if let found = simple.contains(in: text) { return found }
        } else if let sequence = sequencePatterns[pattern] {
            if let found = sequence.contains(in: text) { return found }
        } else if pattern == LambdaFunctionNamePattern.pattern {
            if let found = LambdaFunctionNamePattern.matches(text) { return found }
        } else if !tablePatterns.contains(pattern) {
            if let simple = SimplePattern(pattern) {
                if let found = simple.contains(in: text) { return found }
            } else if let sequence = SequencePattern(pattern), let found = sequence.contains(in: text) {
                return found
            }
        }
        if #available(macOS 15, *) {
            return CompiledPatterns.contains(pattern, in: text)
        }
        guard let regex = try? Regex(pattern) else { return nil }
        let match = try? regex.asciiOnlyCharacterClasses().firstMatch(in: text)
        return match.flatMap { $0 } != nil
    }
}
