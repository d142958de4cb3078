extension RDS.Instance {
    /// The `database:` section of stacks that create one RDS instance: the values an environment changes (class,
    /// storage, Multi-AZ, backups, deletion protection), typed so that out-of-range values fail at their YAML line.
    public struct Settings: Decodable, Hashable, Sendable {
        public var identifier: String
        public var engineVersion: String
        public var instanceClass: String
        public var storageGiB: StorageGiB
        public var multiAZ: Bool
        public var backupRetentionDays: BackupRetentionDays
        public var deletionProtection: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case identifier
            case engineVersion = "engine_version"
            case instanceClass = "instance_class"
            case storageGiB = "storage_gib"
            case multiAZ = "multi_az"
            case backupRetentionDays = "backup_retention_days"
            case deletionProtection = "deletion_protection"
        }
    }
}
