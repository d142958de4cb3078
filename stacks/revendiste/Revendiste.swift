import InfraAWS
import InfraConfig
import InfraCore
import InfraPolicy

/// Stack 003 — Revendiste, production, sa-east-1 (seed `003_*.txt`; `STACKS.md` §4).
///
/// Cloudflare sits in front of an HTTPS ALB that admits only Cloudflare's published ranges (IPv4 and IPv6, kept in
/// `prod.yaml`); `/api/*` goes to the backend (0.5 vCPU / 1 GB, port 3001), `revendiste.com` and
/// `www.revendiste.com` go to the frontend (0.25 vCPU / 0.5 GB, port 3000). Both Fargate services scale between 1
/// and 10 tasks on CPU 70 % and memory 80 %. Aurora Serverless v2 PostgreSQL 15.4 (0.5–16 ACU), encrypted with its
/// own KMS key, sits in isolated database subnets. Four EventBridge cron rules run the backend image's job runner
/// as one-off ECS tasks: sync payments and process notifications every 5 minutes, notify upload and check payout
/// hourly. The VPC (10.0.0.0/16 over sa-east-1a/b) has public and database subnets, an internet gateway and no NAT.
///
/// Seed choices kept and waived: tasks run in public subnets with public IPs instead of paying for NAT (`ECS005`);
/// no WAF on the ALB, because Cloudflare filters the traffic before it and the group admits nothing else (`ELB004`).
///
/// Deliberate deviations from the seed and from the real repository (`mathfalcon/revendiste` @ `c151dcf`):
/// - the ACM certificate is issued and validated outside the stack (the real one uses Cloudflare DNS records) and
///   named by ARN in `prod.yaml`, so the stack plans offline with the AWS provider alone;
/// - the database password is generated and kept by RDS in Secrets Manager under the database's key
///   (`manage_master_user_password`) instead of a `random_password` in Terraform state; tasks read the user name and
///   password from that secret and the host from the cluster endpoint, instead of one hand-built JSON secret;
/// - the public subnets do not map public IPs on launch (the services and jobs ask for one explicitly), and the
///   real repository's unused private subnets are left out (no NAT means they could reach nothing);
/// - tasks accept traffic from the ALB on their own ports only (3000, 3001), not on 0–65535;
/// - ECR tags are immutable (a deployed tag always names the same image), and the image tags come from `prod.yaml`;
/// - the fourth job is `process-notifications` every 5 minutes, as the seed says (c151dcf had `scrape-events`);
/// - the service-linked roles the real repository creates are left to AWS (creating them fails when they exist);
/// - the real repository's 33-character target-group names are shortened to `rev-prod-*-tg`, as it did itself;
/// - Cloudflare's current list has 15 IPv4 ranges (the real `variables.tf` had 14); the 7 IPv6 ranges are unchanged;
/// - the tasks get no task role: the seed names no AWS API the application calls (the real task role only allowed
///   ECS Exec, which is left off).
///
/// The engine version is the seed's 15.4 and lives in `prod.yaml`: AWS retires old Aurora minor versions, so if
/// creating a cluster on it is refused, raise it there (the real repository later moved to 15.8).
struct Revendiste: AWSStack {
    static let name = "revendiste"
    static let summary = "Revendiste: Fargate behind a Cloudflare-only ALB, Aurora Serverless v2, cron jobs"
    static let refusedEnvironments = [
        "dev":
            "Revendiste's dev is one EC2 instance behind nginx, not this architecture (seed 003 covers production only)"
    ]

    let environment: String
    let settings: RevendisteSettings

    init(environment: String, settings: RevendisteSettings, inputs: StackInputs) throws(DiagnosticError) {
        self.environment = environment
        self.settings = settings
    }

    var body: [any Construct] {
        let prefix = settings.namePrefix
        let region = settings.aws.region
        let key = KMS.Key(
            "main",
            alias: prefix,
            description: "Encrypts Revendiste's logs and backend secrets",
            accountID: settings.aws.accountID,
            region: region,
            services: [.cloudWatchLogs]
        )
        let databaseKey = KMS.Key(
            "rds",
            alias: "\(prefix)-rds",
            description: "Encrypts Revendiste's Aurora cluster, its Performance Insights and its master secret",
            accountID: settings.aws.accountID,
            region: region,
            services: []
        )

        // VPC 10.0.0.0/16 over two zones: public subnets (ALB, tasks), isolated database subnets, no NAT.
        let network = EC2.Network(
            "revendiste",
            cidr: settings.network.cidr,
            zones: settings.aws.availabilityZones,
            tiers: [.public, .isolated],
            nat: .none,
            flowLogs: .init(retentionDays: settings.logRetentionDays.value, kmsKey: key)
        )
        let albGroup = EC2.SecurityGroup(
            "alb",
            name: "\(prefix)-alb",
            description: "Revendiste load balancer: Cloudflare only",
            vpc: network.vpcID
        )
        let tasksGroup = EC2.SecurityGroup(
            "tasks",
            name: "\(prefix)-ecs-tasks",
            description: "Revendiste ECS tasks: from the load balancer only",
            vpc: network.vpcID
        )
        let databaseGroup = EC2.SecurityGroup(
            "database",
            name: "\(prefix)-rds",
            description: "Revendiste Aurora: from the ECS tasks only",
            vpc: network.vpcID
        )

        // Aurora Serverless v2 PostgreSQL, encrypted with its own key.
        let database = RDS.AuroraCluster(
            "main",
            identifier: prefix,
            engineVersion: settings.database.engineVersion,
            capacity: settings.database.capacity,
            instances: settings.database.instances.value,
            databaseName: settings.database.databaseName,
            username: settings.database.username,
            subnets: network.isolatedSubnets,
            securityGroups: [databaseGroup],
            kmsKey: databaseKey,
            backupRetentionDays: settings.database.backupRetentionDays.value,
            deletionProtection: settings.database.deletionProtection,
            logRetentionDays: settings.logRetentionDays.value,
            logKey: key
        )
        let backendSecrets = SecretsManager.Secret(
            "backend",
            name: "\(prefix)/backend-secrets",
            description: "Backend application secrets (JSON), set outside Terraform",
            kmsKey: key
        )

        // Images and logs.
        let backendImages = ECR.Repository(
            "backend",
            name: "revendiste/backend-\(environmentName)",
            keepImages: settings.ecrKeepImages.value
        )
        let frontendImages = ECR.Repository(
            "frontend",
            name: "revendiste/frontend-\(environmentName)",
            keepImages: settings.ecrKeepImages.value
        )
        let logGroup = { (label: String) in
            Logs.LogGroup(
                label,
                name: "/ecs/\(prefix)-\(label)",
                retentionDays: settings.logRetentionDays.value,
                kmsKey: key
            )
        }
        let backendLogs = logGroup("backend")
        let frontendLogs = logGroup("frontend")
        let cronjobLogs = logGroup("cronjob")

        // What the backend and the jobs share: the database and the backend secrets, all through `secrets`.
        let backendEnvironment: [String: JSONValue] = [
            "NODE_ENV": "production",
            "DB_HOST": database.endpoint.value,
            "DB_PORT": .string(String(database.port)),
            "DB_NAME": .string(settings.database.databaseName),
        ]
        let backendSecretValues: [String: ECS.SecretValue] = [
            "DB_USERNAME": .secret(database.masterSecret, key: "username"),
            "DB_PASSWORD": .secret(database.masterSecret, key: "password"),
            "BACKEND_SECRETS_JSON": .secret(backendSecrets),
        ]

        let cluster = ECS.Cluster("main", name: "\(prefix)-cluster")
        let backendTask = ECS.TaskDefinition(
            "backend",
            family: "\(prefix)-backend",
            compute: .fargate(settings.backend.size),
            taskRole: nil,
            containers: [
                ECS.Container(
                    name: "backend",
                    image: .ecr(backendImages, tag: settings.backend.imageTag),
                    ports: [settings.backend.port],
                    environment: backendEnvironment.merging(
                        ["PORT": .string(String(settings.backend.port))],
                        uniquingKeysWith: { first, _ in first }
                    ),
                    secrets: backendSecretValues,
                    logging: .init(group: backendLogs, region: region, streamPrefix: "backend")
                )
            ]
        )
        let frontendTask = ECS.TaskDefinition(
            "frontend",
            family: "\(prefix)-frontend",
            compute: .fargate(settings.frontend.size),
            taskRole: nil,
            containers: [
                ECS.Container(
                    name: "frontend",
                    image: .ecr(frontendImages, tag: settings.frontend.imageTag),
                    ports: [settings.frontend.port],
                    environment: [
                        "NODE_ENV": "production",
                        "PORT": .string(String(settings.frontend.port)),
                        "API_BASE_URL": .string("https://\(settings.domains.frontendHosts.first?.value ?? "")/api"),
                    ],
                    logging: .init(group: frontendLogs, region: region, streamPrefix: "frontend")
                )
            ]
        )

        // ALB: HTTP → HTTPS redirect, HTTPS with a TLS 1.3 policy; /api/* → backend, the site's hosts → frontend.
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "\(prefix)-alb",
            subnets: network.publicSubnets,
            securityGroups: [albGroup],
            certificates: [settings.domains.certificate],
            tlsPolicy: .tls13_2021_06,
            deletionProtection: settings.loadBalancerDeletionProtection
        )
        .waive(
            .albWAF,
            on: "aws_lb",
            reason:
                "Seed 003: Cloudflare's WAF and DDoS protection filter every request, and the ALB's group admits only Cloudflare's ranges",
            expires: "2027-06-30"
        )
        let backendTargets = ELB.TargetGroup(
            "backend",
            name: "\(settings.shortPrefix)-backend-tg",
            targets: .service(backendTask, container: "backend"),
            vpc: network.vpcID,
            healthCheck: .init(path: settings.backend.healthCheckPath.value, healthyThreshold: 2)
        )
        let frontendTargets = ELB.TargetGroup(
            "frontend",
            name: "\(settings.shortPrefix)-frontend-tg",
            targets: .service(frontendTask, container: "frontend"),
            vpc: network.vpcID,
            healthCheck: .init(path: settings.frontend.healthCheckPath.value, healthyThreshold: 2)
        )
        let apiRule = ELB.ListenerRule(
            "api",
            listener: alb.httpsListener,
            priority: 100,
            when: [.path(["/api/*"])],
            then: .forward(backendTargets)
        )
        let siteRule = ELB.ListenerRule(
            "site",
            listener: alb.httpsListener,
            priority: 200,
            when: [.host(settings.domains.frontendHosts.map(\.value))],
            then: .forward(frontendTargets)
        )

        // Fargate services in the public subnets with public IPs (the seed's NAT saving), scaled 1–10.
        let placement = ECS.Service.Placement.fargate(
            subnets: network.publicSubnets,
            securityGroups: [tasksGroup],
            publicIP: true
        )
        let scaling = { (service: RevendisteSettings.Service) in
            ECS.ServiceScaling(
                minTasks: service.minTasks.value,
                maxTasks: service.maxTasks.value,
                targets: [.cpu(percent: settings.scaling.cpuPercent), .memory(percent: settings.scaling.memoryPercent)]
            )
        }
        let publicIPReason =
            "Seed 003 runs tasks in public subnets with public IPs to save ~$64/month of NAT gateways; inbound is still limited to the ALB's group"
        ECS.Service(
            "backend",
            name: "\(prefix)-backend",
            cluster: cluster,
            task: backendTask,
            desiredCount: settings.backend.desiredCount.value,
            placement: placement,
            loadBalancing: .behind(alb, targetGroups: [backendTargets], rules: [apiRule]),
            scaling: scaling(settings.backend)
        )
        .waive(.ecsPublicIP, reason: publicIPReason, expires: "2027-06-30")
        ECS.Service(
            "frontend",
            name: "\(prefix)-frontend",
            cluster: cluster,
            task: frontendTask,
            desiredCount: settings.frontend.desiredCount.value,
            placement: placement,
            loadBalancing: .behind(alb, targetGroups: [frontendTargets], rules: [siteRule]),
            scaling: scaling(settings.frontend)
        )
        .waive(.ecsPublicIP, reason: publicIPReason, expires: "2027-06-30")

        // Cron jobs: EventBridge runs the backend image's job runner once per schedule, as a Fargate task.
        for job in settings.jobs.schedules {
            let label = ResourceAddress.label(from: job.name)
            Events.ScheduledTask(
                label,
                name: "\(prefix)-\(job.name)",
                description: job.description,
                schedule: job.schedule,
                cluster: cluster,
                task: ECS.TaskDefinition(
                    label,
                    family: "\(prefix)-\(job.name)",
                    compute: .fargate(settings.jobs.size),
                    taskRole: nil,
                    containers: [
                        ECS.Container(
                            name: job.name,
                            image: .ecr(backendImages, tag: settings.backend.imageTag),
                            command: ["node", "dist/src/scripts/run-job.js", job.name],
                            environment: backendEnvironment,
                            secrets: backendSecretValues,
                            logging: .init(group: cronjobLogs, region: region, streamPrefix: job.name)
                        )
                    ]
                ),
                placement: placement
            )
            .waive(.ecsPublicIP, reason: publicIPReason, expires: "2027-06-30")
        }

        // Traffic, least privilege: Cloudflare → ALB → tasks → Aurora; tasks reach AWS APIs over HTTPS.
        for port in [80, 443] {
            let purpose = port == 443 ? "HTTPS" : "HTTP, redirected to HTTPS,"
            EC2.Allow(
                .tcp(port),
                from: .ipv4(settings.cloudflare.ipv4.map(\.value)),
                to: .group(albGroup),
                "\(purpose) from Cloudflare"
            )
            EC2.Allow(
                .tcp(port),
                from: .ipv6(settings.cloudflare.ipv6),
                to: .group(albGroup),
                "\(purpose) from Cloudflare"
            )
        }
        EC2.Allow(.tcp(settings.backend.port), from: .group(albGroup), to: .group(tasksGroup), "ALB to the backend")
        EC2.Allow(.tcp(settings.frontend.port), from: .group(albGroup), to: .group(tasksGroup), "ALB to the frontend")
        EC2.Allow(.tcp(database.port), from: .group(tasksGroup), to: .group(databaseGroup), "Tasks to Aurora")
        EC2.Allow(
            .tcp(443),
            from: .group(tasksGroup),
            to: .anywhere,
            "ECR, Secrets Manager, CloudWatch Logs and payment APIs over HTTPS (no NAT: through the public IP)"
        )

        Output("load_balancer_dns_name", alb.dnsName, "Where Cloudflare's proxied records point")
        Output("database_endpoint", database.endpoint, "Aurora writer endpoint, reachable from the ECS tasks only")
        Output("backend_repository_url", backendImages.repositoryURL, "Push backend images here")
        Output("frontend_repository_url", frontendImages.repositoryURL, "Push frontend images here")
    }

    /// `production` for `prod`, as the real repository names its repositories.
    private var environmentName: String { environment == "prod" ? "production" : environment }
}
