extension RuleFixtures {
    /// The fixtures of every service's rules, in service order (RuleFixtures+<Service>.swift).
    static var services: [RuleFixture] {
        apiGateway + cloudFront + cloudWatchLogs + codeBuild + dynamoDB + ec2 + ecr + ecs + efs + eks + elb
            + elastiCache
            + eventBridge
            + globalAccelerator + iam
            + kms + lambda + rds + s3 + ses + sns + sqs + ssm + secretsManager + variables + waf
    }
}
