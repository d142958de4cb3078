import InfraCore

extension EFS {
    /// An EFS file system for container state that must outlive tasks (a vector database's storage): encrypted at
    /// rest, reachable only through mount targets in the given subnets and security groups, moved to Infrequent
    /// Access after a while, and with a policy that refuses any access without TLS.
    ///
    /// Tasks mount it through an `EFS.AccessPoint`, with `ECS.TaskDefinition.Volume.efs(…)` (TLS and IAM enforced).
    public struct FileSystem: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let infrequentAccessAfterDays: Int?
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - name: the creation token and `Name` tag.
        ///   - subnets: one mount target is made in each (one per availability zone).
        ///   - infrequentAccessAfterDays: 1, 7, 14, 30, 60, 90, 180, 270 or 365; `nil` keeps files in Standard.
        public init(
            _ label: String,
            name: String,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            infrequentAccessAfterDays: Int? = 30,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.infrequentAccessAfterDays = infrequentAccessAfterDays
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var id: Ref<ID<FileSystem>> { ref("aws_efs_file_system", "id") }
        public var arn: Ref<ARN<FileSystem>> { ref("aws_efs_file_system", "arn") }

        /// Every mount target, for tasks that must not start before the file system is reachable.
        public var mountTargetDependencies: [Reference] {
            subnets.indices.map { dependency("aws_efs_mount_target", label: "\(label)_\($0 + 1)") }
        }

        static let transitionDays: Set<Int> = [1, 7, 14, 30, 60, 90, 180, 270, 365]

        public func expand() -> [Resource] {
            var fileSystem: [String: JSONValue] = [
                "creation_token": .string(name),
                "encrypted": true,
                "performance_mode": "generalPurpose",
                "throughput_mode": "elastic",
                "tags": ["Name": .string(name)],
            ]
            if let kmsKey { fileSystem["kms_key_id"] = kmsKey.arn.value }
            if let days = infrequentAccessAfterDays {
                fileSystem["lifecycle_policy"] = [
                    ["transition_to_ia": .string("AFTER_\(days)_DAY\(days == 1 ? "" : "S")")],
                    ["transition_to_primary_storage_class": "AFTER_1_ACCESS"],
                ]
            }
            let policy = IAM.PolicyDocument([
                IAM.Statement(
                    sid: "DenyInsecureTransport",
                    effect: .deny,
                    actions: ["*"],
                    resources: [arn.value],
                    principals: .aws(["*"]),
                    conditions: ["Bool": ["aws:SecureTransport": "false"]]
                )
            ])
            var resources = [
                resource("aws_efs_file_system", fileSystem),
                resource(
                    "aws_efs_file_system_policy",
                    ["file_system_id": id.value, "policy": policy.json]
                ),
            ]
            for (index, subnet) in subnets.enumerated() {
                resources.append(
                    resource(
                        "aws_efs_mount_target",
                        label: "\(label)_\(index + 1)",
                        [
                            "file_system_id": id.value,
                            "subnet_id": subnet.value,
                            "security_groups": .array(securityGroups.map(\.id.value)),
                        ]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if let days = infrequentAccessAfterDays, !Self.transitionDays.contains(days) {
                problems.append(
                    problem(
                        "file system `\(name)` moves files to Infrequent Access after \(days) days, which EFS does not offer",
                        hint: "use one of \(Self.transitionDays.sorted().map(String.init).joined(separator: ", "))"
                    )
                )
            }
            if subnets.isEmpty {
                problems.append(
                    problem("file system `\(name)` has no mount target", hint: "pass the subnets tasks run in")
                )
            }
            return problems
        }
    }

    /// An access point: the only way tasks enter the file system, as a fixed POSIX user, inside one directory that
    /// EFS creates with that owner on first use, so containers need neither root nor a shared root directory.
    public struct AccessPoint: Construct, Hashable {
        public var declaration: Declaration
        public let fileSystem: FileSystem
        public let path: String
        public let uid: Int
        public let gid: Int

        public init(
            _ label: String,
            fileSystem: FileSystem,
            path: String,
            uid: Int = 1000,
            gid: Int = 1000,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.fileSystem = fileSystem
            self.path = path
            self.uid = uid
            self.gid = gid
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var id: Ref<ID<AccessPoint>> { ref("aws_efs_access_point", "id") }
        public var arn: Ref<ARN<AccessPoint>> { ref("aws_efs_access_point", "arn") }

        /// The access point is created after the file system's mount targets: it does not need them, but tasks that
        /// mount through it do, and they refer to the access point, so a fresh apply starts no task before the file
        /// system is reachable.
        public func expand() -> [Resource] {
            [
                resource(
                    "aws_efs_access_point",
                    [
                        "file_system_id": fileSystem.id.value,
                        "posix_user": [["uid": .int(uid), "gid": .int(gid)]],
                        "root_directory": [
                            [
                                "path": .string(path),
                                "creation_info": [
                                    ["owner_uid": .int(uid), "owner_gid": .int(gid), "permissions": "0750"]
                                ],
                            ]
                        ],
                    ],
                    dependsOn: fileSystem.mountTargetDependencies
                )
            ]
        }
    }
}

extension IAM.Grant {
    /// Mounting a file system read-write through one access point (IAM authorisation of EFS clients).
    public static func mount(_ accessPoint: EFS.AccessPoint) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(
                sid: "MountFileSystem",
                actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
                resources: [accessPoint.fileSystem.arn.value],
                conditions: ["StringEquals": ["elasticfilesystem:AccessPointArn": accessPoint.arn.value]]
            )
        ])
    }
}
