import InfraAWS
import InfraCore

/// The environment settings of the aggregator stack (`stacks/aggregator/<environment>.yaml`). Everything a user
/// would want to change per environment lives here, including the real-world identifiers (hosted zones,
/// certificates, account) that the stack must not look up through data sources.
struct AggregatorSettings: AWSStackSettings {
    typealias Network = EC2.Network.Settings

    struct Record: Decodable, Sendable {
        var name: HostName
        var zoneID: Route53ZoneID

        /// The hosted zone, which exists outside the stack.
        var zone: Ref<ID<Route53.HostedZone>> { zoneID.ref }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name
            case zoneID = "zone_id"
        }
    }

    struct Domains: Decodable, Sendable {
        var certificateARN: CertificateARN
        var additionalCertificateARNs: [CertificateARN]
        var records: [Record]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case certificateARN = "certificate_arn"
            case additionalCertificateARNs = "additional_certificate_arns"
            case records
        }

        /// The listener's certificates: the default first, then the SNI ones. They exist outside the stack.
        var certificates: [Ref<ARN<ACM.Certificate>>] {
            ([certificateARN] + additionalCertificateARNs).map(\.ref)
        }
    }

    struct Cluster: Decodable, Sendable {
        var instanceType: String
        var instances: PositiveCount
        var rootVolumeGiB: Int
        /// The public SSM parameter naming the AMI, resolved at launch (`resolve:ssm:`), so no AMI data source is needed.
        var amiParameter: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case instanceType = "instance_type"
            case instances
            case rootVolumeGiB = "root_volume_gib"
            case amiParameter = "ami_parameter"
        }
    }

    struct Service: Decodable, Sendable {
        var image: String
        var desiredCount: PositiveCount
        var loadBalancerDeletionProtection: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case image
            case desiredCount = "desired_count"
            case loadBalancerDeletionProtection = "load_balancer_deletion_protection"
        }
    }

    typealias Database = RDS.Instance.Settings

    struct Import: Decodable, Sendable {
        var schedule: Events.Schedule
        var serverListBucket: BucketName

        enum CodingKeys: String, CodingKey, CaseIterable {
            case schedule
            case serverListBucket = "server_list_bucket"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
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
            self.serverListBucket = try container.decode(BucketName.self, forKey: .serverListBucket)
        }
    }

    var aws: AWSSettings
    var state: StateSettings
    var tags: [String: String]
    var network: Network
    var domains: Domains
    var cluster: Cluster
    var service: Service
    var database: Database
    var `import`: Import
    var logRetentionDays: LogRetentionDays

    enum CodingKeys: String, CodingKey, CaseIterable {
        case aws, state, tags, network, domains, cluster, service, database
        case `import`
        case logRetentionDays = "log_retention_days"
    }
}
