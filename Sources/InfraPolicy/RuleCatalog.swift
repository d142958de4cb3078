import InfraCore

/// Every rule infragen knows, sorted by id. `infragen rules` lists this; the engine runs it.
public enum RuleCatalog {
    public static let all: [Rule] = (securityRules + limitRules + schemaRules).sorted { $0.id < $1.id }

    /// The rule with this id, if there is one.
    public static func rule(_ id: RuleID) -> Rule? { all.first { $0.id == id } }
}
