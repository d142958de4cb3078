/// "Did you mean …?" for names a user types: subcommands, environments, stacks, rule ids.
///
/// Case is ignored and the edit distance allowed grows with the length of the name, so `rendr` finds `render` and
/// `elb08` finds `ELB008`, but `x` finds nothing. A name that is the start of several candidates (`RDS00`) suggests
/// them all, up to a handful, in catalogue order.
enum Suggestions {
    static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        guard !needle.isEmpty else { return [] }
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

    /// ` (did you mean `render`?)`, or nothing when there is no close candidate.
    static func phrase(for input: String, among candidates: [String]) -> String {
        let found = closest(to: input, among: candidates)
        guard !found.isEmpty else { return "" }
        return "did you mean " + found.map { "`\($0)`" }.joined(separator: ", ") + "?"
    }

    /// Levenshtein distance, counting a swap of two neighbouring letters (`redner`) as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
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
