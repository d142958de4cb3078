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
        Resolved(pattern).contains(in: text)
    }

    /// A pattern with the form that reads it found once. A table pattern is found by its text in one or two tables;
    /// hashing its 30 to 60 bytes for each value was half the cost of matching a short one, so the constraint checker
    /// keeps each constraint's pattern resolved (`ProviderConstraintChecker.PreparedConstraint`).
    struct Resolved: Sendable {
        let pattern: String
        private let form: Form

        private enum Form: Sendable {
            case simple(SimplePattern)
            case sequence(SequencePattern)
            case lambdaFunctionName
            /// Only a regular expression reads it (or it does not compile).
            case regex
        }

        init(_ pattern: String) {
            self.pattern = pattern
            // One that neither form takes is not read again on every call.
            if let simple = PatternMatcher.simplePatterns[pattern] {
                form = .simple(simple)
            } else if let sequence = PatternMatcher.sequencePatterns[pattern] {
                form = .sequence(sequence)
            } else if pattern == LambdaFunctionNamePattern.pattern {
                form = .lambdaFunctionName
            } else if !PatternMatcher.tablePatterns.contains(pattern), let simple = SimplePattern(pattern) {
                form = .simple(simple)
            } else if !PatternMatcher.tablePatterns.contains(pattern), let sequence = SequencePattern(pattern) {
                form = .sequence(sequence)
            } else {
                form = .regex
            }
        }

        /// Whether `text` contains a match; `nil` when the pattern does not compile. A form that cannot decide for
        /// this text leaves it to the regular expression.
        func contains(in text: String) -> Bool? {
            switch form {
            case .simple(let simple): if let found = simple.contains(in: text) { return found }
            case .sequence(let sequence): if let found = sequence.contains(in: text) { return found }
            case .lambdaFunctionName: if let found = LambdaFunctionNamePattern.matches(text) { return found }
            case .regex: break
            }
            if #available(macOS 15, *) {
                return CompiledPatterns.contains(pattern, in: text)
            }
            guard let regex = try? Regex(pattern) else { return nil }
            let match = try? regex.asciiOnlyCharacterClasses().firstMatch(in: text)
            return match.flatMap { $0 } != nil
        }
    }
}
