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
    public struct Instance: Construct, Hashable {
        public var declaration: Declaration
        public let identifier: String
        public let engine: Engine
        public let instanceClass: String
        public let storageGiB: Int
        public let databaseName: String
        public let username: String
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let multiAZ: Bool
        public let backupRetentionDays: Int
        public let deletionProtection: Bool
        public let kmsKey: KMS.Key?

        public init(
            _ label: String,
            identifier: String,
            engine: Engine,
            instanceClass: String,
            storageGiB: Int,
            databaseName: String,
            username: String,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            multiAZ: Bool,
            backupRetentionDays: Int = 7,
            deletionProtection: Bool = true,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
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
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The host name applications connect to.
        public var endpointAddress: Ref<Hostname> { ref("aws_db_instance", "address") }

        /// The ARN of the Secrets Manager secret RDS keeps the master credentials in (JSON with `username`, `password`).
        public var masterSecretARN: Ref<ARN<SecretsManager.Secret>> {
            ref("aws_db_instance", "master_user_secret[0].secret_arn")
        }

        /// The master credentials as a secret containers and grants can read; encrypted with `kmsKey` when given.
        public var masterSecret: SecretsManager.ManagedSecret {
            SecretsManager.ManagedSecret(secretARN: masterSecretARN, encryptionKey: kmsKey)
        }

        private var subnetGroupName: Ref<Name<Instance>> { ref("aws_db_subnet_group", "name") }

        public var port: Int { engine.port }

        public func expand() -> [Resource] {
            var instance: [String: JSONValue] = [
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
                "db_subnet_group_name": subnetGroupName.value,
                "vpc_security_group_ids": .array(securityGroups.map(\.id.value)),
                "publicly_accessible": false,
                "multi_az": .bool(multiAZ),
                "backup_retention_period": .int(backupRetentionDays),
                "deletion_protection": .bool(deletionProtection),
                "skip_final_snapshot": false,
                "final_snapshot_identifier": .string("\(identifier)-final"),
                "copy_tags_to_snapshot": true,
                "auto_minor_version_upgrade": true,
                "iam_database_authentication_enabled": true,
            ]
            if let kmsKey {
                instance["kms_key_id"] = kmsKey.arn.value
                instance["master_user_secret_kms_key_id"] = kmsKey.arn.value
            }
            return [
                resource(
                    "aws_db_subnet_group",
                    [
                        "name": .string(identifier),
                        "description": .string("Private subnets for \(identifier)"),
                        "subnet_ids": .array(subnets.map(\.value)),
                    ]
                ),
                resource("aws_db_instance", instance),
            ]
        }
    }
}
