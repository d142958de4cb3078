import InfraCore

/// The existing resource address closest to one that does not exist, for a "did you mean" in a message.
enum NearestAddress {
    /// The nearest of `candidates` to `address` by edit distance: among resources of the same type when there are
    /// any (a misspelled name is likelier than a misspelled type), else among all. Ties go to the smaller address.
    static func to(_ address: ResourceAddress, among candidates: [ResourceAddress]) -> ResourceAddress? {
        let sameType = candidates.filter { $0.type == address.type }
        let pool = sameType.isEmpty ? candidates : sameType
        let target = address.description
        let distance = { (candidate: ResourceAddress) in Suggestions.levenshtein(target, candidate.description) }
        return pool.min { (distance($0), $0) < (distance($1), $1) }
    }
}
