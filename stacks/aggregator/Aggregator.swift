import InfraAWS
import InfraConfig
import InfraCore
import InfraPolicy

/// Stack 000 — the BMLT aggregator (seed `000_*.txt`; `STACKS.md` §1).
///
/// An ECS cluster on two t3a.small hosts runs the `aggregator` service (two tasks on port 8000, each waiting for the
/// non-essential `aggregator-init` container to complete) behind an HTTPS ALB; a MySQL 8.0 db.t3.micro holds the
/// data; every four hours EventBridge runs the `aggregator-import` task, which reads the root-server list from a
/// private S3 object rendered from `serverList.json`. Stopped tasks are reported by a Lambda through SNS, and two
/// HealthyHostCount alarms watch the target group.
///
/// Deliberate deviations from the real repository, each because the stack must be self-contained and secure:
/// - the VPC, ALB, listeners, security groups and IAM roles are created here instead of read through data sources;
/// - hosts and the database live in private subnets (the real hosts and database are public);
/// - the database password is generated and kept by RDS in Secrets Manager, and the Google API key and Docker Hub
///   credentials are Secrets Manager secrets, never plaintext task environment;
/// - the EventBridge role may pass only the import task's two roles, not `iam:PassRole` on `*`.
struct Aggregator: StackDefinition {
    static let name = "aggregator"
    static let summary = "BMLT aggregator: ECS on EC2 behind an ALB, MySQL, scheduled root-server import"
    static let environments = ["prod"]
    static let inputFiles = ["serverList.json"]

    let environment: String
    let settings: AggregatorSettings
    let servers: [BMLTServer]

    init(environment: String, settings: AggregatorSettings, inputs: StackInputs) throws(DiagnosticError) {
        self.environment = environment
        self.settings = settings
        let file = "serverList.json"
        self.servers = try ServerList.decode(inputs.files[file] ?? "", file: file)
    }

    var configuration: TerraformConfiguration {
        .aws(
            stack: Self.name,
            environment: environment,
            settings: settings.aws,
            state: settings.state,
            tags: settings.tags
        )
    }

    var body: [any Construct] {
        let region = settings.aws.region
        let key = KMS.Key(
            "main",
            alias: "aggregator",
            description: "Encrypts the aggregator's logs, secrets and alert topic",
            accountID: settings.aws.accountID,
            region: region,
            services: [.cloudWatchLogs, .cloudWatchAlarms]
        )
        let network = EC2.Network(
            "main",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            nat: settings.network.nat,
            flowLogs: .init(retentionDays: settings.logRetentionDays, kmsKey: key.arn)
        )

        // Network boundaries: internet → ALB (80/443) → hosts (dynamic ports) → database (3306).
        let albGroup = EC2.SecurityGroup(
            "alb",
            name: "aggregator-alb",
            description: "Aggregator load balancer",
            vpc: network.vpcID
        )
        let hostGroup = EC2.SecurityGroup(
            "hosts",
            name: "aggregator-hosts",
            description: "Aggregator ECS hosts",
            vpc: network.vpcID
        )
        let databaseGroup = EC2.SecurityGroup(
            "database",
            name: "aggregator-database",
            description: "Aggregator MySQL",
            vpc: network.vpcID
        )

        let database = RDS.Instance(
            "main",
            identifier: settings.database.identifier,
            engine: .mysql(version: settings.database.engineVersion),
            instanceClass: settings.database.instanceClass,
            storageGiB: settings.database.storageGiB,
            databaseName: "aggregator",
            username: "aggregator",
            subnets: network.privateSubnets,
            securityGroups: [databaseGroup.id],
            multiAZ: settings.database.multiAZ,
            backupRetentionDays: settings.database.backupRetentionDays,
            deletionProtection: settings.database.deletionProtection
        )
        .waive(
            .rdsMultiAZInProduction,
            reason: "Seed 000 runs one db.t3.micro; the aggregator is a rebuildable cache of the root servers",
            expires: "2027-06-30"
        )

        let googleAPIKey = SecretsManager.Secret(
            "google_api_key",
            name: "aggregator/google-api-key",
            description: "Google Maps API key of the aggregator",
            kmsKey: key.arn
        )
        let dockerHub = SecretsManager.Secret(
            "docker_hub",
            name: "aggregator/docker-hub",
            description: "Docker Hub credentials (username, password) for image pulls",
            kmsKey: key.arn
        )

        let serverList = S3.PrivateBucket("server_list", bucket: settings.import.serverListBucket)
        let serverListObject = S3.Object(
            "server_list",
            bucket: serverList.bucketName,
            key: "serverList.json",
            content: ServerList.canonicalJSON(servers),
            contentType: "application/json"
        )

        let appLogs = Logs.LogGroup(
            "aggregator",
            name: "aggregator",
            retentionDays: settings.logRetentionDays,
            kmsKey: key.arn
        )
        let importLogs = Logs.LogGroup(
            "aggregator_import",
            name: "aggregator-import",
            retentionDays: settings.logRetentionDays,
            kmsKey: key.arn
        )

        let hostRole = IAM.Role(
            "hosts",
            name: "aggregator-hosts",
            description: "ECS container instances of the aggregator cluster",
            assumedBy: [.ec2],
            managedPolicies: [
                "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
                "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
            ]
        )
        let hostProfile = IAM.InstanceProfile("hosts", name: "aggregator-hosts", role: hostRole)
        let executionRole = IAM.Role(
            "task_execution",
            name: "aggregator-task-execution",
            description: "Lets ECS pull the aggregator image, read its secrets and write its logs",
            assumedBy: [.ecsTasks],
            statements: [
                IAM.Statement(
                    sid: "ReadTaskSecrets",
                    actions: ["secretsmanager:GetSecretValue"],
                    resources: [googleAPIKey.arn.value, dockerHub.arn.value, database.masterSecretARN.value]
                ),
                IAM.Statement(
                    sid: "DecryptTaskSecrets",
                    actions: ["kms:Decrypt"],
                    resources: [key.arn.value],
                    conditions: ["StringEquals": ["kms:ViaService": .string("secretsmanager.\(region).amazonaws.com")]]
                ),
                IAM.Statement(
                    sid: "WriteTaskLogs",
                    actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    resources: [appLogs.arn.interpolated(suffix: ":*"), importLogs.arn.interpolated(suffix: ":*")]
                ),
            ]
        )
        let taskRole = IAM.Role(
            "task",
            name: "aggregator-task",
            description: "What the aggregator application itself may do: read the root-server list",
            assumedBy: [.ecsTasks],
            statements: [
                IAM.Statement(
                    sid: "ReadServerList",
                    actions: ["s3:GetObject"],
                    resources: [serverList.arn.interpolated(suffix: "/serverList.json")]
                )
            ]
        )

        let cluster = ECS.Cluster("main", name: "aggregator")
        let capacity = ECS.EC2Capacity(
            "hosts",
            name: "aggregator-hosts",
            cluster: cluster,
            instanceType: settings.cluster.instanceType,
            instances: settings.cluster.instances,
            subnets: network.privateSubnets,
            securityGroups: [hostGroup.id],
            instanceProfile: hostProfile.arn,
            rootVolumeGiB: settings.cluster.rootVolumeGiB,
            amiParameter: settings.cluster.amiParameter
        )

        let databaseEnvironment: [String: JSONValue] = [
            "DB_HOST": database.endpointAddress.value,
            "DB_DATABASE": "aggregator",
            "DB_USER": "aggregator",
        ]
        let secrets: [String: JSONValue] = [
            "DB_PASSWORD": database.masterSecretARN.interpolated(suffix: ":password::"),
            "GOOGLE_API_KEY": googleAPIKey.arn.value,
        ]
        let logging = { (prefix: String, group: Logs.LogGroup) in
            ECS.Container.Logging(group: group.logGroupName, region: region, streamPrefix: prefix)
        }

        let appTask = ECS.TaskDefinition(
            "aggregator",
            family: "aggregator",
            networkMode: .bridge,
            executionRole: executionRole.arn,
            taskRole: taskRole.arn,
            containers: [
                ECS.Container(
                    name: "aggregator",
                    image: settings.service.image,
                    command: ["apachectl", "-D", "FOREGROUND"],
                    workingDirectory: "/tmp",
                    ports: [8000],
                    memoryReservationMiB: 1280,
                    environment: databaseEnvironment,
                    secrets: secrets,
                    dependsOn: ["aggregator-init": .complete],
                    logging: logging("aggregator", appLogs),
                    repositoryCredentials: dockerHub.arn
                ),
                ECS.Container(
                    name: "aggregator-init",
                    image: settings.service.image,
                    essential: false,
                    command: ["php", "artisan", "aggregator:InitializeDatabase"],
                    workingDirectory: "/tmp",
                    memoryReservationMiB: 256,
                    environment: databaseEnvironment,
                    secrets: ["DB_PASSWORD": secrets["DB_PASSWORD"] ?? .null, "GKEY": googleAPIKey.arn.value],
                    logging: logging("init", appLogs),
                    repositoryCredentials: dockerHub.arn
                ),
            ]
        )
        let importTask = ECS.TaskDefinition(
            "aggregator_import",
            family: "aggregator-import",
            networkMode: .bridge,
            executionRole: executionRole.arn,
            taskRole: taskRole.arn,
            containers: [
                ECS.Container(
                    name: "aggregator-import",
                    image: settings.service.image,
                    command: ["php", "artisan", "aggregator:ImportRootServers"],
                    workingDirectory: "/tmp",
                    memoryReservationMiB: 320,
                    environment: databaseEnvironment.merging(
                        [
                            "SERVER_LIST_URI": serverList.bucketName.interpolated(
                                prefix: "s3://",
                                suffix: "/serverList.json"
                            ),
                            "USER_AGENT": "bmlt-aggregator",
                        ],
                        uniquingKeysWith: { first, _ in first }
                    ),
                    secrets: secrets,
                    logging: logging("daemon", importLogs),
                    repositoryCredentials: dockerHub.arn
                )
            ]
        )

        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "aggregator",
            subnets: network.publicSubnets,
            securityGroups: [albGroup.id],
            certificateARN: settings.domains.certificateARN,
            additionalCertificateARNs: settings.domains.additionalCertificateARNs,
            deletionProtection: settings.service.loadBalancerDeletionProtection
        )
        .waive(
            .albWAF,
            on: "aws_lb",
            reason: "Seed 000 puts no WAF in front of the public, read-only meeting API",
            expires: "2027-06-30"
        )
        let targets = ELB.TargetGroup(
            "aggregator",
            name: "aggregator",
            port: 8000,
            targetType: .instance,
            vpc: network.vpcID,
            healthCheck: .init(path: "/"),
            deregistrationDelaySeconds: 5
        )

        let topic = SNS.Topic("alerts", name: "aggregator-lb-healthy-host", kmsKey: key.arn)
        let monitor = Lambda.Function(
            "stopped_task_monitor",
            name: "AggregatorStoppedTask",
            description: "Reports stopped aggregator tasks to the alerts topic",
            runtime: .python311,
            handler: StoppedTaskMonitor.handler,
            sources: StoppedTaskMonitor.sources,
            memoryMiB: 128,
            timeoutSeconds: 30,
            reservedConcurrency: 1,
            environment: ["SNS_TOPIC": topic.arn.value],
            statements: [
                IAM.Statement(sid: "PublishAlerts", actions: ["sns:Publish"], resources: [topic.arn.value]),
                IAM.Statement(
                    sid: "UseAlertKey",
                    actions: ["kms:GenerateDataKey*", "kms:Decrypt"],
                    resources: [key.arn.value]
                ),
            ],
            logRetentionDays: settings.logRetentionDays,
            logKey: key.arn
        )

        // Traffic, least privilege: each flow opened once, both directions written.
        EC2.Allow(.tcp(443), from: .anywhere, to: .group(albGroup), "HTTPS from the internet")
        EC2.Allow(.tcp(80), from: .anywhere, to: .group(albGroup), "HTTP from the internet, redirected to HTTPS")
        EC2.Allow(.ephemeral, from: .group(albGroup), to: .group(hostGroup), "ALB to dynamic container ports")
        EC2.Allow(.tcp(3306), from: .group(hostGroup), to: .group(databaseGroup), "Aggregator to MySQL")
        EC2.Allow(
            .tcp(443),
            from: .group(hostGroup),
            to: .anywhere,
            "Image pulls, AWS APIs and root servers over HTTPS"
        )
        EC2.Allow(.tcp(80), from: .group(hostGroup), to: .anywhere, "Root servers that still serve plain HTTP")

        network
        key
        albGroup
        hostGroup
        databaseGroup
        database
        googleAPIKey
        dockerHub
        serverList
        serverListObject
        appLogs
        importLogs
        hostRole
        hostProfile
        executionRole
        taskRole
        cluster
        capacity
        appTask
        importTask
        alb
        targets
        ECS.Service(
            "aggregator",
            name: "aggregator",
            cluster: cluster.arn,
            taskDefinition: appTask.arn,
            desiredCount: settings.service.desiredCount,
            capacity: capacity,
            loadBalancing: .init(
                targetGroup: targets.arn,
                containerName: "aggregator",
                containerPort: 8000,
                listener: alb.httpsListenerAddress
            )
        )
        for (index, record) in settings.domains.records.enumerated() {
            ELB.HostRule(
                ResourceAddress.label(from: record.name),
                listener: alb.httpsListener,
                priority: 10 * (index + 1),
                hosts: [record.name],
                forwardTo: targets.arn
            )
            Route53.AliasRecord(
                ResourceAddress.label(from: record.name),
                zoneID: record.zoneID,
                name: record.name,
                target: alb.dnsName,
                targetZone: alb.zoneID
            )
        }
        Events.ScheduledTask(
            "import",
            name: "aggregator-import",
            description: "Imports meetings from every root server in serverList.json",
            schedule: settings.import.schedule,
            cluster: cluster.arn,
            taskDefinition: importTask
        )
        topic
        monitor
        Events.PatternRule(
            "task_stopped",
            name: "aggregator-ecs-state-stop",
            description: "Aggregator service tasks that stopped",
            pattern: [
                "source": ["aws.ecs"],
                "detail-type": ["ECS Task State Change"],
                "detail": [
                    "clusterArn": [cluster.arn.value],
                    "lastStatus": ["STOPPED"],
                    "group": ["service:aggregator"],
                ],
            ],
            function: monitor
        )
        CloudWatch.Alarm(
            "fewer_than_two_healthy",
            name: "aggregator-lb-unhealthy-hosts-lt-2",
            description: "Fewer than two healthy aggregator targets for 20 minutes",
            namespace: "AWS/ApplicationELB",
            metric: "HealthyHostCount",
            statistic: "Maximum",
            comparison: .lessThan,
            threshold: 2,
            periodSeconds: 1200,
            dimensions: ["LoadBalancer": alb.arnSuffix.value, "TargetGroup": targets.arnSuffix.value],
            actions: [topic.arn]
        )
        CloudWatch.Alarm(
            "no_healthy_host",
            name: "aggregator-lb-unhealthy-hosts-lt-1",
            description: "No healthy aggregator target for 5 minutes",
            namespace: "AWS/ApplicationELB",
            metric: "HealthyHostCount",
            statistic: "Maximum",
            comparison: .lessThan,
            threshold: 1,
            periodSeconds: 300,
            dimensions: ["LoadBalancer": alb.arnSuffix.value, "TargetGroup": targets.arnSuffix.value],
            actions: [topic.arn]
        )
    }

    var outputs: [Output] {
        [
            Output(
                "load_balancer_dns_name",
                value: Ref<RefKind.Hostname>(ResourceAddress(type: "aws_lb", name: "main"), "dns_name").value,
                description: "Where the aggregator's DNS records point"
            ),
            Output(
                "database_endpoint",
                value: Ref<RefKind.Hostname>(ResourceAddress(type: "aws_db_instance", name: "main"), "address").value,
                description: "MySQL host name, reachable from the private subnets only"
            ),
            Output(
                "server_list_bucket",
                value: Ref<RefKind.Name>(ResourceAddress(type: "aws_s3_bucket", name: "server_list"), "bucket").value,
                description: "The bucket holding serverList.json"
            ),
        ]
    }
}
