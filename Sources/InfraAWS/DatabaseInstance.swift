import InfraCore

extension RDS {
    /// The engines infragen's stacks run, with the version written out so that a plan shows upgrades.
    public enum Engine: Hashable, Sendable {
        case mysql(version: String)
        case postgres(version: String)

        var name: String {
            switch self {
            case .mysql: "mysql"
            case .postgres: "postgres"
            }
        }

        var version: String {
            switch self {
            case .mysql(let version), .postgres(let version): version
            }
        }

        var port: Int {
            switch self {
            case .mysql: 3306
            case .postgres: 5432
            }
        }
    }

    /// An RDS instance in private subnets with secure defaults: storage encrypted, not publicly accessible, the
    /// master password generated and kept by RDS in Secrets Manager (never in Terraform state), backups kept,
    /// deletion protected, and a final snapshot on destroy.
    public struct Instance: Construct {
        public let label: String
        public let identifier: String
        public let engine: Engine
        public let instanceClass: String
        public let storageGiB: Int
        public let databaseName: String
        public let username: String
        public let subnets: [Ref<RefKind.ID>]
        public let securityGroups: [Ref<RefKind.ID>]
        public let multiAZ: Bool
        public let backupRetentionDays: Int
        public let deletionProtection: Bool
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            identifier: String,
            engine: Engine,
            instanceClass: String,
            storageGiB: Int,
            databaseName: String,
            username: String,
            subnets: [Ref<RefKind.ID>],
            securityGroups: [Ref<RefKind.ID>],
            multiAZ: Bool,
            backupRetentionDays: Int = 7,
            deletionProtection: Bool = true,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.identifier = identifier
            self.engine = engine
            self.instanceClass = instanceClass
            self.storageGiB = storageGiB
            self.databaseName = databaseName
            self.username = username
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.multiAZ = multiAZ
            self.backupRetentionDays = backupRetentionDays
            self.deletionProtection = deletionProtection
            self.location = .swift(filePath: file, line: line)
        }

        private var instanceAddress: ResourceAddress { ResourceAddress(type: "aws_db_instance", name: label) }

        /// The host name applications connect to.
        public var endpointAddress: Ref<RefKind.Hostname> { Ref(instanceAddress, "address") }

        /// The ARN of the Secrets Manager secret RDS keeps the master credentials in (JSON with `username`, `password`).
        public var masterSecretARN: Ref<RefKind.ARN> { Ref(instanceAddress, "master_user_secret[0].secret_arn") }

        public var port: Int { engine.port }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_db_subnet_group",
                    label,
                    [
                        "name": .string(identifier),
                        "description": .string("Private subnets for \(identifier)"),
                        "subnet_ids": .array(subnets.map(\.value)),
                    ],
                    location: location
                ),
                Resource(
                    "aws_db_instance",
                    label,
                    [
                        "identifier": .string(identifier),
                        "engine": .string(engine.name),
                        "engine_version": .string(engine.version),
                        "instance_class": .string(instanceClass),
                        "allocated_storage": .int(storageGiB),
                        "storage_type": "gp3",
                        "storage_encrypted": true,
                        "db_name": .string(databaseName),
                        "username": .string(username),
                        "manage_master_user_password": true,
                        "port": .int(engine.port),
                        "db_subnet_group_name": Ref<RefKind.Name>(
                            ResourceAddress(type: "aws_db_subnet_group", name: label),
                            "name"
                        ).value,
                        "vpc_security_group_ids": .array(securityGroups.map(\.value)),
                        "publicly_accessible": false,
                        "multi_az": .bool(multiAZ),
                        "backup_retention_period": .int(backupRetentionDays),
                        "deletion_protection": .bool(deletionProtection),
                        "skip_final_snapshot": false,
                        "final_snapshot_identifier": .string("\(identifier)-final"),
                        "copy_tags_to_snapshot": true,
                        "auto_minor_version_upgrade": true,
                        "iam_database_authentication_enabled": true,
                    ],
                    location: location
                ),
            ]
        }
    }
}
