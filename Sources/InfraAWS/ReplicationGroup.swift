import InfraCore

extension ElastiCache {
    /// A Redis (non-cluster-mode) replication group in private subnets, with its subnet group: encrypted at rest and
    /// in transit (TLS is required, so clients connect with `rediss://`), AUTH required, minor versions upgraded in
    /// the maintenance window, and daily snapshots kept.
    ///
    /// Multi-AZ means a primary and at least one replica in other zones with automatic failover (AWS rejects
    /// Multi-AZ without both); a single node has neither and is meant for non-production environments.
    ///
    /// The AUTH token: `auth_token` of `aws_elasticache_replication_group` takes a value. hashicorp/aws 5.100.0 has no
    /// write-only form of it (`auth_token_wo` does not exist; write-only arguments exist only for RDS, DocumentDB,
    /// Redshift, Secrets Manager and SSM), and an ephemeral `aws_secretsmanager_secret_version` can only feed
    /// write-only arguments, while a data source would call AWS during an offline plan. So the token is a sensitive
    /// input variable without a default (`TerraformConfiguration.Variable`, made by `authTokenVariable`), which the
    /// deploy job fills from the Secrets Manager secret that holds it (`TF_VAR_<name>=$(aws secretsmanager
    /// get-secret-value …)`). The token never appears in the repository or in plan output; it does reach the state,
    /// which is why the backend is encrypted. Moving to RBAC user groups with IAM authentication would remove it.
    public struct ReplicationGroup: Construct, Hashable {
        /// How many nodes, and whether they fail over.
        public enum Topology: Hashable, Sendable {
            /// One primary; no replica, no failover.
            case singleNode
            /// A primary and `nodes - 1` replicas spread over zones, with automatic failover (`nodes` ≥ 2).
            case multiAZ(nodes: Int)

            var nodes: Int {
                switch self {
                case .singleNode: 1
                case .multiAZ(let nodes): nodes
                }
            }

            var isMultiAZ: Bool { if case .multiAZ = self { true } else { false } }
        }

        public var declaration: Declaration
        public let id: String
        public let description: String
        public let engineVersion: String
        public let nodeType: String
        public let topology: Topology
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let authToken: TerraformConfiguration.Variable?
        public let snapshotRetentionDays: Int
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - id: the replication group id: 1–40 lower-case letters, digits and hyphens, starting with a letter.
        ///   - engineVersion: e.g. `7.1`; the parameter group family follows the major version.
        ///   - topology: `.multiAZ(nodes: 2)` for production, `.singleNode` otherwise.
        ///   - authToken: the sensitive variable holding the AUTH token (`authTokenVariable(_:secret:)`); `nil` leaves
        ///     Redis without AUTH, which the policy gate reports.
        public init(
            _ label: String,
            id: String,
            description: String,
            engineVersion: String,
            nodeType: String,
            topology: Topology,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            authToken: TerraformConfiguration.Variable?,
            snapshotRetentionDays: Int = 7,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.id = id
            self.description = description
            self.engineVersion = engineVersion
            self.nodeType = nodeType
            self.topology = topology
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.authToken = authToken
            self.snapshotRetentionDays = snapshotRetentionDays
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The sensitive input variable for an AUTH token kept in the Secrets Manager secret `secret`.
        public static func authTokenVariable(_ name: String, secret: String) -> TerraformConfiguration.Variable {
            TerraformConfiguration.Variable(
                name,
                description:
                    "Redis AUTH token (16-128 letters and digits); the deploy job reads it from the Secrets Manager secret `\(secret)`",
                sensitive: true
            )
        }

        public static let port = 6379

        /// The host name of the primary, for clients that write.
        public var primaryEndpoint: Ref<Hostname> {
            ref("aws_elasticache_replication_group", "primary_endpoint_address")
        }

        /// `rediss://<primary>:6379`: the TLS URL clients use (the AUTH token is passed separately, as a secret).
        public var url: JSONValue { primaryEndpoint.interpolated(prefix: "rediss://", suffix: ":\(Self.port)") }

        public var arn: Ref<ARN<ReplicationGroup>> { ref("aws_elasticache_replication_group", "arn") }

        private var subnetGroupName: Ref<Name<ReplicationGroup>> { ref("aws_elasticache_subnet_group", "name") }

        private var majorVersion: String { String(engineVersion.split(separator: ".").first ?? "7") }

        public func expand() -> [Resource] {
            var group: [String: JSONValue] = [
                "replication_group_id": .string(id),
                "description": .string(description),
                "engine": "redis",
                "engine_version": .string(engineVersion),
                "parameter_group_name": .string("default.redis\(majorVersion)"),
                "node_type": .string(nodeType),
                "port": .int(Self.port),
                "num_cache_clusters": .int(topology.nodes),
                "automatic_failover_enabled": .bool(topology.isMultiAZ),
                "multi_az_enabled": .bool(topology.isMultiAZ),
                "subnet_group_name": subnetGroupName.value,
                "security_group_ids": .array(securityGroups.map(\.id.value)),
                "at_rest_encryption_enabled": "true",
                "transit_encryption_enabled": true,
                "transit_encryption_mode": "required",
                "auto_minor_version_upgrade": "true",
                "snapshot_retention_limit": .int(snapshotRetentionDays),
                "apply_immediately": false,
            ]
            if let authToken { group["auth_token"] = authToken.value }
            if let kmsKey { group["kms_key_id"] = kmsKey.arn.value }
            return [
                resource(
                    "aws_elasticache_subnet_group",
                    [
                        "name": .string(id),
                        "description": .string("Private subnets for \(id)"),
                        "subnet_ids": .array(subnets.map(\.value)),
                    ]
                ),
                resource("aws_elasticache_replication_group", group),
            ]
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if case .multiAZ(let nodes) = topology, nodes < 2 {
                problems.append(
                    problem(
                        "replication group `\(id)` is Multi-AZ with \(nodes) node(s); failover needs a replica",
                        hint: "use `.multiAZ(nodes: 2)` or more, or `.singleNode`"
                    )
                )
            }
            if topology.isMultiAZ, subnets.count < 2 {
                problems.append(
                    problem(
                        "replication group `\(id)` is Multi-AZ but has subnets in fewer than two zones",
                        hint: "pass the private subnets of at least two availability zones"
                    )
                )
            }
            return problems
        }
    }
}
