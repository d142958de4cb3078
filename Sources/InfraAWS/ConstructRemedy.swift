import InfraCore

/// How to fix, in Swift, a finding a policy rule reports on a resource a construct made.
///
/// Policy rules read Terraform documents, so their hints speak Terraform (`set retention_in_days`). A stack author
/// writes constructs, not attributes: for a finding on a construct's resource, the hint names the construct
/// parameter that fixes it. Each entry names a parameter that exists (the construct tests use every one).
public enum ConstructRemedy {
    /// One fix: for findings of `rule` on resources made by `construct`.
    struct Entry {
        var rule: RuleID
        var construct: String
        var fix: String
    }

    /// The Swift fix for `rule` on a resource made by a construct of type `constructType` (`String(reflecting:)`).
    public static func fix(for rule: String, constructType: String) -> String? {
        table.first { $0.rule.rawValue == rule && $0.construct == constructType }?.fix
    }

    /// Every construct type a rule has a Swift fix for.
    public static func constructs(fixing rule: String) -> [String] {
        table.filter { $0.rule.rawValue == rule }.map(\.construct)
    }

    /// The name `StackAssembly` gives a construct's type (what `String(reflecting:)` prints, without its casts).
    private static func type(_ construct: Any.Type) -> String { _typeName(construct, qualified: true) }

    static let table: [Entry] = [
        // Logs: retention and encryption, wherever a construct makes a log group.
        Entry(
            rule: "LOG004",
            construct: type(Logs.LogGroup.self),
            fix: "pass `retentionDays: 365` (or more) to `Logs.LogGroup`"
        ),
        Entry(
            rule: "LOG004",
            construct: type(Lambda.Function.self),
            fix: "pass `logRetentionDays: 365` (or more) to `Lambda.Function`"
        ),
        Entry(
            rule: "LOG004",
            construct: type(EC2.Network.self),
            fix: "pass `flowLogs: .init(retentionDays: 365, kmsKey: key)` to `EC2.Network`"
        ),
        Entry(
            rule: "LOG003",
            construct: type(Logs.LogGroup.self),
            fix: "pass `kmsKey:` (a key with `services: [.cloudWatchLogs]`) to `Logs.LogGroup`"
        ),
        Entry(rule: "LOG003", construct: type(Lambda.Function.self), fix: "pass `logKey:` to `Lambda.Function`"),
        Entry(
            rule: "LOG004",
            construct: type(APIGateway.HTTPAPI.self),
            fix: "pass `logRetentionDays: 365` (or more) to `APIGateway.HTTPAPI`"
        ),
        Entry(
            rule: "LOG004",
            construct: type(RDS.AuroraCluster.self),
            fix: "pass `logRetentionDays: 365` (or more) to `RDS.AuroraCluster`"
        ),
        Entry(
            rule: "LOG003",
            construct: type(EC2.Network.self),
            fix: "pass `flowLogs: .init(retentionDays:, kmsKey: key)` to `EC2.Network`"
        ),
        // Load balancers.
        Entry(
            rule: "ELB003",
            construct: type(ELB.ApplicationLoadBalancer.self),
            fix: "pass `tlsPolicy: .tls13_2021_06` to `ELB.ApplicationLoadBalancer`"
        ),
        Entry(
            rule: "ELB004",
            construct: type(ELB.ApplicationLoadBalancer.self),
            fix: "associate a WAFv2 web ACL with the load balancer, or use `scheme: .internal`"
        ),
        Entry(
            rule: "ELB007",
            construct: type(ELB.ApplicationLoadBalancer.self),
            fix: "pass `deletionProtection: true` to `ELB.ApplicationLoadBalancer`"
        ),
        Entry(
            rule: "ELB008",
            construct: type(ELB.ApplicationLoadBalancer.self),
            fix:
                "pass `accessLogs: .init(bucket:, prefix:)` to `ELB.ApplicationLoadBalancer` (the bucket with `writers: [.loadBalancerLogs(…)]`)"
        ),
        // Lambda.
        Entry(
            rule: "LMB002",
            construct: type(Lambda.Function.self),
            fix: "pass `environmentKey:` to `Lambda.Function`"
        ),
        Entry(rule: "LMB005", construct: type(Lambda.Function.self), fix: "pass `tracing: true` to `Lambda.Function`"),
        // APIs.
        Entry(
            rule: "APG002",
            construct: type(APIGateway.HTTPAPI.self),
            fix: "give the route `authorization: .iam` in `APIGateway.HTTPAPI`"
        ),
        // Databases.
        Entry(
            rule: "RDS003",
            construct: type(RDS.Instance.self),
            fix: "pass `multiAZ: true` to `RDS.Instance` (e.g. from the environment settings)"
        ),
        Entry(
            rule: "RDS004",
            construct: type(RDS.Instance.self),
            fix: "pass `backupRetentionDays: 7` (or more) to `RDS.Instance`"
        ),
        Entry(
            rule: "RDS005",
            construct: type(RDS.Instance.self),
            fix: "pass `deletionProtection: true` to `RDS.Instance`"
        ),
        // Secrets, queues, buckets, repositories.
        Entry(
            rule: "SEC002",
            construct: type(SecretsManager.Secret.self),
            fix: "pass `kmsKey:` to `SecretsManager.Secret`"
        ),
        Entry(
            rule: "SQS002",
            construct: type(SQS.Queue.self),
            fix: "pass `deadLetter: .init(dlq, afterReceives: 3)` to `SQS.Queue`"
        ),
        Entry(
            rule: "S3002",
            construct: type(S3.PrivateBucket.self),
            fix: "pass `versioning: true` to `S3.PrivateBucket`"
        ),
        // Issue 11's checkov parity rules: each names the construct parameter that already renders the setting.
        Entry(
            rule: "S3009",
            construct: type(S3.PrivateBucket.self),
            fix: "pass `accessLogsTo:` (a log bucket) to `S3.PrivateBucket`"
        ),
        Entry(
            rule: "S3010",
            construct: type(S3.PrivateBucket.self),
            fix: "pass `lifecycle:` rules to `S3.PrivateBucket` (its default expires old versions)"
        ),
        Entry(
            rule: "S3012",
            construct: type(S3.PrivateBucket.self),
            fix: "pass `kmsKey:` (a customer-managed `KMS.Key`) to `S3.PrivateBucket`"
        ),
        Entry(
            rule: "S3011",
            construct: type(S3.PrivateBucket.self),
            fix: "pass `notifications:` to `S3.PrivateBucket`"
        ),
        Entry(
            rule: "LMB007",
            construct: type(Lambda.Function.self),
            fix: "pass `deadLetterQueue:` (an `SQS.Queue`) to `Lambda.Function`"
        ),
        Entry(
            rule: "LMB008",
            construct: type(Lambda.Function.self),
            fix: "pass `reservedConcurrency:` to `Lambda.Function`"
        ),
        Entry(
            rule: "LMB009",
            construct: type(Lambda.Function.self),
            fix: "pass `vpc: .init(subnets:, securityGroups:)` to `Lambda.Function`"
        ),
        Entry(
            rule: "ECR002",
            construct: type(ECR.Repository.self),
            fix: "pass `mutableTags: false` to `ECR.Repository`"
        ),
        // Networks and compute.
        Entry(
            rule: "EC2004",
            construct: type(EC2.Network.self),
            fix: "pass `mapPublicIPOnLaunch: false` to `EC2.Network`"
        ),
        Entry(
            rule: "EC2007",
            construct: type(EC2.Network.self),
            fix: "pass `flowLogs: .init(retentionDays:, kmsKey:)` to `EC2.Network`"
        ),
        Entry(
            rule: "EC2002",
            construct: type(EC2.Allow.self),
            fix: "open the port `from:` a `.group(…)` or a narrower `.ipv4([…])` list in `EC2.Allow`"
        ),
        Entry(
            rule: "EC2003",
            construct: type(EC2.Allow.self),
            fix: "allow only the ports the group needs `to: .anywhere` in `EC2.Allow`"
        ),
        Entry(
            rule: "ECS005",
            construct: type(ECS.Service.self),
            fix: "use `placement: .fargate(subnets: network.privateSubnets, …, publicIP: false)` on `ECS.Service`"
        ),
        Entry(
            rule: "ECS005",
            construct: type(Events.ScheduledTask.self),
            fix:
                "use `placement: .fargate(subnets: network.privateSubnets, …, publicIP: false)` on `Events.ScheduledTask`"
        ),
        Entry(
            rule: "ECS002",
            construct: type(ECS.TaskDefinition.self),
            fix: "give the `ECS.Container` an `image:` with a version tag or digest, or `.ecr(repository, tag:)`"
        ),
    ]
}
