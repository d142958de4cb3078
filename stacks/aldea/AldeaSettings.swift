import InfraAWS
import InfraCore

/// The environment settings of the Aldea stack (`stacks/aldea/<environment>.yaml`). Prod and dev differ only here:
/// cluster name, which services run and how the load balancer routes to them, Redis topology, a database of the
/// stack or an existing one, and whether a Global Accelerator and a web ACL sit in front.
struct AldeaSettings: AWSStackSettings {
    typealias Network = EC2.Network.Settings

    /// The public names, all in one hosted zone, and the certificate covering them.
    struct Domains: Decodable, Sendable {
        var certificateARN: CertificateARN
        var zoneID: Route53ZoneID
        var records: [HostName]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case certificateARN = "certificate_arn"
            case zoneID = "zone_id"
            case records
        }

        var certificate: Ref<ARN<ACM.Certificate>> { certificateARN.ref }
        var zone: Ref<ID<Route53.HostedZone>> { zoneID.ref }
    }

    struct LoadBalancer: Decodable, Sendable {
        var name: String
        var idleTimeoutSeconds: Int
        var deletionProtection: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case idleTimeoutSeconds = "idle_timeout_seconds"
            case deletionProtection = "deletion_protection"
        }
    }

    /// What a service is, which decides its environment, secrets and task role.
    enum Role: String, Decodable, Sendable, CaseIterable {
        /// WebSocket streaming proxy to an STT backend; validates API keys in Redis.
        case wsProxy = "ws_proxy"
        /// HTTP transcription proxy to an STT backend; validates API keys in Redis.
        case httpProxy = "http_proxy"
        /// The platform API: database, usage queue (send).
        case backend
        /// The platform UI.
        case frontend
        /// Applies usage updates from the queue to the database.
        case sqsUpdater = "sqs_updater"
    }

    struct Service: Decodable, Sendable {
        var name: String
        var role: Role
        /// The key of the ECR repository (`repositories`) the image comes from.
        var image: String
        var port: PortNumber?
        var healthPath: HealthCheckPath?
        /// `host:port` of the STT API the proxy forwards to.
        var sttBackend: String?
        var size: ECS.FargateSize
        var desiredCount: PositiveCount
        /// The target group name (≤ 32 characters) for services the load balancer routes to.
        var targetGroup: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, role, image, port
            case healthPath = "health_path"
            case sttBackend = "stt_backend"
            case size
            case desiredCount = "desired_count"
            case targetGroup = "target_group"
        }
    }

    /// One listener rule: every condition given must hold; several targets share traffic equally.
    struct Route: Decodable, Sendable {
        var priority: ListenerRulePriority
        var hosts: [HostCondition]?
        var paths: [String]?
        /// Only WebSocket upgrades (`Upgrade: websocket`).
        var websocket: Bool?
        var targets: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case priority, hosts, paths, websocket, targets }
    }

    struct Redis: Decodable, Sendable {
        var id: String
        var engineVersion: CacheEngineVersion
        var nodeType: String
        /// 1 for a single node; 2 or more for Multi-AZ with automatic failover.
        var nodes: PositiveCount

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id
            case engineVersion = "engine_version"
            case nodeType = "node_type"
            case nodes
        }
    }

    /// A PostgreSQL instance of the stack: the section the other stacks with one RDS instance share.
    typealias NewDatabase = RDS.Instance.Settings

    /// A PostgreSQL database outside the stack (dev uses the staging database): its host and the range it is in.
    struct ExistingDatabase: Decodable, Sendable {
        var host: HostName
        var cidr: IPv4Range

        enum CodingKeys: String, CodingKey, CaseIterable { case host, cidr }
    }

    /// Exactly one of `create` and `existing`.
    struct Database: Decodable, Sendable {
        var create: NewDatabase?
        var existing: ExistingDatabase?

        enum CodingKeys: String, CodingKey, CaseIterable { case create, existing }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            create = try container.decodeIfPresent(NewDatabase.self, forKey: .create)
            existing = try container.decodeIfPresent(ExistingDatabase.self, forKey: .existing)
            guard (create == nil) != (existing == nil) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .create,
                    in: container,
                    debugDescription:
                        "give exactly one of `create` (a database of the stack) and `existing` (host, cidr)"
                )
            }
        }
    }

    /// The Secrets Manager secret names the services read.
    struct Secrets: Decodable, Sendable {
        var redisAuthToken: String
        var backendEnv: String
        var frontendEnv: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case redisAuthToken = "redis_auth_token"
            case backendEnv = "backend_env"
            case frontendEnv = "frontend_env"
        }
    }

    struct WebACL: Decodable, Sendable {
        var name: String
        var rateLimit: Int
        var blockedCountries: [CountryCode]
        var allowedAddresses: [IPv4Range]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case rateLimit = "rate_limit"
            case blockedCountries = "blocked_countries"
            case allowedAddresses = "allowed_addresses"
        }
    }

    struct Accelerator: Decodable, Sendable {
        var name: String

        enum CodingKeys: String, CodingKey, CaseIterable { case name }
    }

    var aws: AWSSettings
    var state: StateSettings
    var tags: [String: String]
    var clusterName: String
    var network: Network
    var domains: Domains
    var loadBalancer: LoadBalancer
    /// Present in prod only: the records then point at the accelerator instead of the load balancer.
    var accelerator: Accelerator?
    /// Present in prod only.
    var webACL: WebACL?
    /// Repository key → ECR repository name.
    var repositories: [String: String]
    var imageTag: String
    var services: [Service]
    var routes: [Route]
    var redis: Redis
    var database: Database
    var queueName: String
    var secrets: Secrets
    var logRetentionDays: LogRetentionDays

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aws, state, tags
        case clusterName = "cluster_name"
        case network, domains
        case loadBalancer = "load_balancer"
        case accelerator
        case webACL = "web_acl"
        case repositories
        case imageTag = "image_tag"
        case services, routes, redis, database
        case queueName = "queue_name"
        case secrets
        case logRetentionDays = "log_retention_days"
    }
}
