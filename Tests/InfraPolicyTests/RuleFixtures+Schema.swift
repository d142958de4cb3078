import InfraCore

extension RuleFixtures {
    /// Schema rules' fixtures, kept with the schema tests (SchemaRuleFixtures.swift).
    static var schema: [RuleFixture] { schemaFixtures }
}
