import InfraAWS
import InfraCore

/// The environment settings of the dispatcher stack (`stacks/dispatcher/<environment>.yaml`). dev and prod run the
/// same Swift; everything that differs between them (NAT count, Multi-AZ, deletion protection, worker limits, sizes)
/// lives here.
struct DispatcherSettings: AWSStackSettings {
    typealias Network = EC2.Network.Settings

    struct Domains: Decodable, Sendable {
        var certificateARN: CertificateARN
        var apiHost: RoutedHostName

        enum CodingKeys: String, CodingKey, CaseIterable {
            case certificateARN = "certificate_arn"
            case apiHost = "api_host"
        }

        var certificate: Ref<ARN<ACM.Certificate>> { certificateARN.ref }
    }

    struct Dispatcher: Decodable, Sendable {
        var size: ECS.FargateSize
        var port: PortNumber
        var healthCheckPath: HealthCheckPath
        var desiredCount: PositiveCount

        enum CodingKeys: String, CodingKey, CaseIterable {
            case size, port
            case healthCheckPath = "health_check_path"
            case desiredCount = "desired_count"
        }
    }

    /// One worker pool: a Fargate service consuming its own FIFO queue, scaled on the queue's depth.
    struct Worker: Decodable, Sendable {
        var name: String
        var queue: String
        var size: ECS.FargateSize
        var minTasks: NonNegativeCount
        var maxTasks: PositiveCount
        /// Visible messages per running task that target tracking aims for.
        var messagesPerTask: PositiveCount
        /// Reads the RPC keys secret (polars and ingest workers, per the seed).
        var readsRPCKeys: Bool
        /// Reads and writes the data bucket (polars and python workers, per the seed).
        var usesDataBucket: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, queue, size
            case minTasks = "min_tasks"
            case maxTasks = "max_tasks"
            case messagesPerTask = "messages_per_task"
            case readsRPCKeys = "reads_rpc_keys"
            case usesDataBucket = "uses_data_bucket"
        }
    }

    struct Queues: Decodable, Sendable {
        var visibilityTimeoutSeconds: Int
        var maxReceives: MaxReceiveCount
        var retentionSeconds: QueueRetentionSeconds
        var backlogAlarmMessages: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case visibilityTimeoutSeconds = "visibility_timeout_seconds"
            case maxReceives = "max_receives"
            case retentionSeconds = "retention_seconds"
            case backlogAlarmMessages = "backlog_alarm_messages"
        }
    }

    typealias Database = RDS.Instance.Settings

    struct DataBucket: Decodable, Sendable {
        var name: BucketName
        var glacierAfterDays: LifecycleDays
        var noncurrentVersionDays: LifecycleDays

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case glacierAfterDays = "glacier_after_days"
            case noncurrentVersionDays = "noncurrent_version_days"
        }
    }

    /// One cron source: an EventBridge schedule that asks the dispatcher to run a DAG.
    struct Cron: Decodable, Sendable {
        var name: String
        var dag: String
        var schedule: Events.Schedule

        enum CodingKeys: String, CodingKey, CaseIterable { case name, dag, schedule }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            dag = try container.decode(String.self, forKey: .dag)
            let text = try container.decode(String.self, forKey: .schedule)
            guard let schedule = Events.Schedule(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .schedule,
                    in: container,
                    debugDescription:
                        "`\(text)` is not `rate(N unit)` or a six-field AWS `cron(…)`; write Unix `0 0 * * *` as `cron(0 0 * * ? *)`"
                )
            }
            self.schedule = schedule
        }
    }

    var aws: AWSSettings
    var state: StateSettings
    var tags: [String: String]
    /// The prefix of every name (`dispatcher-prod`).
    var namePrefix: String
    var network: Network
    var domains: Domains
    var loadBalancerDeletionProtection: Bool
    var imageTag: String
    var dispatcher: Dispatcher
    var workers: [Worker]
    var queues: Queues
    var database: Database
    var dataBucket: DataBucket
    var crons: [Cron]
    var ecrKeepImages: PositiveCount
    var logRetentionDays: LogRetentionDays

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aws, state, tags
        case namePrefix = "name_prefix"
        case network, domains
        case loadBalancerDeletionProtection = "load_balancer_deletion_protection"
        case imageTag = "image_tag"
        case dispatcher, workers, queues, database
        case dataBucket = "data_bucket"
        case crons
        case ecrKeepImages = "ecr_keep_images"
        case logRetentionDays = "log_retention_days"
    }
}
