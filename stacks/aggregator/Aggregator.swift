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
struct Aggregator: AWSStack {
    static let name = "aggregator"
    static let summary = "BMLT aggregator: ECS on EC2 behind an ALB, MySQL, scheduled root-server import"
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

        // Network: public subnets for the ALB, private ones for hosts and the database.
        let network = EC2.Network(
            "main",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            nat: settings.network.nat,
            flowLogs: .init(retentionDays: settings.logRetentionDays.value, kmsKey: key)
        )
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

        // RDS MySQL 8, db.t3.micro, 100 GB.
        let database = RDS.Instance(
            "main",
            identifier: settings.database.identifier,
            engine: .mysql(version: settings.database.engineVersion),
            instanceClass: settings.database.instanceClass,
            storageGiB: settings.database.storageGiB.value,
            databaseName: "aggregator",
            username: "aggregator",
            subnets: network.privateSubnets,
            securityGroups: [databaseGroup],
            multiAZ: settings.database.multiAZ,
            backupRetentionDays: settings.database.backupRetentionDays.value,
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
            kmsKey: key
        )
        let dockerHub = SecretsManager.Secret(
            "docker_hub",
            name: "aggregator/docker-hub",
            description: "Docker Hub credentials (username, password) for image pulls",
            kmsKey: key
        )

        // The root-server list the import task reads: a private object rendered from serverList.json.
        let serverList = S3.PrivateBucket("server_list", bucket: settings.import.serverListBucket.value)
        let serverListObject = S3.Object(
            "server_list",
            bucket: serverList,
            key: "serverList.json",
            content: ServerList.canonicalJSON(servers),
            contentType: "application/json"
        )

        // ECS cluster (EC2: t3a.small x2).
        let cluster = ECS.Cluster("main", name: "aggregator")
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
        let capacity = ECS.EC2Capacity(
            "hosts",
            name: "aggregator-hosts",
            cluster: cluster,
            instanceType: settings.cluster.instanceType,
            instances: settings.cluster.instances.value,
            subnets: network.privateSubnets,
            securityGroups: [hostGroup],
            instanceProfile: IAM.InstanceProfile("hosts", name: "aggregator-hosts", role: hostRole),
            rootVolumeGiB: settings.cluster.rootVolumeGiB,
            amiParameter: settings.cluster.amiParameter
        )
        let appLogs = Logs.LogGroup(
            "aggregator",
            name: "aggregator",
            retentionDays: settings.logRetentionDays.value,
            kmsKey: key
        )
        let importLogs = Logs.LogGroup(
            "aggregator_import",
            name: "aggregator-import",
            retentionDays: settings.logRetentionDays.value,
            kmsKey: key
        )
        let taskRole = IAM.Role(
            "task",
            name: "aggregator-task",
            description: "What the aggregator application itself may do: read the root-server list",
            assumedBy: [.ecsTasks],
            grants: [.read(serverList, keys: serverListObject.key)]
        )

        // The aggregator containers: the app waits for aggregator-init to set up the schema.
        let image = ECS.Image.named(settings.service.image)
        let databaseEnvironment: [String: JSONValue] = [
            "DB_HOST": database.endpointAddress.value,
            "DB_DATABASE": "aggregator",
            "DB_USER": "aggregator",
        ]
        let databasePassword = ECS.SecretValue.secret(database.masterSecret, key: "password")
        let logging = { (prefix: String, group: Logs.LogGroup) in
            ECS.Container.Logging(group: group, region: region, streamPrefix: prefix)
        }
        let app = ECS.Container(
            name: "aggregator",
            image: image,
            command: ["apachectl", "-D", "FOREGROUND"],
            workingDirectory: "/tmp",
            ports: [8000],
            memoryReservationMiB: 1280,
            environment: databaseEnvironment,
            secrets: ["DB_PASSWORD": databasePassword, "GOOGLE_API_KEY": .secret(googleAPIKey)],
            dependsOn: ["aggregator-init": .complete],
            logging: logging("aggregator", appLogs),
            repositoryCredentials: .secret(dockerHub)
        )
        let initializer = ECS.Container(
            name: "aggregator-init",
            image: image,
            essential: false,
            command: ["php", "artisan", "aggregator:InitializeDatabase"],
            workingDirectory: "/tmp",
            memoryReservationMiB: 256,
            environment: databaseEnvironment,
            secrets: ["DB_PASSWORD": databasePassword, "GKEY": .secret(googleAPIKey)],
            logging: logging("init", appLogs),
            repositoryCredentials: .secret(dockerHub)
        )
        let appTask = ECS.TaskDefinition(
            "aggregator",
            family: "aggregator",
            compute: .ec2(),
            taskRole: taskRole,
            containers: [app, initializer]
        )
        let importTask = ECS.TaskDefinition(
            "aggregator_import",
            family: "aggregator-import",
            compute: .ec2(),
            taskRole: taskRole,
            containers: [
                ECS.Container(
                    name: "aggregator-import",
                    image: image,
                    command: ["php", "artisan", "aggregator:ImportRootServers"],
                    workingDirectory: "/tmp",
                    memoryReservationMiB: 320,
                    environment: databaseEnvironment.merging(
                        ["SERVER_LIST_URI": serverListObject.uri, "USER_AGENT": "bmlt-aggregator"],
                        uniquingKeysWith: { first, _ in first }
                    ),
                    secrets: ["DB_PASSWORD": databasePassword, "GOOGLE_API_KEY": .secret(googleAPIKey)],
                    logging: logging("daemon", importLogs),
                    repositoryCredentials: .secret(dockerHub)
                )
            ]
        )

        // Application Load Balancer: HTTPS, one host rule per DNS name, each name an alias of the ALB.
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "aggregator",
            subnets: network.publicSubnets,
            securityGroups: [albGroup],
            certificates: settings.domains.certificates,
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
            targets: .service(appTask, container: app.name),
            vpc: network.vpcID,
            healthCheck: .init(path: "/"),
            deregistrationDelaySeconds: 5
        )
        let hostRules = settings.domains.records.enumerated().map { index, record in
            ELB.ListenerRule(
                ResourceAddress.label(from: record.name.value),
                listener: alb.httpsListener,
                priority: 10 * (index + 1),
                when: [.host([record.name.value])],
                then: .forward(targets)
            )
        }

        // Aggregator tasks 1 and 2.
        ECS.Service(
            "aggregator",
            name: "aggregator",
            cluster: cluster,
            task: appTask,
            desiredCount: settings.service.desiredCount.value,
            placement: .ec2(capacity),
            loadBalancing: .behind(alb, targetGroups: [targets], rules: hostRules)
        )
        for record in settings.domains.records {
            Route53.AliasRecord(
                ResourceAddress.label(from: record.name.value),
                zone: record.zone,
                name: record.name.value,
                target: alb
            )
        }

        // aggregator-import, every four hours, reading the root-server list.
        serverListObject
        Events.ScheduledTask(
            "import",
            name: "aggregator-import",
            description: "Imports meetings from every root server in serverList.json",
            schedule: settings.import.schedule,
            cluster: cluster,
            task: importTask,
            placement: .ec2(capacity)
        )

        // Monitoring: stopped tasks → Lambda → SNS; health alarms → SNS.
        let topic = SNS.Topic("alerts", name: "aggregator-lb-healthy-host", kmsKey: key)
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
            function: Lambda.Function(
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
                grants: [.publish(to: topic)],
                logRetentionDays: settings.logRetentionDays.value,
                logKey: key
            )
        )
        let healthAlarm = { (label: String, threshold: Int, minutes: Int, description: String) in
            CloudWatch.Alarm(
                label,
                name: "aggregator-lb-unhealthy-hosts-lt-\(threshold)",
                description: description,
                namespace: "AWS/ApplicationELB",
                metric: "HealthyHostCount",
                statistic: "Maximum",
                comparison: .lessThan,
                threshold: threshold,
                periodSeconds: minutes * 60,
                dimensions: ["LoadBalancer": alb.arnSuffix.value, "TargetGroup": targets.arnSuffix.value],
                actions: [topic.arn]
            )
        }
        healthAlarm("fewer_than_two_healthy", 2, 20, "Fewer than two healthy aggregator targets for 20 minutes")
        healthAlarm("no_healthy_host", 1, 5, "No healthy aggregator target for 5 minutes")

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

        Output("load_balancer_dns_name", alb.dnsName, "Where the aggregator's DNS records point")
        Output(
            "database_endpoint",
            database.endpointAddress,
            "MySQL host name, reachable from the private subnets only"
        )
        Output("server_list_bucket", serverList.bucketName, "The bucket holding serverList.json")
    }
}
