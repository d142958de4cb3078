import InfraCore

/// The ids of the rules not yet moved to Services/. Sorted by property name.
extension RuleID {
    public static let sesReceivingRegion: RuleID = "SES101"
    public static let sesS3ActionBucketPolicy: RuleID = "SES102"
    public static let sesSingleActiveRuleSet: RuleID = "SES103"
    public static let wafCloudFrontRegion: RuleID = "WAF102"
    public static let wafScopeForRegionalResources: RuleID = "WAF101"
}
