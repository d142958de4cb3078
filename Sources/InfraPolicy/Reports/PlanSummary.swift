import InfraCore

/// What `terraform plan` would do to one stack in one environment, read from `terraform show -json <planfile>`.
///
/// Only what a reviewer needs survives: each resource that is added, changed, replaced or destroyed, the attributes
/// that change (values Terraform marks sensitive, or that look like secrets, replaced by `SecretRedaction`), which
/// of those force a replacement, and whether the resource holds data (a replaced database loses it).
public struct PlanSummary: Hashable, Sendable {
    /// What happens to a resource, in the order reports list them: the dangerous ones first.
    public enum Action: String, Hashable, Sendable, CaseIterable, Comparable {
        case replace, destroy, change, add

        /// The one-character marker of Terraform's own plan output.
        public var symbol: String {
            switch self {
            case .replace: "-/+"
            case .destroy: "-"
            case .change: "~"
            case .add: "+"
            }
        }

        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        public static func < (lhs: Action, rhs: Action) -> Bool { lhs.rank < rhs.rank }

        /// The action for Terraform's `change.actions` list; `nil` for no-ops and reads, which change nothing.
        init?(terraformActions actions: [String]) {
            switch actions {
            case ["create"]: self = .add
            case ["update"]: self = .change
            case ["delete"]: self = .destroy
            case ["delete", "create"], ["create", "delete"]: self = .replace
            default: return nil
            }
        }
    }

    /// One attribute whose value changes. `before`/`after` are display texts, `nil` when the attribute is absent on
    /// that side; a withheld value reads `(sensitive)`, a value computed at apply time `(known after apply)`.
    public struct AttributeChange: Hashable, Sendable {
        public var path: String
        public var before: String?
        public var after: String?
        public var isSensitive: Bool
        public var forcesReplacement: Bool

        public init(path: String, before: String?, after: String?, isSensitive: Bool, forcesReplacement: Bool) {
            self.path = path
            self.before = before
            self.after = after
            self.isSensitive = isSensitive
            self.forcesReplacement = forcesReplacement
        }
    }

    /// One resource that changes.
    public struct ResourceChange: Hashable, Sendable {
        public var address: String
        public var type: String
        public var action: Action
        /// True for resources that hold data: replacing or destroying one loses it.
        public var isStateful: Bool
        /// Changed attributes for `change` and `replace`; empty for `add` and `destroy`, where everything changes.
        public var attributes: [AttributeChange]

        public init(address: String, type: String, action: Action, isStateful: Bool, attributes: [AttributeChange]) {
            self.address = address
            self.type = type
            self.action = action
            self.isStateful = isStateful
            self.attributes = attributes
        }

        /// Replacing or destroying data: what reports highlight.
        public var losesData: Bool { isStateful && (action == .replace || action == .destroy) }
    }

    /// One root output whose value changes.
    public struct OutputChange: Hashable, Sendable {
        public var name: String
        public var action: Action
        public var before: String?
        public var after: String?
        public var isSensitive: Bool

        public init(name: String, action: Action, before: String?, after: String?, isSensitive: Bool) {
            self.name = name
            self.action = action
            self.before = before
            self.after = after
            self.isSensitive = isSensitive
        }
    }

    public var stack: String
    public var environment: String
    /// Sorted by action (replace, destroy, change, add), then address.
    public var resources: [ResourceChange]
    /// Sorted by name.
    public var outputs: [OutputChange]

    public init(stack: String, environment: String, resources: [ResourceChange], outputs: [OutputChange] = []) {
        self.stack = stack
        self.environment = environment
        self.resources = resources.sorted { ($0.action, $0.address) < ($1.action, $1.address) }
        self.outputs = outputs.sorted { $0.name < $1.name }
    }

    /// `prod/aggregator`.
    public var target: String { "\(environment)/\(stack)" }

    /// How many resources take `action`.
    public func count(_ action: Action) -> Int { resources.count { $0.action == action } }

    /// Resources whose data a plan would lose.
    public var dataLosses: [ResourceChange] { resources.filter(\.losesData) }

    /// `93 to add, 0 to change, 0 to replace, 0 to destroy`.
    public var countsDescription: String {
        "\(count(.add)) to add, \(count(.change)) to change, \(count(.replace)) to replace, \(count(.destroy)) to destroy"
    }

    /// Resource types that hold data: databases, buckets, queues, file systems, caches, keys and secrets.
    public static let statefulTypes: Set<String> = [
        "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance", "aws_docdb_cluster", "aws_neptune_cluster",
        "aws_redshift_cluster", "aws_dynamodb_table", "aws_elasticache_cluster", "aws_elasticache_replication_group",
        "aws_elasticache_serverless_cache", "aws_opensearch_domain", "aws_elasticsearch_domain", "aws_s3_bucket",
        "aws_sqs_queue", "aws_efs_file_system", "aws_fsx_lustre_file_system", "aws_fsx_windows_file_system",
        "aws_fsx_ontap_file_system", "aws_fsx_openzfs_file_system", "aws_ebs_volume", "aws_kms_key",
        "aws_secretsmanager_secret", "aws_ecr_repository", "aws_backup_vault", "aws_kinesis_stream",
    ]
}
