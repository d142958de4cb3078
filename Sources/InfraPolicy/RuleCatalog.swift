import InfraCore

/// Every rule infragen knows, sorted by id. `infragen rules` lists this; the engine runs it.
public enum RuleCatalog {
    /// The rules of each AWS service (Services/), every family together; the schema rules check any resource.
    static let serviceRules: [[Rule]] = [
        APIGatewayRules.all,
        CloudFrontRules.all,
        CloudWatchLogsRules.all,
        CodeBuildRules.all,
        DynamoDBRules.all,
        EC2Rules.all,
        ECRRules.all,
        ECSRules.all,
        EFSRules.all,
        EKSRules.all,
        ELBRules.all,
        ElastiCacheRules.all,
        EventBridgeRules.all,
        GlobalAcceleratorRules.all,
        IAMRules.all,
        KMSRules.all,
        LambdaRules.all,
        RDSRules.all,
        S3Rules.all,
        SESRules.all,
        SNSRules.all,
        SQSRules.all,
        SSMRules.all,
        SecretsManagerRules.all,
        VariableRules.all,
        WAFRules.all,
    ]

    public static let all: [Rule] = (serviceRules.flatMap { $0 } + schemaRules).sorted { $0.id < $1.id }

    /// The rule with this id, if there is one.
    public static func rule(_ id: RuleID) -> Rule? { all.first { $0.id == id } }
}
