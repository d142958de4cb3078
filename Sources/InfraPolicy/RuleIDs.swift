import InfraCore

/// The ids of infragen's rules, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let albNameLimits: RuleID = "ELB001"
    public static let albWAF: RuleID = "ELB004"
    public static let ec2IMDSv2: RuleID = "EC2001"
    public static let ecsPlaintextSecret: RuleID = "ECS001"
    public static let eventsScheduleSyntax: RuleID = "EVB001"
    public static let iamPassRoleWildcard: RuleID = "IAM001"
    public static let listenerTLSPolicy: RuleID = "ELB003"
    public static let logRetentionSet: RuleID = "LOG001"
    public static let logRetentionValue: RuleID = "LOG002"
    public static let rdsMultiAZInProduction: RuleID = "RDS003"
    public static let rdsPublic: RuleID = "RDS001"
    public static let rdsStorageEncrypted: RuleID = "RDS002"
    public static let targetGroupNameLimits: RuleID = "ELB002"
}
