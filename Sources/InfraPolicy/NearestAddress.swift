import InfraCore

/// The existing resource address closest to one that does not exist, for a "did you mean" in a message.
enum NearestAddress {
    /// The nearest of `candidates` to `address` by edit distance: among resources of the same type when there are
    /// any (a misspelled name is likelier than a misspelled type), else among all. Ties go to the smaller address.
    static func to(_ address: ResourceAddress, among candidates: [ResourceAddress]) -> ResourceAddress? {
        let sameType = candidates.filter { $0.type == address.type }
        let pool = sameType.isEmpty ? candidates : sameType
        let target = address.description
        return pool.min {
            (editDistance(target, $0.description), $0) < (editDistance(target, $1.description), $1)
        }
    }

    /// Levenshtein distance over UTF-8 bytes (addresses are ASCII).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
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
}
