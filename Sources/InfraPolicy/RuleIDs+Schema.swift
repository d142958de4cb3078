import InfraCore

/// The ids of the schema rules (`SchemaRules.swift`), checked against the embedded hashicorp/aws schema. Sorted by id.
extension RuleID {
    public static let schemaUnknownAttribute: RuleID = "SCH001"
    public static let schemaUnknownNestedKey: RuleID = "SCH002"
    public static let schemaMissingRequired: RuleID = "SCH003"
    public static let schemaWrongType: RuleID = "SCH004"
    public static let schemaBlockCount: RuleID = "SCH005"
    public static let schemaComputedOnly: RuleID = "SCH006"
    public static let schemaDeprecated: RuleID = "SCH007"
    public static let schemaUncheckedType: RuleID = "SCH008"
    public static let schemaUnknownResourceType: RuleID = "SCH009"
    public static let schemaProviderConstraint: RuleID = "SCH010"
}
