import Synchronization

/// The provider table's types prepared so far, once per process. Preparing all 130 types up front cost 3.6 million
/// instructions, more than the constraint checks of a stack's resources, for the few dozen types a stack has. Behind
/// a lock, as the checks run on several threads; the preparing itself runs outside it.
@available(macOS 15, *)
enum PreparedConstraintTypes {
    private static let table = Mutex<[String: ProviderConstraintChecker.PreparedType]>([:])

    /// `type`'s prepared constraints, the same for every caller. When two threads prepare one type at once, the
    /// first to store it wins and both use that.
    static func prepared(type: String) -> ProviderConstraintChecker.PreparedType {
        if let known = table.withLock({ $0[type] }) { return known }
        let fresh = ProviderConstraints.table[type].map(ProviderConstraintChecker.prepared) ?? .none
        return table.withLock { prepared in
            if let known = prepared[type] { return known }
            prepared[type] = fresh
            return fresh
        }
    }
}
