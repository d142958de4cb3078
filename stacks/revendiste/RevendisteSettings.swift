import InfraAWS
import InfraCore

/// The environment settings of the Revendiste stack (`stacks/revendiste/<environment>.yaml`): sizes, schedules,
/// the Cloudflare ranges the load balancer admits, and the real-world identifiers (account, certificate) the stack
/// must not look up through data sources.
struct RevendisteSettings: AWSStackSettings {
    /// The VPC range; subnets are `/24`s carved from it.
    struct Network: Decodable, Sendable {
        var cidr: IPv4CIDR

        enum CodingKeys: String, CodingKey, CaseIterable { case cidr }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let text = try container.decode(String.self, forKey: .cidr)
            guard let cidr = IPv4CIDR(text), cidr.prefixLength == 16 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .cidr,
                    in: container,
                    debugDescription: "`\(text)` is not an IPv4 /16 such as `10.0.0.0/16`"
                )
            }
            self.cidr = cidr
        }
    }

    /// Cloudflare's published origin ranges (https://www.cloudflare.com/ips/): the only sources the ALB admits.
    struct Cloudflare: Decodable, Sendable {
        var ipv4: [IPv4Range]
        var ipv6: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case ipv4, ipv6 }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // Each range is checked where it is written (`IPv4Range`); the whole internet is refused here.
            ipv4 = try container.decode([IPv4Range].self, forKey: .ipv4)
            ipv6 = try container.decode([String].self, forKey: .ipv6)
            for range in ipv4 where range.value.hasSuffix("/0") {
                throw DecodingError.dataCorruptedError(
                    forKey: .ipv4,
                    in: container,
                    debugDescription: "`\(range)` is not a Cloudflare IPv4 range such as `173.245.48.0/20`"
                )
            }
            for range in ipv6 where !Self.isIPv6Range(range) {
                throw DecodingError.dataCorruptedError(
                    forKey: .ipv6,
                    in: container,
                    debugDescription: "`\(range)` is not a Cloudflare IPv6 range such as `2400:cb00::/32`"
                )
            }
        }

        /// A coarse shape check: hex groups with `:`, a prefix of 1–128, never `::/0`.
        static func isIPv6Range(_ text: String) -> Bool {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let prefix = Int(parts[1]), (1...128).contains(prefix) else { return false }
            return parts[0].contains(":") && parts[0].allSatisfy { $0.isHexDigit || $0 == ":" }
        }
    }

    struct Domains: Decodable, Sendable {
        var certificateARN: CertificateARN
        var frontendHosts: [RoutedHostName]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case certificateARN = "certificate_arn"
            case frontendHosts = "frontend_hosts"
        }

        /// The listener's certificate, issued outside the stack (validated through Cloudflare DNS).
        var certificate: Ref<ARN<ACM.Certificate>> { certificateARN.ref }
    }

    /// One web service: its Fargate size, port, health check, image tag and task-count limits.
    struct Service: Decodable, Sendable {
        var size: ECS.FargateSize
        /// The port as written; `port` is its number, for the many places that take an `Int`.
        var listenPort: PortNumber
        var healthCheckPath: HealthCheckPath
        var imageTag: String
        var desiredCount: PositiveCount
        var minTasks: NonNegativeCount
        var maxTasks: PositiveCount

        enum CodingKeys: String, CodingKey, CaseIterable {
            case size
            case listenPort = "port"
            case healthCheckPath = "health_check_path"
            case imageTag = "image_tag"
            case desiredCount = "desired_count"
            case minTasks = "min_tasks"
            case maxTasks = "max_tasks"
        }

        var port: Int { listenPort.value }
    }

    struct Scaling: Decodable, Sendable {
        var cpu: UtilizationPercent
        var memory: UtilizationPercent

        enum CodingKeys: String, CodingKey, CaseIterable {
            case cpu = "cpu_percent"
            case memory = "memory_percent"
        }

        var cpuPercent: Int { cpu.value }
        var memoryPercent: Int { memory.value }
    }

    /// One cron job: an ECS task that runs the backend image's job runner once and exits.
    struct Job: Decodable, Sendable {
        var name: String
        var description: String
        var schedule: Events.Schedule

        enum CodingKeys: String, CodingKey, CaseIterable { case name, description, schedule }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            description = try container.decode(String.self, forKey: .description)
            let text = try container.decode(String.self, forKey: .schedule)
            guard let schedule = Events.Schedule(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .schedule,
                    in: container,
                    debugDescription:
                        "`\(text)` is neither `rate(N unit)` (singular unit only for 1) nor a six-field `cron(…)`"
                )
            }
            self.schedule = schedule
        }
    }

    struct Jobs: Decodable, Sendable {
        var size: ECS.FargateSize
        var schedules: [Job]

        enum CodingKeys: String, CodingKey, CaseIterable { case size, schedules }
    }

    struct Database: Decodable, Sendable {
        var engineVersion: String
        var capacity: RDS.ServerlessCapacity
        var instances: AuroraInstanceCount
        var databaseName: String
        var username: String
        var backupRetentionDays: BackupRetentionDays
        var deletionProtection: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case engineVersion = "engine_version"
            case capacity, instances
            case databaseName = "database_name"
            case username
            case backupRetentionDays = "backup_retention_days"
            case deletionProtection = "deletion_protection"
        }
    }

    var aws: AWSSettings
    var state: StateSettings
    var tags: [String: String]
    /// The prefix of every name (`revendiste-production`).
    var namePrefix: String
    /// The short prefix of target-group names, which AWS limits to 32 characters (`rev-prod`).
    var shortPrefix: String
    var network: Network
    var cloudflare: Cloudflare
    var domains: Domains
    var loadBalancerDeletionProtection: Bool
    var backend: Service
    var frontend: Service
    var scaling: Scaling
    var jobs: Jobs
    var database: Database
    var ecrKeepImages: PositiveCount
    var logRetentionDays: LogRetentionDays

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aws, state, tags
        case namePrefix = "name_prefix"
        case shortPrefix = "short_prefix"
        case network, cloudflare, domains
        case loadBalancerDeletionProtection = "load_balancer_deletion_protection"
        case backend, frontend, scaling, jobs, database
        case ecrKeepImages = "ecr_keep_images"
        case logRetentionDays = "log_retention_days"
    }
}
