import InfraAWS
import InfraCore
import InfraPolicy

/// Stack 004 — Mediamind (seed `004_*.txt` = `docs/INFRA.md` of `jst-seminar-rostlab-tum/eutop-mediamind`;
/// `STACKS.md` §5), in eu-central-1, infragen environment `prod` only.
///
/// Mediamind's prod and dev run side by side on shared infrastructure: one ECS cluster, one ALB, one PostgreSQL, one
/// Redis, one bucket. The ALB redirects HTTP to HTTPS; its HTTPS listener carries the prod, dev and Qdrant
/// certificates (SNI) and routes by host: **10** `api.mediamind.csee.tech` → `mediamind-service`, **20**
/// `dev.api.mediamind.csee.tech` → `mediamind-service-dev`, **30** the Qdrant host → `mediamind-qdrant` (EFS-backed
/// storage). `mediamind-scheduler` and `mediamind-scheduler-dev` run the jobs (dev's are switched off in the YAML).
/// Images come from the ECR repositories `mediamind` and `mediamind-scheduler`. Incoming mail for `chat.csee.tech`
/// is received by SES (verified domain, rule set `mediamind-receipt-rule-set`, rule `mediamind-receipt-rule`) and
/// stored under `mails/` in `eutop-mediamind`; the bucket tells the `triggerChat` Lambda only about
/// `s3:ObjectCreated:Put`, and the function (30 s timeout) de-duplicates through Redis (`rediss://`, 24 h TTL).
///
/// SES email receiving exists in eu-central-1 (AWS General Reference, "Email receiving endpoints"; `STACKS.md` §6's
/// older table predates it), so the receiving resources use the stack's own provider and no aliased one.
///
/// Deliberate deviations from the seed's real Terraform, each for security or self-containment:
/// - a dedicated VPC with public and private subnets (the seed's text) instead of the default VPC (the real code);
///   tasks, database, Redis, EFS and the Lambda sit in private subnets without public IPs (real: public IPs, public RDS);
/// - the HTTPS listener uses `ELBSecurityPolicy-TLS13-1-2-2021-06`, not the legacy `ELBSecurityPolicy-2016-08`;
/// - the Qdrant API key is a Secrets Manager secret read by ECS (real: a plaintext environment variable), and Qdrant
///   runs a pinned image (real: `qdrant/qdrant:latest`);
/// - the database is encrypted, its password generated and kept by RDS in Secrets Manager; it has an identifier;
/// - Redis is a replication group with TLS, at-rest encryption and AUTH (real: a plain `aws_elasticache_cluster`);
///   the AUTH token is the sensitive variable `redis_auth_token`, filled from `mediamind/redis-auth-token` at deploy
///   time (`ElastiCache.ReplicationGroup` explains why), and read by tasks and the Lambda from that secret;
/// - the bucket is private, versioned and encrypted, with no `force_destroy`; the mail goes to `eutop-mediamind`
///   (the seed) rather than the screenshots' manual `eutop-mails` bucket;
/// - EFS is encrypted at rest and mounted through an access point with IAM authorisation;
/// - SES and the Lambda, manual in the seed, are managed here; the Lambda runs Python 3.12 (3.10 is near its end of
///   support) and needs no `redis-layer` (see `TriggerChat`); its chat API key comes from Secrets Manager;
/// - the app and scheduler tasks get a task role limited to the bucket (the real ones have none while the app uses S3).
struct Mediamind: AWSStack {
    static let name = "mediamind"
    static let summary = "Mediamind: prod + dev API and schedulers, Qdrant on EFS, PostgreSQL, Redis, SES → S3 → Lambda"
    static let refusedEnvironments = [
        "dev":
            "Mediamind's dev API and schedulers are co-deployed in the prod stack (seed 004); a separate dev stack would duplicate them"
    ]

    let environment: String
    let settings: MediamindSettings

    init(environment: String, settings: MediamindSettings, inputs: StackInputs) throws(DiagnosticError) {
        self.environment = environment
        self.settings = settings
    }

    var redisAuthToken: TerraformConfiguration.Variable {
        ElastiCache.ReplicationGroup.authTokenVariable("redis_auth_token", secret: settings.redis.authTokenSecret)
    }

    var configuration: TerraformConfiguration {
        var configuration = awsConfiguration
        configuration.variables = [redisAuthToken]
        return configuration
    }

    var body: [any Construct] {
        let region = settings.aws.region
        let key = KMS.Key(
            "main",
            alias: "mediamind",
            description: "Encrypts Mediamind's logs and secrets",
            accountID: settings.aws.accountID,
            region: region,
            services: [.cloudWatchLogs]
        )

        // A dedicated VPC: public subnets for the ALB and NAT, private ones for everything else.
        let network = EC2.Network(
            "main",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            nat: settings.network.nat,
            flowLogs: .init(retentionDays: settings.logRetentionDays.value, kmsKey: key)
        )
        let group = { (label: String, name: String, description: String) in
            EC2.SecurityGroup(label, name: name, description: description, vpc: network.vpcID)
        }
        let albGroup = group("alb", "mediamind-alb", "Mediamind shared load balancer")
        let appGroup = group("app", "mediamind-app", "Mediamind API services and schedulers")
        let qdrantGroup = group("qdrant", "mediamind-qdrant", "Mediamind Qdrant")
        let storageGroup = group("qdrant_storage", "mediamind-qdrant-efs", "Mediamind Qdrant EFS mount targets")
        let databaseGroup = group("database", "mediamind-database", "Mediamind PostgreSQL")
        let redisGroup = group("redis", "mediamind-redis", "Mediamind Redis")
        let functionGroup = group("trigger_chat", "mediamind-trigger-chat", "Mediamind triggerChat Lambda")

        // Shared data: PostgreSQL (credentials kept by RDS in Secrets Manager), Redis with TLS, the bucket.
        let database = RDS.Instance(
            "main",
            identifier: settings.database.identifier,
            engine: .postgres(version: settings.database.engineVersion),
            instanceClass: settings.database.instanceClass,
            storageGiB: settings.database.storageGiB.value,
            databaseName: "mediamind",
            username: "mediamind",
            subnets: network.privateSubnets,
            securityGroups: [databaseGroup],
            multiAZ: settings.database.multiAZ,
            backupRetentionDays: settings.database.backupRetentionDays.value,
            deletionProtection: true
        )
        .waive(
            .rdsMultiAZInProduction,
            reason: "Seed 004 runs one db.t3.micro shared by prod and dev; a student project's budget, not an SLA",
            expires: "2027-06-30"
        )
        let redisToken = SecretsManager.Secret(
            "redis_auth_token",
            name: settings.redis.authTokenSecret,
            description: "AUTH token of the \(settings.redis.id) Redis replication group",
            kmsKey: key
        )
        let redis = ElastiCache.ReplicationGroup(
            "main",
            id: settings.redis.id,
            description: "Mediamind cache and triggerChat de-duplication",
            engineVersion: settings.redis.engineVersion.value,
            nodeType: settings.redis.nodeType,
            topology: .singleNode,
            subnets: network.privateSubnets,
            securityGroups: [redisGroup],
            authToken: redisAuthToken
        )

        // Incoming mail: SES stores it under mails/, the bucket tells triggerChat about each Put only.
        let chatAPIKey = SecretsManager.Secret(
            "chat_api_key",
            name: settings.chatTrigger.apiKeySecret,
            description: "API key triggerChat presents to the Mediamind chat API",
            kmsKey: key
        )
        let mailPrefix = settings.mail.prefix
        let bucketName = settings.bucket
        let bucketARN = "arn:aws:s3:::\(bucketName)"
        let trigger = Lambda.Function(
            "trigger_chat",
            name: settings.chatTrigger.name,
            description: "Hands each mail SES stores to the chat API once (Redis de-duplication, 24 h TTL)",
            runtime: .python312,
            architecture: .x86_64,
            handler: TriggerChat.handler,
            sources: TriggerChat.sources,
            memoryMiB: settings.chatTrigger.memoryMiB.value,
            timeoutSeconds: settings.chatTrigger.timeoutSeconds.value,
            environment: [
                "API_URL": .string(settings.chatTrigger.apiURL),
                "REDIS_URL": redis.url,
                "REDIS_AUTH_TOKEN_SECRET_ARN": redisToken.arn.value,
                "CHAT_API_KEY_SECRET_ARN": chatAPIKey.arn.value,
                "DEDUPE_TTL_SECONDS": .string(String(settings.chatTrigger.dedupeTTLSeconds)),
            ],
            grants: [
                .read(redisToken, chatAPIKey),
                IAM.Grant([
                    IAM.Statement(
                        sid: "ReadMail",
                        actions: ["s3:GetObject"],
                        resources: [.string("\(bucketARN)/\(mailPrefix)*")]
                    )
                ]),
            ],
            vpc: .init(subnets: network.privateSubnets, securityGroups: [functionGroup]),
            logRetentionDays: settings.logRetentionDays.value,
            logKey: key
        )
        // Asynchronous invocations from S3: two retries within six hours, as the seed's SAM template configures.
        Resource(
            "aws_lambda_function_event_invoke_config",
            "trigger_chat",
            [
                "function_name": trigger.functionName.value,
                "maximum_retry_attempts": 2,
                "maximum_event_age_in_seconds": 21_600,
            ],
            location: .swift(filePath: #filePath, line: #line)
        )
        let bucket = S3.PrivateBucket(
            "main",
            bucket: bucketName.value,
            notifications: [.init(function: trigger, events: ["s3:ObjectCreated:Put"], prefix: mailPrefix)],
            writers: [.ses(prefix: mailPrefix, accountID: settings.aws.accountID)]
        )
        SES.MailReceiver(
            "chat",
            domain: settings.mail.domain.value,
            ruleSetName: settings.mail.ruleSet,
            ruleName: settings.mail.rule,
            recipients: settings.mail.recipients,
            bucket: bucket,
            prefix: mailPrefix,
            region: region,
            zone: settings.mail.zoneID.map(\.ref)
        )

        // The shared cluster, load balancer and repositories.
        let cluster = ECS.Cluster("main", name: settings.clusterName)
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: settings.loadBalancer.name,
            subnets: network.publicSubnets,
            securityGroups: [albGroup],
            certificates: settings.loadBalancer.certificates,
            tlsPolicy: .tls13_2021_06,
            deletionProtection: settings.loadBalancer.deletionProtection
        )
        .waive(
            .albWAF,
            on: "aws_lb",
            reason: "Seed 004 puts no WAF in front of the ALB; the API authenticates every request",
            expires: "2027-06-30"
        )
        let appRepository = ECR.Repository("app", name: settings.repositories["app"] ?? "mediamind", kmsKey: key)
        let schedulerRepository = ECR.Repository(
            "scheduler",
            name: settings.repositories["scheduler"] ?? "mediamind-scheduler",
            kmsKey: key
        )
        let placement = ECS.Service.Placement.fargate(subnets: network.privateSubnets, securityGroups: [appGroup])

        // prod and dev: an API service behind its host rule, and a scheduler.
        for deployment in settings.deployments {
            deploymentConstructs(
                deployment,
                cluster: cluster,
                alb: alb,
                placement: placement,
                network: network,
                appRepository: appRepository,
                schedulerRepository: schedulerRepository,
                database: database,
                redis: redis,
                redisToken: redisToken,
                bucket: bucket,
                key: key
            )
        }

        // Qdrant: storage on EFS through an access point, API key from Secrets Manager.
        let storage = EFS.FileSystem(
            "qdrant",
            name: settings.qdrant.fileSystem,
            subnets: network.privateSubnets,
            securityGroups: [storageGroup],
            infrequentAccessAfterDays: settings.qdrant.infrequentAccessAfterDays.value
        )
        let accessPoint = EFS.AccessPoint("qdrant", fileSystem: storage, path: "/qdrant")
        let qdrantKey = SecretsManager.Secret(
            "qdrant_api_key",
            name: settings.qdrant.apiKeySecret,
            description: "API key Qdrant requires of its clients",
            kmsKey: key
        )
        let qdrantLogs = Logs.LogGroup(
            "qdrant",
            name: "/ecs/\(settings.qdrant.service)",
            retentionDays: settings.logRetentionDays.value,
            kmsKey: key
        )
        let qdrantContainer = ECS.Container(
            name: settings.qdrant.service,
            image: .named(settings.qdrant.image),
            ports: [6333],
            secrets: ["QDRANT__SERVICE__API_KEY": .secret(qdrantKey)],
            logging: .init(group: qdrantLogs, region: region, streamPrefix: "qdrant"),
            mounts: [.init(volume: "qdrant-storage", path: "/qdrant/storage")]
        )
        let qdrantTask = ECS.TaskDefinition(
            "qdrant",
            family: settings.qdrant.service,
            compute: .fargate(settings.qdrant.size),
            taskRole: IAM.Role(
                "qdrant_task",
                name: "\(settings.qdrant.service)-task",
                description: "Lets Qdrant mount its EFS storage through its access point",
                assumedBy: [.ecsTasks],
                grants: [.mount(accessPoint)]
            ),
            containers: [qdrantContainer],
            volumes: [.efs("qdrant-storage", fileSystem: storage.id, accessPoint: accessPoint.id)]
        )
        let qdrantTargets = ELB.TargetGroup(
            "qdrant",
            name: settings.qdrant.targetGroup,
            targets: .service(qdrantTask, container: qdrantContainer.name),
            vpc: network.vpcID,
            healthCheck: .init(path: "/healthz")
        )
        let qdrantRule = ELB.ListenerRule(
            "qdrant",
            listener: alb.httpsListener,
            priority: settings.qdrant.priority.value,
            when: [.host([settings.qdrant.host.value])],
            then: .forward(qdrantTargets)
        )
        ECS.Service(
            "qdrant",
            name: settings.qdrant.service,
            cluster: cluster,
            task: qdrantTask,
            desiredCount: 1,
            placement: .fargate(subnets: network.privateSubnets, securityGroups: [qdrantGroup]),
            loadBalancing: .behind(alb, targetGroups: [qdrantTargets], rules: [qdrantRule])
        )
        storage

        // Traffic, least privilege: each flow opened once, both directions written.
        EC2.Allow(.tcp(443), from: .anywhere, to: .group(albGroup), "HTTPS from the internet")
        EC2.Allow(.tcp(80), from: .anywhere, to: .group(albGroup), "HTTP from the internet, redirected to HTTPS")
        EC2.Allow(.tcp(8000), from: .group(albGroup), to: .group(appGroup), "ALB to the API services")
        EC2.Allow(.tcp(6333), from: .group(albGroup), to: .group(qdrantGroup), "ALB to Qdrant")
        EC2.Allow(.tcp(6333), from: .group(appGroup), to: .group(qdrantGroup), "API and schedulers to Qdrant")
        EC2.Allow(.tcp(2049), from: .group(qdrantGroup), to: .group(storageGroup), "Qdrant to its EFS storage")
        EC2.Allow(.tcp(5432), from: .group(appGroup), to: .group(databaseGroup), "API and schedulers to PostgreSQL")
        for (source, description) in [(appGroup, "API and schedulers"), (functionGroup, "triggerChat")] {
            EC2.Allow(.tcp(6379), from: .group(source), to: .group(redisGroup), "\(description) to Redis (TLS)")
            EC2.Allow(.tcp(443), from: .group(source), to: .anywhere, "\(description) to AWS APIs and HTTPS services")
        }
        EC2.Allow(.tcp(443), from: .group(qdrantGroup), to: .anywhere, "Qdrant image pulls and AWS APIs")

        Output("load_balancer_dns_name", alb.dnsName, "Where api, dev.api and qdrant point (CNAME)")
        Output("database_endpoint", database.endpointAddress, "PostgreSQL host, reachable from the private subnets")
    }

    /// One deployment (prod or dev): its API service behind its host rule, and its scheduler; both read the shared
    /// database, Redis and bucket and the deployment's own app secret.
    func deploymentConstructs(
        _ deployment: MediamindSettings.Deployment,
        cluster: ECS.Cluster,
        alb: ELB.ApplicationLoadBalancer,
        placement: ECS.Service.Placement,
        network: EC2.Network,
        appRepository: ECR.Repository,
        schedulerRepository: ECR.Repository,
        database: RDS.Instance,
        redis: ElastiCache.ReplicationGroup,
        redisToken: SecretsManager.Secret,
        bucket: S3.PrivateBucket,
        key: KMS.Key
    ) -> [any Construct] {
        let region = settings.aws.region
        let appSecret = SecretsManager.Secret(
            "\(deployment.name)_app_env",
            name: deployment.appSecret,
            description: "Mediamind \(deployment.name) application configuration (APP_CONFIG_JSON)",
            kmsKey: key
        )
        let environment: [String: JSONValue] = [
            "REDIS_URL": redis.url,
            "POSTGRES_SERVER": database.endpointAddress.value,
            "AWS_S3_BUCKET_NAME": bucket.bucketName.value,
            "AWS_REGION": .string(region),
        ]
        let secrets: [String: ECS.SecretValue] = [
            "APP_CONFIG_JSON": .secret(appSecret),
            "POSTGRES_USER": .secret(database.masterSecret, key: "username"),
            "POSTGRES_PASSWORD": .secret(database.masterSecret, key: "password"),
            "REDIS_AUTH_TOKEN": .secret(redisToken),
        ]
        let taskRole = IAM.Role(
            "\(deployment.name)_task",
            name: "\(deployment.service)-task",
            description: "What Mediamind \(deployment.name) itself may call: the shared bucket",
            assumedBy: [.ecsTasks],
            grants: [.read(bucket), .write(bucket)]
        )

        let apiLogs = Logs.LogGroup(
            "\(deployment.name)_service",
            name: "/ecs/\(deployment.service)",
            retentionDays: settings.logRetentionDays.value,
            kmsKey: key
        )
        let api = ECS.Container(
            name: deployment.service,
            image: .ecr(appRepository, tag: deployment.imageTag),
            ports: [8000],
            environment: environment,
            secrets: secrets,
            logging: .init(group: apiLogs, region: region, streamPrefix: "api")
        )
        let apiTask = ECS.TaskDefinition(
            "\(deployment.name)_service",
            family: deployment.service,
            compute: .fargate(deployment.size),
            taskRole: taskRole,
            containers: [api]
        )
        let targets = ELB.TargetGroup(
            deployment.name,
            name: deployment.targetGroup,
            targets: .service(apiTask, container: api.name),
            vpc: network.vpcID,
            healthCheck: .init(path: "/api/v1/healthcheck")
        )
        let rule = ELB.ListenerRule(
            deployment.name,
            listener: alb.httpsListener,
            priority: deployment.priority.value,
            when: [.host([deployment.host.value])],
            then: .forward(targets)
        )

        let schedulerLogs = Logs.LogGroup(
            "\(deployment.name)_scheduler",
            name: "/ecs/\(deployment.scheduler.name)",
            retentionDays: settings.logRetentionDays.value,
            kmsKey: key
        )
        let scheduler = ECS.Container(
            name: deployment.scheduler.name,
            image: .ecr(schedulerRepository, tag: deployment.imageTag),
            environment: environment.merging(deployment.scheduler.environment.mapValues { .string($0) }) { a, _ in a },
            secrets: secrets,
            logging: .init(group: schedulerLogs, region: region, streamPrefix: "scheduler")
        )
        let schedulerTask = ECS.TaskDefinition(
            "\(deployment.name)_scheduler",
            family: deployment.scheduler.name,
            compute: .fargate(deployment.scheduler.size),
            taskRole: taskRole,
            containers: [scheduler]
        )
        return [
            ECS.Service(
                "\(deployment.name)_service",
                name: deployment.service,
                cluster: cluster,
                task: apiTask,
                desiredCount: deployment.desiredCount.value,
                placement: placement,
                loadBalancing: .behind(alb, targetGroups: [targets], rules: [rule])
            ),
            ECS.Service(
                "\(deployment.name)_scheduler",
                name: deployment.scheduler.name,
                cluster: cluster,
                task: schedulerTask,
                desiredCount: 1,
                placement: placement
            ),
        ]
    }
}
