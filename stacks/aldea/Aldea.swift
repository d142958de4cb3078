import InfraAWS
import InfraCore
import InfraPolicy

/// Stack 001 — Aldea's ASR platform on ECS Fargate (seed `001_*.txt`; `STACKS.md` §2), in us-west-2.
///
/// prod (`prod-ws-proxy`): Route 53 `api`, `backend`, `platform` → a Global Accelerator (TCP 443, client IP
/// preserved) → an internet-facing ALB protected by a WAFv2 web ACL (allow-list, geo block, rate limit) → an HTTPS
/// listener whose rules send `platform` to the frontend (10), `backend` to the backend (20), WebSocket upgrades on
/// `/listen/*` to ws-proxy live1 + live2 (100), HTTP `/listen/*` (200) and `/transcribe/*` (300) to http-proxy
/// live1 + live2, each pair weighted 50/50. Seven Fargate services run in private subnets; the live1 proxies talk to
/// `stt-api-live-1.aldea.ai:8800`, the live2 ones to `stt-api-live-2.aldea.ai:8800`. Redis 7.1 (TLS, AUTH, Multi-AZ
/// with failover), PostgreSQL `aldea-prod`, the `usage-updates-queue`, five ECR repositories and the three secrets
/// complete it. dev (`aldea-ecs-dev`) is the same code with `dev.yaml`: five services, host rules for `dev-api`,
/// `dev-backend`, `dev-platform` straight to the ALB, a single-node Redis `dev-ws-proxy`, the staging PostgreSQL
/// passed in by host (not created), one STT backend, no accelerator and no web ACL.
///
/// Deliberate deviations and decisions ([D] in `STACKS.md`), each for security or because the seed is silent:
/// - the seed draws every service reading all three secrets; each task here reads only what it uses (proxies the
///   Redis token, the backend and sqs-updater `imp-backend/env`, the frontend `imp-frontend/env`), and only the
///   backend (send) and sqs-updater (consume) get a task role, on the usage queue alone;
/// - the Redis AUTH token is a sensitive input variable (`redis_auth_token`) that the deploy job fills from the
///   `redis-auth-token` secret: `auth_token` has no write-only form in hashicorp/aws 5.100 (see
///   `ElastiCache.ReplicationGroup`); the proxies read the same secret at start through ECS `secrets`;
/// - the usage queue gets a dead-letter queue, and logs, secrets and queues are encrypted with a stack key;
/// - the database password is generated and kept by RDS in Secrets Manager; the backend and sqs-updater read it;
/// - the ALB also has the HTTP :80 listener that only redirects to HTTPS (optional in the seed);
/// - the WAF rule values (rate limit, countries, allow-list) are not in the seed; they are in `prod.yaml`;
/// - target groups are named `prod-ws-live1-tg` and the like: the seed's `prod-ws-proxy-http-proxy-live1-tg` would be
///   33 characters, one more than AWS allows.
struct Aldea: AWSStack {
    static let name = "aldea"
    static let summary =
        "Aldea ASR platform: Fargate proxies behind an ALB (+ WAF and Global Accelerator in prod), Redis, PostgreSQL, SQS"

    let environment: String
    let settings: AldeaSettings

    init(environment: String, settings: AldeaSettings, inputs: StackInputs) throws(DiagnosticError) {
        self.environment = environment
        self.settings = settings
        let problems = Self.wiringProblems(settings, file: "stacks/aldea/\(environment).yaml")
        guard problems.isEmpty else { throw DiagnosticError(problems) }
    }

    /// Names in the settings that must match each other: a route's targets are services with a target group, a
    /// service's image is a repository key. Without this, a typo would silently drop a target or a rule.
    static func wiringProblems(_ settings: AldeaSettings, file: String) -> [Diagnostic] {
        let location = SourceLocation(file: file)
        let routed = Set(settings.services.filter { $0.targetGroup != nil }.map(\.name))
        var problems: [Diagnostic] = []
        for (routeIndex, route) in settings.routes.enumerated() {
            for (targetIndex, target) in route.targets.enumerated() where !routed.contains(target) {
                problems.append(
                    Diagnostic(
                        id: "YAML005",
                        severity: .error,
                        message:
                            "route \(route.priority) targets `\(target)`, which is not a service with a `target_group`",
                        attribute: "routes[\(routeIndex)].targets[\(targetIndex)]",
                        location: location,
                        hint: "name one of: \(routed.sorted().joined(separator: ", "))"
                    )
                )
            }
            if route.targets.isEmpty
                || (route.hosts ?? []).isEmpty && (route.paths ?? []).isEmpty && route.websocket != true
            {
                problems.append(
                    Diagnostic(
                        id: "YAML005",
                        severity: .error,
                        message:
                            "route \(route.priority) needs at least one target and one condition (hosts, paths, websocket)",
                        attribute: "routes[\(routeIndex)]",
                        location: location
                    )
                )
            }
        }
        for (index, service) in settings.services.enumerated() where settings.repositories[service.image] == nil {
            problems.append(
                Diagnostic(
                    id: "YAML005",
                    severity: .error,
                    message:
                        "service `\(service.name)` uses image `\(service.image)`, which is not a key of `repositories`",
                    attribute: "services[\(index)].image",
                    location: location,
                    hint: "name one of: \(settings.repositories.keys.sorted().joined(separator: ", "))"
                )
            )
        }
        return problems
    }

    /// The Redis AUTH token, supplied at deploy time from the `redis-auth-token` secret.
    var redisAuthToken: TerraformConfiguration.Variable {
        ElastiCache.ReplicationGroup.authTokenVariable("redis_auth_token", secret: settings.secrets.redisAuthToken)
    }

    var configuration: TerraformConfiguration {
        var configuration = awsConfiguration
        configuration.variables = [redisAuthToken]
        return configuration
    }

    var body: [any Construct] {
        let region = settings.aws.region
        let cluster = settings.clusterName
        let key = KMS.Key(
            "main",
            alias: "aldea-\(environment)",
            description: "Encrypts Aldea \(environment) logs, secrets and queues",
            accountID: settings.aws.accountID,
            region: region,
            services: [.cloudWatchLogs]
        )

        // Network: two public subnets for the ALB and NAT, two private ones for tasks, Redis and PostgreSQL.
        let network = EC2.Network(
            "main",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            nat: settings.network.nat,
            flowLogs: .init(retentionDays: settings.logRetentionDays.value, kmsKey: key)
        )
        let albGroup = EC2.SecurityGroup(
            "alb",
            name: "\(cluster)-alb",
            description: "Aldea load balancer",
            vpc: network.vpcID
        )
        let serviceGroup = EC2.SecurityGroup(
            "services",
            name: "\(cluster)-services",
            description: "Aldea ECS services",
            vpc: network.vpcID
        )
        let redisGroup = EC2.SecurityGroup(
            "redis",
            name: "\(cluster)-redis",
            description: "Aldea Redis",
            vpc: network.vpcID
        )

        // Secrets, read by the tasks that need them.
        let redisToken = SecretsManager.Secret(
            "redis_auth_token",
            name: settings.secrets.redisAuthToken,
            description: "AUTH token of the \(settings.redis.id) Redis replication group",
            kmsKey: key
        )
        let backendEnv = SecretsManager.Secret(
            "imp_backend_env",
            name: settings.secrets.backendEnv,
            description: "Environment of imp-backend and sqs-updater (JSON)",
            kmsKey: key
        )
        let frontendEnv = SecretsManager.Secret(
            "imp_frontend_env",
            name: settings.secrets.frontendEnv,
            description: "Environment of imp-frontend (JSON)",
            kmsKey: key
        )

        // Redis 7.1: TLS in transit, encrypted at rest, AUTH; Multi-AZ with failover in prod, one node in dev.
        let redis = ElastiCache.ReplicationGroup(
            "main",
            id: settings.redis.id,
            description: "Aldea \(environment): API keys, rate limits and usage counters",
            engineVersion: settings.redis.engineVersion.value,
            nodeType: settings.redis.nodeType,
            topology: settings.redis.nodes.value > 1 ? .multiAZ(nodes: settings.redis.nodes.value) : .singleNode,
            subnets: network.privateSubnets,
            securityGroups: [redisGroup],
            authToken: redisAuthToken
        )

        // PostgreSQL: the stack's own in prod, the staging database (by host) in dev.
        let database = database(network: network)

        // Usage updates: the backend sends, sqs-updater consumes; failures land in a dead-letter queue.
        let deadLetters = SQS.Queue(
            "usage_updates_dlq",
            name: "\(settings.queueName)-dlq",
            retentionSeconds: 1_209_600,
            kmsKey: key
        )
        let usageQueue = SQS.Queue(
            "usage_updates",
            name: settings.queueName,
            visibilityTimeoutSeconds: 60,
            deadLetter: .init(deadLetters, afterReceives: 5),
            kmsKey: key
        )

        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: settings.loadBalancer.name,
            subnets: network.publicSubnets,
            securityGroups: [albGroup],
            certificates: [settings.domains.certificate],
            tlsPolicy: .tls13_2021_06,
            idleTimeoutSeconds: settings.loadBalancer.idleTimeoutSeconds,
            deletionProtection: settings.loadBalancer.deletionProtection
        )
        // One task definition, log group and (where routed to) target group per service; rules as the YAML gives.
        services(
            network: network,
            cluster: ECS.Cluster("main", name: cluster),
            alb: alb,
            serviceGroup: serviceGroup,
            redis: redis,
            redisToken: redisToken,
            backendEnv: backendEnv,
            frontendEnv: frontendEnv,
            database: database,
            usageQueue: usageQueue,
            key: key
        )

        // The edge: in prod, WAF on the ALB and a Global Accelerator that the public names point at.
        if let webACL = settings.webACL {
            WAFv2.WebACL(
                "main",
                name: webACL.name,
                description: "Allow-list, geo block and per-address rate limit in front of the Aldea ALB",
                allowedAddresses: webACL.allowedAddresses.map(\.value),
                blockedCountries: webACL.blockedCountries.map(\.value),
                rateLimit: webACL.rateLimit,
                protects: [alb]
            )
        }
        if let accelerator = settings.accelerator {
            let edge = GlobalAccelerator.Accelerator(
                "main",
                name: accelerator.name,
                ports: [443],
                loadBalancer: alb,
                region: region
            )
            for record in settings.domains.records {
                Route53.AliasRecord(
                    ResourceAddress.label(from: record.value),
                    zone: settings.domains.zone,
                    name: record.value,
                    target: edge
                )
            }
            Output("accelerator_dns_name", edge.dnsName, "The accelerator's DNS name; the public records alias it")
        } else {
            for record in settings.domains.records {
                Route53.AliasRecord(
                    ResourceAddress.label(from: record.value),
                    zone: settings.domains.zone,
                    name: record.value,
                    target: alb
                )
            }
        }

        // Traffic, least privilege: each flow opened once, both directions written.
        EC2.Allow(
            .tcp(443),
            from: .anywhere,
            to: .group(albGroup),
            "HTTPS from clients (through the accelerator in prod)"
        )
        EC2.Allow(.tcp(80), from: .anywhere, to: .group(albGroup), "HTTP from clients, redirected to HTTPS")
        for port in Set(settings.services.compactMap(\.port?.value)).sorted() {
            EC2.Allow(.tcp(port), from: .group(albGroup), to: .group(serviceGroup), "ALB to services on \(port)")
        }
        EC2.Allow(
            .tcp(ElastiCache.ReplicationGroup.port),
            from: .group(serviceGroup),
            to: .group(redisGroup),
            "Services to Redis (TLS)"
        )
        EC2.Allow(.tcp(5432), from: .group(serviceGroup), to: database.peer, "Services to PostgreSQL")
        EC2.Allow(.tcp(443), from: .group(serviceGroup), to: .anywhere, "Image pulls and AWS APIs over HTTPS")
        let sttPorts = Set(
            settings.services.compactMap { $0.sttBackend?.split(separator: ":").last.flatMap { Int($0) } }
        )
        for port in sttPorts.sorted() {
            EC2.Allow(.tcp(port), from: .group(serviceGroup), to: .anywhere, "Proxies to the STT API backends")
        }
        redis

        Output("load_balancer_dns_name", alb.dnsName, "The ALB's DNS name")
        Output("redis_primary_endpoint", redis.primaryEndpoint, "Redis primary host, reachable from the services only")
    }

    /// Where the services find PostgreSQL, and how they reach it.
    struct Database {
        var host: JSONValue
        var credentials: [String: ECS.SecretValue]
        var peer: EC2.Peer
    }

    /// The stack's own PostgreSQL (`database.create`), or the existing one (`database.existing`).
    func database(network: EC2.Network) -> Database {
        guard let create = settings.database.create else {
            let existing = settings.database.existing.map { (host: $0.host.value, cidr: $0.cidr.value) }
            return Database(host: .string(existing?.host ?? ""), credentials: [:], peer: .cidr(existing?.cidr ?? ""))
        }
        let group = EC2.SecurityGroup(
            "database",
            name: "\(settings.clusterName)-database",
            description: "Aldea PostgreSQL",
            vpc: network.vpcID
        )
        let instance = RDS.Instance(
            "main",
            identifier: create.identifier,
            engine: .postgres(version: create.engineVersion),
            instanceClass: create.instanceClass,
            storageGiB: create.storageGiB.value,
            databaseName: "aldea",
            username: "aldea",
            subnets: network.privateSubnets,
            securityGroups: [group],
            multiAZ: create.multiAZ,
            backupRetentionDays: create.backupRetentionDays.value,
            deletionProtection: create.deletionProtection
        )
        return Database(
            host: instance.endpointAddress.value,
            credentials: [
                "DB_USER": .secret(instance.masterSecret, key: "username"),
                "DB_PASSWORD": .secret(instance.masterSecret, key: "password"),
            ],
            peer: .group(group)
        )
    }

    /// The services of `settings.services`, each with its task definition (least-privilege execution role from its
    /// container), log group, task role (only where it calls AWS) and target group (only where a route uses it),
    /// plus the listener rules of `settings.routes`.
    func services(
        network: EC2.Network,
        cluster: ECS.Cluster,
        alb: ELB.ApplicationLoadBalancer,
        serviceGroup: EC2.SecurityGroup,
        redis: ElastiCache.ReplicationGroup,
        redisToken: SecretsManager.Secret,
        backendEnv: SecretsManager.Secret,
        frontendEnv: SecretsManager.Secret,
        database: Database,
        usageQueue: SQS.Queue,
        key: KMS.Key
    ) -> [any Construct] {
        let region = settings.aws.region
        let clusterName = settings.clusterName
        var repositories: [String: ECR.Repository] = [:]
        for (image, name) in settings.repositories {
            repositories[image] = ECR.Repository(ResourceAddress.label(from: name), name: name, kmsKey: key)
        }
        var tasks: [String: ECS.TaskDefinition] = [:]
        var groups: [String: ELB.TargetGroup] = [:]
        for service in settings.services {
            let label = ResourceAddress.label(from: service.name)
            let logs = Logs.LogGroup(
                label,
                name: "/ecs/\(clusterName)/\(service.name)",
                retentionDays: settings.logRetentionDays.value,
                kmsKey: key
            )
            var environment: [String: JSONValue] = ["AWS_REGION": .string(region)]
            var secrets: [String: ECS.SecretValue] = [:]
            var grants: [IAM.Grant] = []
            switch service.role {
            case .wsProxy, .httpProxy:
                environment["REDIS_URL"] = redis.url
                environment["STT_API_URL"] = .string(service.sttBackend ?? "")
                secrets["REDIS_AUTH_TOKEN"] = .secret(redisToken)
            case .backend, .sqsUpdater:
                environment["DB_HOST"] = database.host
                environment["USAGE_QUEUE_URL"] = usageQueue.url.value
                secrets["APP_ENV"] = .secret(backendEnv)
                secrets.merge(database.credentials) { first, _ in first }
                grants = service.role == .backend ? [.send(to: usageQueue)] : [.consume(usageQueue)]
            case .frontend:
                secrets["APP_ENV"] = .secret(frontendEnv)
            }
            let container = ECS.Container(
                name: service.name,
                image: repositories[service.image].map { .ecr($0, tag: settings.imageTag) } ?? .named(service.image),
                ports: service.port.map { [$0.value] } ?? [],
                environment: environment,
                secrets: secrets,
                logging: .init(group: logs, region: region, streamPrefix: service.name)
            )
            let taskRole =
                grants.isEmpty
                ? nil
                : IAM.Role(
                    "\(label)_task",
                    name: "\(clusterName)-\(service.name)-task",
                    description: "What \(service.name) itself may call",
                    assumedBy: [.ecsTasks],
                    grants: grants
                )
            let task = ECS.TaskDefinition(
                label,
                family: "\(clusterName)-\(service.name)",
                compute: .fargate(service.size),
                taskRole: taskRole,
                containers: [container]
            )
            tasks[service.name] = task
            if let name = service.targetGroup {
                groups[service.name] = ELB.TargetGroup(
                    label,
                    name: name,
                    targets: .service(task, container: container.name),
                    vpc: network.vpcID,
                    healthCheck: .init(path: service.healthPath?.value ?? "/health")
                )
            }
        }

        var rules: [ELB.ListenerRule] = []
        for route in settings.routes {
            var conditions: [ELB.Condition] = []
            if route.websocket == true { conditions.append(.header("Upgrade", ["websocket"])) }
            if let hosts = route.hosts { conditions.append(.host(hosts.map(\.value))) }
            if let paths = route.paths { conditions.append(.path(paths)) }
            let targets = route.targets.compactMap { groups[$0] }
            let action: ELB.Action =
                targets.count == 1
                ? .forward(targets[0])
                : .weightedForward(targets.map { .init($0, weight: max(1, 100 / targets.count)) })
            rules.append(
                ELB.ListenerRule(
                    "priority_\(route.priority)",
                    listener: alb.httpsListener,
                    priority: route.priority.value,
                    when: conditions,
                    then: action
                )
            )
        }

        var constructs: [any Construct] = []
        for service in settings.services {
            guard let task = tasks[service.name] else { continue }
            let routed = zip(settings.routes, rules).filter { $0.0.targets.contains(service.name) }.map(\.1)
            constructs.append(
                ECS.Service(
                    ResourceAddress.label(from: service.name),
                    name: service.name,
                    cluster: cluster,
                    task: task,
                    desiredCount: service.desiredCount.value,
                    placement: .fargate(subnets: network.privateSubnets, securityGroups: [serviceGroup]),
                    loadBalancing: groups[service.name].map { .behind(alb, targetGroups: [$0], rules: routed) }
                )
            )
        }
        // Repositories no service pulls from yet are still part of the stack (CI pushes to them).
        constructs += repositories.keys.sorted().compactMap { repositories[$0] }
        return constructs + rules
    }
}
