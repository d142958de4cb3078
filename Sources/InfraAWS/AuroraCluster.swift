import InfraCore

extension RDS {
    /// The capacity range of an Aurora Serverless v2 cluster, in Aurora capacity units (1 ACU ≈ 2 GiB of memory).
    ///
    /// AWS accepts half-ACU steps from 0.5 up to 256; anything else is rejected only at apply, so an invalid range
    /// cannot be built (`init?` returns `nil`) and decoding it from settings fails at the YAML line.
    public struct ServerlessCapacity: Hashable, Sendable, Decodable, CustomStringConvertible {
        public let minimumACU: Double
        public let maximumACU: Double

        /// `nil` unless both ends are half-ACU steps within 0.5–256 and the minimum is not above the maximum.
        public init?(minimumACU: Double, maximumACU: Double) {
            let valid = { (value: Double) in value >= 0.5 && value <= 256 && (value * 2).rounded() == value * 2 }
            guard valid(minimumACU), valid(maximumACU), maximumACU >= 1, minimumACU <= maximumACU else { return nil }
            self.minimumACU = minimumACU
            self.maximumACU = maximumACU
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case minimumACU = "min_acu"
            case maximumACU = "max_acu"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let minimum = try container.decode(Double.self, forKey: .minimumACU)
            let maximum = try container.decode(Double.self, forKey: .maximumACU)
            guard let capacity = ServerlessCapacity(minimumACU: minimum, maximumACU: maximum) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .minimumACU,
                    in: container,
                    debugDescription:
                        "min_acu \(minimum) and max_acu \(maximum) are not an Aurora Serverless v2 range: half-ACU steps, 0.5 ≤ min ≤ max ≤ 256, max ≥ 1"
                )
            }
            self = capacity
        }

        public var description: String { "\(minimumACU)–\(maximumACU) ACU" }
    }

    /// An Aurora Serverless v2 PostgreSQL cluster: the cluster, its `db.serverless` instances, a subnet group, and a
    /// log group for each exported log (so RDS does not create one that keeps logs forever).
    ///
    /// Secure defaults, none of them optional: storage encrypted with a customer-managed key (encryption cannot be
    /// added to an existing cluster), the master password generated and rotated by RDS in Secrets Manager under the
    /// same key (never in Terraform state), instances not publicly accessible, IAM authentication on, backups kept, a
    /// final snapshot on destroy and tags copied to snapshots. Deletion protection is a parameter so that
    /// non-production environments can be torn down.
    public struct AuroraCluster: Construct, Hashable {
        public var declaration: Declaration
        public let identifier: String
        public let engineVersion: String
        public let capacity: ServerlessCapacity
        public let instances: Int
        public let databaseName: String
        public let username: String
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let kmsKey: KMS.Key
        public let backupRetentionDays: Int
        public let backupWindow: String
        public let maintenanceWindow: String
        public let deletionProtection: Bool
        public let logExports: [String]
        public let logRetentionDays: Int
        public let logKey: KMS.Key?

        /// - Parameters:
        ///   - identifier: the cluster identifier (1–63 lower-case letters, digits, hyphens; starts with a letter);
        ///     instances are named `<identifier>-1`, `-2`, ….
        ///   - engineVersion: an `aurora-postgresql` version that exists in the region, e.g. `15.4`.
        ///   - instances: `db.serverless` instances, 1 to 16 (a writer and up to 15 Aurora Replicas); more than one adds
        ///     readers in other zones for failover. A count outside that range is a `CORE004` problem, and at most 16
        ///     are rendered, so a mistyped count cannot make a render build billions of resources.
        ///   - kmsKey: the customer-managed key for storage, Performance Insights and the master secret.
        ///   - backupWindow / maintenanceWindow: UTC, `hh:mm-hh:mm` and `ddd:hh:mm-ddd:hh:mm`, not overlapping.
        ///   - logExports: logs published to CloudWatch (`postgresql`).
        ///   - logRetentionDays: retention of the exported logs' groups.
        public init(
            _ label: String,
            identifier: String,
            engineVersion: String,
            capacity: ServerlessCapacity,
            instances: Int = 1,
            databaseName: String,
            username: String,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            kmsKey: KMS.Key,
            backupRetentionDays: Int = 7,
            backupWindow: String = "03:00-04:00",
            maintenanceWindow: String = "sun:04:30-sun:05:30",
            deletionProtection: Bool = true,
            logExports: [String] = ["postgresql"],
            logRetentionDays: Int,
            logKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.identifier = identifier
            self.engineVersion = engineVersion
            self.capacity = capacity
            self.instances = instances
            self.databaseName = databaseName
            self.username = username
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.kmsKey = kmsKey
            self.backupRetentionDays = backupRetentionDays
            self.backupWindow = backupWindow
            self.maintenanceWindow = maintenanceWindow
            self.deletionProtection = deletionProtection
            self.logExports = logExports
            self.logRetentionDays = logRetentionDays
            self.logKey = logKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The most instances an Aurora cluster has: one writer and 15 Aurora Replicas.
        public static let maximumInstances = 16

        /// PostgreSQL's port.
        public var port: Int { 5432 }

        public var arn: Ref<ARN<AuroraCluster>> { ref("aws_rds_cluster", "arn") }

        /// The writer endpoint applications connect to.
        public var endpoint: Ref<Hostname> { ref("aws_rds_cluster", "endpoint") }

        /// The reader endpoint, spread over the readers (the writer when there is none).
        public var readerEndpoint: Ref<Hostname> { ref("aws_rds_cluster", "reader_endpoint") }

        private var clusterID: Ref<ID<AuroraCluster>> { ref("aws_rds_cluster", "id") }

        private var subnetGroupName: Ref<Name<AuroraCluster>> { ref("aws_db_subnet_group", "name") }

        /// The ARN of the secret RDS keeps the master credentials in (JSON with `username` and `password`).
        public var masterSecretARN: Ref<ARN<SecretsManager.Secret>> {
            ref("aws_rds_cluster", "master_user_secret[0].secret_arn")
        }

        /// The master credentials as a secret containers and grants can read (decrypted with `kmsKey`).
        public var masterSecret: SecretsManager.ManagedSecret {
            SecretsManager.ManagedSecret(secretARN: masterSecretARN, encryptionKey: kmsKey)
        }

        /// The groups RDS writes exported logs to, created first so their retention and key apply from the start.
        private var logGroups: [Logs.LogGroup] {
            logExports.map { log in
                Logs.LogGroup(
                    "\(label)_\(ResourceAddress.label(from: log))",
                    name: "/aws/rds/cluster/\(identifier)/\(log)",
                    retentionDays: logRetentionDays,
                    kmsKey: logKey
                ).declared(at: location)
            }
        }

        public var parts: [any Construct] { logGroups }

        public func expand() -> [Resource] {
            var resources = [
                resource(
                    "aws_db_subnet_group",
                    [
                        "name": .string(identifier),
                        "description": .string("Isolated subnets of the \(identifier) Aurora cluster"),
                        "subnet_ids": .array(subnets.map(\.value)),
                    ]
                ),
                resource(
                    "aws_rds_cluster",
                    [
                        "cluster_identifier": .string(identifier),
                        "engine": "aurora-postgresql",
                        "engine_mode": "provisioned",
                        "engine_version": .string(engineVersion),
                        "database_name": .string(databaseName),
                        "master_username": .string(username),
                        "manage_master_user_password": true,
                        "master_user_secret_kms_key_id": kmsKey.arn.value,
                        "storage_encrypted": true,
                        "kms_key_id": kmsKey.arn.value,
                        "port": .int(port),
                        "db_subnet_group_name": subnetGroupName.value,
                        "vpc_security_group_ids": .array(securityGroups.map(\.id.value)),
                        "serverlessv2_scaling_configuration": [
                            [
                                "min_capacity": .double(capacity.minimumACU),
                                "max_capacity": .double(capacity.maximumACU),
                            ]
                        ],
                        "backup_retention_period": .int(backupRetentionDays),
                        "preferred_backup_window": .string(backupWindow),
                        "preferred_maintenance_window": .string(maintenanceWindow),
                        "deletion_protection": .bool(deletionProtection),
                        "skip_final_snapshot": false,
                        "final_snapshot_identifier": .string("\(identifier)-final"),
                        "copy_tags_to_snapshot": true,
                        "iam_database_authentication_enabled": true,
                        "enabled_cloudwatch_logs_exports": .strings(logExports),
                    ],
                    dependsOn: logGroups.map(\.groupDependency)
                ),
            ]
            for index in 0..<min(max(instances, 0), Self.maximumInstances) {
                resources.append(
                    resource(
                        "aws_rds_cluster_instance",
                        label: "\(label)_\(index + 1)",
                        [
                            "identifier": .string("\(identifier)-\(index + 1)"),
                            "cluster_identifier": clusterID.value,
                            "instance_class": "db.serverless",
                            "engine": "aurora-postgresql",
                            "engine_version": .string(engineVersion),
                            "db_subnet_group_name": subnetGroupName.value,
                            "publicly_accessible": false,
                            "auto_minor_version_upgrade": true,
                            "performance_insights_enabled": true,
                            "performance_insights_kms_key_id": kmsKey.arn.value,
                            "performance_insights_retention_period": 7,
                            "copy_tags_to_snapshot": true,
                        ]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if instances < 1 {
                problems.append(
                    problem(
                        "Aurora cluster `\(identifier)` has no instance, so nothing can connect to it",
                        hint: "pass `instances: 1` or more"
                    )
                )
            }
            if instances > Self.maximumInstances {
                problems.append(
                    problem(
                        "Aurora cluster `\(identifier)` asks for \(instances) instances; a cluster has at most \(Self.maximumInstances) (a writer and 15 replicas)",
                        hint: "pass `instances:` from 1 to \(Self.maximumInstances)"
                    )
                )
            }
            if subnets.count < 2 {
                problems.append(
                    problem(
                        "Aurora cluster `\(identifier)` has \(subnets.count) subnet(s); a DB subnet group needs two zones",
                        hint: "pass the network's isolated subnets of at least two availability zones"
                    )
                )
            }
            return problems
        }
    }
}
