import InfraAWS
import InfraConfig
import InfraCore
import InfraPolicy

/// Stack 002 — the dispatcher data platform (seed `002_*.txt`; `STACKS.md` §3), dev and prod.
///
/// A VPC with public and private subnets in two zones, NAT (one gateway in dev, one per zone in prod) and VPC
/// endpoints for S3 (gateway), SQS and Secrets Manager (interface, private DNS). An HTTPS ALB in the public subnets
/// routes the API host to the `dispatcher` service; `polars-worker`, `python-worker` and `ingest-worker` consume
/// their own FIFO queue (content-based deduplication, 300 s visibility, FIFO dead-letter queue after 3 receives) and
/// scale on its depth. All four are Fargate services on linux/amd64 in the private subnets, with their secrets
/// injected from Secrets Manager. RDS PostgreSQL 15 is encrypted and Multi-AZ in prod only. The data bucket is
/// versioned and moves objects to Glacier after 365 days. Lambda sources (EventBridge cron, API Gateway webhooks)
/// ask the dispatcher for runs; the Lambda operator runs `runtime=lambda` steps for it. Alarms report queue
/// backlogs, dead letters and workers stuck at their maximum to an encrypted SNS topic.
///
/// The seed is a design document without Terraform; these choices are deliberate:
/// - region, ranges, sizes, worker limits, image tags and names are decisions kept in `dev.yaml` / `prod.yaml`;
/// - API Gateway is not drawn in a subnet: an HTTP API is a regional service, not a VPC resource (the seed's
///   diagram puts it in the public subnets; later trace documents correct this);
/// - the webhook route cannot use AWS authorization (webhook senders do not sign with AWS credentials), so the
///   function refuses any call without the shared webhook token (`APG002` waived with that reason);
/// - the dispatcher and workers reach each other through the ALB's host name, and the sources call the same host,
///   authenticating with a token read from Secrets Manager at run time;
/// - the database password is generated and kept by RDS in Secrets Manager (`manage_master_user_password`);
/// - one security group for the dispatcher and one for the workers, so workers accept no inbound traffic at all;
/// - no WAF on the ALB (ELB004 applies to production only, so its waiver is in `prod.yaml`, not here).
struct Dispatcher: AWSStack {
    static let name = "dispatcher"
    static let summary = "dispatcher data platform: Fargate dispatcher and SQS-scaled workers, RDS, Lambda sources"

    let environment: String
    let settings: DispatcherSettings

    init(environment: String, settings: DispatcherSettings, inputs: StackInputs) throws(DiagnosticError) {
        self.environment = environment
        self.settings = settings
    }

    var body: [any Construct] {
        let prefix = settings.namePrefix
        let region = settings.aws.region
        let retention = settings.logRetentionDays
        let key = KMS.Key(
            "main",
            alias: prefix,
            description: "Encrypts the dispatcher's database, secrets, logs and alert topic",
            accountID: settings.aws.accountID,
            region: region,
            services: [.cloudWatchLogs, .cloudWatchAlarms]
        )

        // Network: public subnets for the ALB and NAT, private ones for services and the database.
        let network = EC2.Network(
            "dispatcher",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            tiers: [.public, .private],
            nat: settings.network.nat,
            endpoints: [.gateway("s3"), .interface("sqs"), .interface("secretsmanager")],
            flowLogs: .init(retentionDays: retention.value, kmsKey: key)
        )
        let albGroup = EC2.SecurityGroup(
            "alb",
            name: "\(prefix)-alb",
            description: "Dispatcher load balancer",
            vpc: network.vpcID
        )
        let dispatcherGroup = EC2.SecurityGroup(
            "dispatcher",
            name: "\(prefix)-dispatcher",
            description: "Dispatcher service: from the load balancer only",
            vpc: network.vpcID
        )
        let workersGroup = EC2.SecurityGroup(
            "workers",
            name: "\(prefix)-workers",
            description: "Worker services: no inbound traffic",
            vpc: network.vpcID
        )
        let databaseGroup = EC2.SecurityGroup(
            "database",
            name: "\(prefix)-rds",
            description: "Dispatcher PostgreSQL: from the dispatcher and the workers only",
            vpc: network.vpcID
        )

        // RDS PostgreSQL 15, encrypted; Multi-AZ and deletion protection per environment.
        let database = RDS.Instance(
            "main",
            identifier: settings.database.identifier,
            engine: .postgres(version: settings.database.engineVersion),
            instanceClass: settings.database.instanceClass,
            storageGiB: settings.database.storageGiB.value,
            databaseName: "dispatcher",
            username: "dispatcher",
            subnets: network.privateSubnets,
            securityGroups: [databaseGroup],
            multiAZ: settings.database.multiAZ,
            backupRetentionDays: settings.database.backupRetentionDays.value,
            deletionProtection: settings.database.deletionProtection,
            kmsKey: key
        )
        let rpcKeys = SecretsManager.Secret(
            "rpc_keys",
            name: "\(prefix)/rpc-keys",
            description: "RPC provider keys of the polars and ingest workers (JSON), set outside Terraform",
            kmsKey: key
        )
        let dispatcherToken = SecretsManager.Secret(
            "dispatcher_token",
            name: "\(prefix)/dispatcher-token",
            description:
                "Bearer token of the dispatcher API, shared with its sources and workers; set outside Terraform",
            kmsKey: key
        )

        // The data bucket: versioned, Glacier after a year.
        let data = S3.PrivateBucket(
            "data",
            bucket: settings.dataBucket.name.value,
            versioning: true,
            lifecycle: [
                .init(
                    id: "glacier-after-\(settings.dataBucket.glacierAfterDays)-days",
                    transitions: [.glacier(after: settings.dataBucket.glacierAfterDays.value)],
                    noncurrentVersionDays: settings.dataBucket.noncurrentVersionDays.value
                )
            ]
        )

        // One FIFO work queue per worker runtime, each with a FIFO dead-letter queue after 3 receives.
        let queues = settings.workers.map { worker -> (work: SQS.Queue, deadLetters: SQS.Queue) in
            let label = ResourceAddress.label(from: worker.queue)
            let deadLetters = SQS.Queue(
                "\(label)_dlq",
                name: "\(prefix)-\(worker.queue)-dlq",
                ordering: .fifo(contentBasedDeduplication: true),
                visibilityTimeoutSeconds: settings.queues.visibilityTimeoutSeconds,
                retentionSeconds: 1_209_600
            )
            let work = SQS.Queue(
                label,
                name: "\(prefix)-\(worker.queue)",
                ordering: .fifo(contentBasedDeduplication: true),
                visibilityTimeoutSeconds: settings.queues.visibilityTimeoutSeconds,
                retentionSeconds: settings.queues.retentionSeconds.value,
                deadLetter: .init(deadLetters, afterReceives: settings.queues.maxReceives.value)
            )
            return (work, deadLetters)
        }

        // Lambda: the operator (runtime=lambda steps) and the two sources.
        let lambdaOperator = Lambda.Function(
            "lambda_operator",
            name: "\(prefix)-lambda-operator",
            description: "Runs DAG steps whose runtime is lambda, reading and writing the data bucket",
            runtime: .python312,
            handler: DispatcherFunctions.operatorHandler,
            sources: DispatcherFunctions.operatorSources,
            memoryMiB: 1024,
            timeoutSeconds: 300,
            environment: ["DATA_BUCKET": data.bucketName.value],
            grants: [.read(data), .write(data)],
            tracing: true,
            logRetentionDays: retention.value,
            logKey: key
        )
        let sourceEnvironment: [String: JSONValue] = [
            "DISPATCHER_URL": .string("https://\(settings.domains.apiHost)"),
            "DISPATCHER_TOKEN_SECRET_ARN": dispatcherToken.arn.value,
        ]
        let cronSource = Lambda.Function(
            "cron_source",
            name: "\(prefix)-cron-source",
            description: "Asks the dispatcher to run the DAG named by an EventBridge schedule",
            runtime: .python312,
            handler: DispatcherFunctions.cronHandler,
            sources: DispatcherFunctions.cronSources,
            environment: sourceEnvironment,
            grants: [.read(dispatcherToken)],
            tracing: true,
            logRetentionDays: retention.value,
            logKey: key
        )
        let webhookSource = Lambda.Function(
            "webhook_source",
            name: "\(prefix)-webhook-source",
            description: "Checks webhook calls and asks the dispatcher to run the DAG they trigger",
            runtime: .python312,
            handler: DispatcherFunctions.webhookHandler,
            sources: DispatcherFunctions.webhookSources,
            environment: sourceEnvironment,
            grants: [.read(dispatcherToken)],
            tracing: true,
            logRetentionDays: retention.value,
            logKey: key
        )

        // ECS: the cluster, one repository and one log group per image, amd64 tasks in the private subnets.
        let cluster = ECS.Cluster("main", name: prefix)
        let repository = { (name: String) in
            ECR.Repository(
                ResourceAddress.label(from: name),
                name: "dispatcher/\(name)",
                keepImages: settings.ecrKeepImages.value,
                kmsKey: key
            )
        }
        let logGroup = { (name: String) in
            Logs.LogGroup(
                ResourceAddress.label(from: name),
                name: "/ecs/\(prefix)/\(name)",
                retentionDays: retention.value,
                kmsKey: key
            )
        }
        let logging = { (name: String) in
            ECS.Container.Logging(group: logGroup(name), region: region, streamPrefix: name)
        }
        let databaseEnvironment: [String: JSONValue] = [
            "DB_HOST": database.endpointAddress.value,
            "DB_PORT": .string(String(database.port)),
            "DB_NAME": "dispatcher",
        ]
        let databaseSecrets: [String: ECS.SecretValue] = [
            "DB_USERNAME": .secret(database.masterSecret, key: "username"),
            "DB_PASSWORD": .secret(database.masterSecret, key: "password"),
            "DISPATCHER_TOKEN": .secret(dispatcherToken),
        ]

        // The dispatcher: behind the ALB, sends work to the queues, invokes the Lambda operator.
        let dispatcherEnvironment = { () -> [String: JSONValue] in
            var environment = databaseEnvironment
            environment["LAMBDA_OPERATOR_ARN"] = lambdaOperator.arn.value
            environment["DATA_BUCKET"] = data.bucketName.value
            for (worker, queue) in zip(settings.workers, queues) {
                let variable = String(worker.queue.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
                environment["\(variable)_QUEUE_URL"] = queue.work.url.value
            }
            return environment
        }()
        let dispatcherTask = ECS.TaskDefinition(
            "dispatcher",
            family: "\(prefix)-dispatcher",
            compute: .fargate(settings.dispatcher.size, architecture: .x86_64),
            taskRole: IAM.Role(
                "dispatcher_task",
                name: "\(prefix)-dispatcher-task",
                description: "What the dispatcher may do: queue work, invoke the Lambda operator",
                assumedBy: [.ecsTasks],
                grants: queues.map { .send(to: $0.work) } + [.invoke(lambdaOperator)]
            ),
            containers: [
                ECS.Container(
                    name: "dispatcher",
                    image: .ecr(repository("dispatcher"), tag: settings.imageTag),
                    ports: [settings.dispatcher.port.value],
                    environment: dispatcherEnvironment,
                    secrets: databaseSecrets,
                    logging: logging("dispatcher")
                )
            ]
        )
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: prefix,
            subnets: network.publicSubnets,
            securityGroups: [albGroup],
            certificates: [settings.domains.certificate],
            deletionProtection: settings.loadBalancerDeletionProtection
        )
        let dispatcherTargets = ELB.TargetGroup(
            "dispatcher",
            name: "\(prefix)-dispatcher",
            targets: .service(dispatcherTask, container: "dispatcher"),
            vpc: network.vpcID,
            healthCheck: .init(path: settings.dispatcher.healthCheckPath.value)
        )
        let apiRule = ELB.ListenerRule(
            "api",
            listener: alb.httpsListener,
            priority: 10,
            when: [.host([settings.domains.apiHost.value])],
            then: .forward(dispatcherTargets)
        )
        ECS.Service(
            "dispatcher",
            name: "dispatcher",
            cluster: cluster,
            task: dispatcherTask,
            desiredCount: settings.dispatcher.desiredCount.value,
            placement: .fargate(subnets: network.privateSubnets, securityGroups: [dispatcherGroup]),
            loadBalancing: .behind(alb, targetGroups: [dispatcherTargets], rules: [apiRule])
        )

        // Workers: each consumes its FIFO queue and scales on the queue's depth.
        let alerts = SNS.Topic("alerts", name: "\(prefix)-alerts", kmsKey: key)
        for (worker, queue) in zip(settings.workers, queues) {
            let label = ResourceAddress.label(from: worker.name)
            let (environment, secrets, grants) = {
                () -> ([String: JSONValue], [String: ECS.SecretValue], [IAM.Grant]) in
                var environment = databaseEnvironment
                environment["QUEUE_URL"] = queue.work.url.value
                environment["DISPATCHER_URL"] = .string("https://\(settings.domains.apiHost)")
                var secrets = databaseSecrets
                var grants: [IAM.Grant] = [.consume(queue.work)]
                if worker.readsRPCKeys { secrets["RPC_KEYS"] = .secret(rpcKeys) }
                if worker.usesDataBucket {
                    environment["DATA_BUCKET"] = data.bucketName.value
                    grants += [.read(data), .write(data)]
                }
                return (environment, secrets, grants)
            }()
            let service = ECS.Service(
                label,
                name: worker.name,
                cluster: cluster,
                task: ECS.TaskDefinition(
                    label,
                    family: "\(prefix)-\(worker.name)",
                    compute: .fargate(worker.size, architecture: .x86_64),
                    taskRole: IAM.Role(
                        "\(label)_task",
                        name: "\(prefix)-\(worker.name)-task",
                        description:
                            "What the \(worker.name) may do: consume its queue\(worker.usesDataBucket ? ", use the data bucket" : "")",
                        assumedBy: [.ecsTasks],
                        grants: grants
                    ),
                    containers: [
                        ECS.Container(
                            name: worker.name,
                            image: .ecr(repository(worker.name), tag: settings.imageTag),
                            environment: environment,
                            secrets: secrets,
                            logging: logging(worker.name)
                        )
                    ]
                ),
                desiredCount: worker.minTasks.value,
                placement: .fargate(subnets: network.privateSubnets, securityGroups: [workersGroup]),
                scaling: ECS.ServiceScaling(
                    minTasks: worker.minTasks.value,
                    maxTasks: worker.maxTasks.value,
                    targets: [.queueDepth(queue.work, visibleMessages: worker.messagesPerTask.value)]
                )
            )
            service
            CloudWatch.Alarm.queueBacklog(
                "\(label)_backlog",
                name: "\(prefix)-\(worker.queue)-backlog",
                queue: queue.work,
                above: settings.queues.backlogAlarmMessages,
                actions: [alerts.arn]
            )
            CloudWatch.Alarm.deadLetters(
                "\(label)_dead_letters",
                name: "\(prefix)-\(worker.queue)-dlq-not-empty",
                queue: queue.deadLetters,
                actions: [alerts.arn]
            )
            CloudWatch.Alarm(
                "\(label)_at_max",
                name: "\(prefix)-\(worker.name)-at-max",
                description: "\(worker.name) has run at its maximum of \(worker.maxTasks) tasks for 15 minutes",
                namespace: "ECS/ContainerInsights",
                metric: "RunningTaskCount",
                statistic: "Maximum",
                comparison: .greaterThanOrEqual,
                threshold: worker.maxTasks.value,
                periodSeconds: 300,
                evaluationPeriods: 3,
                dimensions: ["ClusterName": cluster.clusterName.value, "ServiceName": service.serviceName.value],
                actions: [alerts.arn]
            )
        }

        // Sources: EventBridge cron rules and API Gateway webhooks → Lambda → dispatcher.
        for cron in settings.crons {
            Events.ScheduledFunction(
                ResourceAddress.label(from: cron.name),
                name: "\(prefix)-\(cron.name)",
                description: "Runs the \(cron.dag) DAG",
                schedule: cron.schedule,
                function: cronSource,
                input: ["dag": .string(cron.dag)]
            )
        }
        APIGateway.HTTPAPI(
            "webhooks",
            name: "\(prefix)-webhooks",
            description: "Webhook sources of the dispatcher",
            routes: [.init("POST /webhooks/{source}", to: webhookSource)],
            logRetentionDays: retention.value,
            logKey: key
        )
        .waive(
            .apiGatewayAuthorization,
            on: "aws_apigatewayv2_route",
            reason:
                "Webhook senders cannot sign requests with AWS credentials; the function refuses calls without the shared webhook token",
            expires: "2027-06-30"
        )

        // Traffic, least privilege.
        EC2.Allow(.tcp(443), from: .anywhere, to: .group(albGroup), "HTTPS from the internet")
        EC2.Allow(.tcp(80), from: .anywhere, to: .group(albGroup), "HTTP from the internet, redirected to HTTPS")
        EC2.Allow(
            .tcp(settings.dispatcher.port.value),
            from: .group(albGroup),
            to: .group(dispatcherGroup),
            "ALB to the dispatcher"
        )
        for group in [dispatcherGroup, workersGroup] {
            EC2.Allow(.tcp(database.port), from: .group(group), to: .group(databaseGroup), "PostgreSQL")
            EC2.Allow(
                .tcp(443),
                from: .group(group),
                to: .anywhere,
                "AWS APIs (endpoints or NAT), image pulls and the dispatcher API over HTTPS"
            )
        }

        Output("load_balancer_dns_name", alb.dnsName, "Where the API host's DNS record points")
        Output("database_endpoint", database.endpointAddress, "PostgreSQL host, reachable from the services only")
        Output("data_bucket", data.bucketName, "The data bucket")
    }
}
