import InfraAWS
import InfraCore

/// A synthetic stack of about N resources built from the real constructs, so the benchmark measures the code paths
/// a real stack takes (expansion, references, assembly identity) rather than hand-written resources.
///
/// One shared network, key and cluster; then a repeated unit of a Fargate worker service with its task definition,
/// task role, log group, work queue with dead-letter queue and a private bucket, each with distinct labels and names.
enum SyntheticStack {
    /// The constructs of the stack body for at least `resources` resources, and the number of units repeated.
    static func body(resources: Int) -> [any Construct] {
        guard let cidr = IPv4CIDR("10.0.0.0/16") else { preconditionFailure("10.0.0.0/16 is a valid range") }
        let key = KMS.Key(
            "main",
            alias: "bench",
            description: "Encrypts every synthetic resource",
            accountID: "123456789012",
            region: "us-east-1",
            services: []
        )
        let network = EC2.Network(
            "main",
            cidr: cidr,
            zones: ["us-east-1a", "us-east-1b"],
            flowLogs: .init(retentionDays: 30, kmsKey: key)
        )
        let cluster = ECS.Cluster("main", name: "bench")
        let group = EC2.SecurityGroup(
            "workers",
            name: "bench-workers",
            description: "Synthetic workers",
            vpc: network.vpcID
        )
        var body: [any Construct] = [network, key, cluster, group]
        let shared = StackAssembly(body).resources.count
        let perUnit =
            StackAssembly(unit(0, key: key, network: network, cluster: cluster, group: group)).resources.count
            - shared
        let units = max(1, (resources - shared + perUnit - 1) / max(1, perUnit))
        for index in 0..<units {
            body += unit(index, key: key, network: network, cluster: cluster, group: group)
        }
        return body
    }

    /// One repeated unit: a Fargate service consuming a queue, logging to its own group, writing to its own bucket.
    private static func unit(
        _ index: Int,
        key: KMS.Key,
        network: EC2.Network,
        cluster: ECS.Cluster,
        group: EC2.SecurityGroup
    ) -> [any Construct] {
        let label = "worker_\(index)"
        let name = "bench-worker-\(index)"
        let deadLetters = SQS.Queue(
            "\(label)_dlq",
            name: "\(name)-dlq",
            retentionSeconds: 1_209_600,
            kmsKey: key
        )
        let work = SQS.Queue(
            label,
            name: name,
            deadLetter: .init(deadLetters, afterReceives: 3),
            kmsKey: key
        )
        let bucket = S3.PrivateBucket(label, bucket: "\(name)-data", kmsKey: key)
        let logs = Logs.LogGroup(label, name: "/ecs/\(name)", retentionDays: 30, kmsKey: key)
        let task = ECS.TaskDefinition(
            label,
            family: name,
            compute: .fargate(.quarterVCPUHalfGB),
            taskRole: IAM.Role(
                "\(label)_task",
                name: "\(name)-task",
                description: "What worker \(index) may do: consume its queue and write its bucket",
                assumedBy: [.ecsTasks],
                grants: [.consume(work), .write(bucket)]
            ),
            containers: [
                ECS.Container(
                    name: "worker",
                    image: .named("123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:\(index)"),
                    command: ["worker", "--queue", "$QUEUE_URL"],
                    environment: ["QUEUE_URL": work.url.value, "DATA_BUCKET": bucket.bucketName.value],
                    logging: .init(group: logs, region: "us-east-1", streamPrefix: "worker")
                )
            ]
        )
        return [
            ECS.Service(
                label,
                name: name,
                cluster: cluster,
                task: task,
                desiredCount: 1,
                placement: .fargate(subnets: network.privateSubnets, securityGroups: [group])
            )
        ]
    }

    /// Versions and a local backend, as a stack would have them.
    static let configuration = TerraformConfiguration(
        requiredVersion: ">= 1.9.0",
        requiredProviders: ["aws": .init(source: "hashicorp/aws", version: "5.100.0")],
        backend: .init(type: "local", arguments: ["path": "bench.tfstate"]),
        providers: [.init(name: "aws", arguments: ["region": "us-east-1"])]
    )
}
