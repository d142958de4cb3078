/// "Did you mean …?" for names a user types: subcommands, environments, stacks, rule ids.
///
/// Case is ignored and the edit distance allowed grows with the length of the name, so `rendr` finds `render` and
/// `elb08` finds `ELB008`, but `x` finds nothing. A name that is the start of several candidates (`RDS00`) suggests
/// them all, up to a handful, in catalogue order. A rule id written without its zeros (`elb3`, `S3-1`) suggests the
/// id it abbreviates (`ELB003`, `S3001`), which no edit distance would find.
public enum Suggestions {
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        guard !needle.isEmpty else { return [] }
        let unabbreviated = ruleIDs(abbreviatedAs: needle, among: candidates)
        if !unabbreviated.isEmpty { return unabbreviated }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(needle) && $0.lowercased() != needle }
        if !prefixed.isEmpty && needle.count >= 2 { return Array(prefixed.prefix(max(limit, 5))) }
        let allowed = max(1, needle.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(needle, candidate.lowercased())
            return distance <= allowed ? (candidate, distance) : nil
        }
        let best = scored.map(\.1).min()
        return Array(scored.filter { $0.1 == best }.map(\.0).prefix(limit))
    }

    /// The candidates of the form family + three digits (`ELB003`) that `needle` (lower case) writes with fewer
    /// digits, and perhaps a `-`, `_` or space before them. A family may end in a digit (`S3`, `S3B`), so every split
    /// of the trailing digits is tried: `s31` is `S3` + `1`.
    public static func ruleIDs(abbreviatedAs needle: String, among candidates: [String]) -> [String] {
        let digits = needle.reversed().prefix(while: \.isASCII).prefix(while: \.isNumber).count
        guard digits > 0, digits < needle.count else { return [] }
        let known = Dictionary(candidates.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var found: [String] = []
        for length in 1...min(digits, 3) {
            let number = needle.suffix(length)
            var family = needle.dropLast(length)
            while let last = family.last, "-_ ".contains(last) { family = family.dropLast() }
            guard !family.isEmpty else { continue }
            let id = family + String(repeating: "0", count: 3 - length) + number
            if id != needle, let candidate = known[String(id)], !found.contains(candidate) { found.append(candidate) }
        }
        return found
    }

    /// ` (did you mean `render`?)`, or nothing when there is no close candidate.
    public static func phrase(for input: String, among candidates: [String]) -> String {
        let found = closest(to: input, among: candidates)
        guard !found.isEmpty else { return "" }
        return "did you mean " + found.map { "`\($0)`" }.joined(separator: ", ") + "?"
    }

    /// Levenshtein distance over UTF-8 bytes, a swap counting two edits: what the suggestions for resource addresses
    /// and schema keys are tuned with (both ASCII).
    public static func levenshtein(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Levenshtein distance, counting a swap of two neighbouring letters (`redner`) as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
