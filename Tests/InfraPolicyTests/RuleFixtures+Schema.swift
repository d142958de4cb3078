import InfraCore

extension RuleFixtures {
    /// Schema rules' fixtures (added with the schema rules).
    static let schema: [RuleFixture] = []
}
