import InfraAWS
import InfraCore

/// The settings of the Mediamind stack (`stacks/mediamind/prod.yaml`). Mediamind's prod and dev deployments live
/// side by side in the one infragen environment `prod`, so the per-deployment differences (host, rule priority, size,
/// app secret, scheduler switches) are the `deployments` list rather than separate environment files.
struct MediamindSettings: AWSStackSettings {
    typealias Network = EC2.Network.Settings

    struct LoadBalancer: Decodable, Sendable {
        var name: String
        /// The listener's default certificate, then the ones added for SNI (dev, Qdrant).
        var certificateARNs: [CertificateARN]
        var deletionProtection: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case certificateARNs = "certificate_arns"
            case deletionProtection = "deletion_protection"
        }

        var certificates: [Ref<ARN<ACM.Certificate>>] { certificateARNs.map(\.ref) }
    }

    struct Scheduler: Decodable, Sendable {
        var name: String
        var size: ECS.FargateSize
        /// Job switches and intervals (`-1` disables a job).
        var environment: [String: String]

        enum CodingKeys: String, CodingKey, CaseIterable { case name, size, environment }
    }

    /// One deployment of the application (prod or dev): its API service, scheduler, host and secret.
    struct Deployment: Decodable, Sendable {
        var name: String
        var service: String
        var host: RoutedHostName
        var priority: ListenerRulePriority
        var targetGroup: String
        var size: ECS.FargateSize
        var desiredCount: PositiveCount
        /// The Secrets Manager secret whose whole JSON value is the app's `APP_CONFIG_JSON`.
        var appSecret: String
        var imageTag: String
        var scheduler: Scheduler

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, service, host, priority
            case targetGroup = "target_group"
            case size
            case desiredCount = "desired_count"
            case appSecret = "app_secret"
            case imageTag = "image_tag"
            case scheduler
        }
    }

    struct Qdrant: Decodable, Sendable {
        var service: String
        var image: String
        var host: RoutedHostName
        var priority: ListenerRulePriority
        var targetGroup: String
        var size: ECS.FargateSize
        var apiKeySecret: String
        var fileSystem: String
        var infrequentAccessAfterDays: EFSTransitionDays

        enum CodingKeys: String, CodingKey, CaseIterable {
            case service, image, host, priority
            case targetGroup = "target_group"
            case size
            case apiKeySecret = "api_key_secret"
            case fileSystem = "file_system"
            case infrequentAccessAfterDays = "infrequent_access_after_days"
        }
    }

    struct Database: Decodable, Sendable {
        var identifier: String
        var engineVersion: String
        var instanceClass: String
        var storageGiB: StorageGiB
        var multiAZ: Bool
        var backupRetentionDays: BackupRetentionDays

        enum CodingKeys: String, CodingKey, CaseIterable {
            case identifier
            case engineVersion = "engine_version"
            case instanceClass = "instance_class"
            case storageGiB = "storage_gib"
            case multiAZ = "multi_az"
            case backupRetentionDays = "backup_retention_days"
        }
    }

    struct Redis: Decodable, Sendable {
        var id: String
        var engineVersion: CacheEngineVersion
        var nodeType: String
        var authTokenSecret: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id
            case engineVersion = "engine_version"
            case nodeType = "node_type"
            case authTokenSecret = "auth_token_secret"
        }
    }

    struct Mail: Decodable, Sendable {
        var domain: HostName
        var zoneID: Route53ZoneID?
        var ruleSet: String
        var rule: String
        var recipients: [String]
        var prefix: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case domain
            case zoneID = "zone_id"
            case ruleSet = "rule_set"
            case rule, recipients, prefix
        }
    }

    struct ChatTrigger: Decodable, Sendable {
        var name: String
        var timeoutSeconds: LambdaTimeoutSeconds
        var memoryMiB: LambdaMemoryMiB
        var apiURL: String
        var apiKeySecret: String
        var dedupeTTLSeconds: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case timeoutSeconds = "timeout_seconds"
            case memoryMiB = "memory_mib"
            case apiURL = "api_url"
            case apiKeySecret = "api_key_secret"
            case dedupeTTLSeconds = "dedupe_ttl_seconds"
        }
    }

    var aws: AWSSettings
    var state: StateSettings
    var tags: [String: String]
    var network: Network
    var loadBalancer: LoadBalancer
    var clusterName: String
    var repositories: [String: String]
    var deployments: [Deployment]
    var qdrant: Qdrant
    var database: Database
    var redis: Redis
    var bucket: BucketName
    var mail: Mail
    var chatTrigger: ChatTrigger
    var logRetentionDays: LogRetentionDays

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aws, state, tags, network
        case loadBalancer = "load_balancer"
        case clusterName = "cluster_name"
        case repositories, deployments, qdrant, database, redis, bucket, mail
        case chatTrigger = "chat_trigger"
        case logRetentionDays = "log_retention_days"
    }
}
