import InfraCore

/// The ids of the rules not yet moved to Services/. Sorted by property name.
extension RuleID {
    public static let wafCloudFrontRegion: RuleID = "WAF102"
    public static let wafScopeForRegionalResources: RuleID = "WAF101"
}
