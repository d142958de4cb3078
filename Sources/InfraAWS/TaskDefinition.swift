import InfraCore

extension ECS {
    /// A task definition: its containers, where it runs, and the two roles ECS uses — the execution role (pull the
    /// image, read secrets, write logs) and the task role (what the application itself may call), kept distinct.
    ///
    /// Unless one is given, the execution role is made for this task alone, granted exactly the secrets and log
    /// groups its containers name, so two tasks never share more than they both need.
    public struct TaskDefinition: Construct, Hashable {
        /// How a task's containers get network interfaces on EC2 capacity.
        public enum NetworkMode: String, Hashable, Sendable {
            /// Docker bridge on an EC2 host; ports are mapped to dynamic host ports.
            case bridge
            /// One ENI per task, with its own security groups.
            case awsvpc
        }

        /// Where the task runs; this decides the network mode, the compatibilities and whether the task has a size.
        public enum Compute: Hashable, Sendable {
            /// On the cluster's EC2 capacity.
            case ec2(networkMode: NetworkMode = .bridge)
            /// On Fargate, with a size AWS accepts, always in `awsvpc` mode.
            case fargate(FargateSize, architecture: CPUArchitecture = .x86_64)

            public var networkMode: NetworkMode {
                switch self {
                case .ec2(let mode): mode
                case .fargate: .awsvpc
                }
            }

            var compatibility: String {
                switch self {
                case .ec2: "EC2"
                case .fargate: "FARGATE"
                }
            }
        }

        /// A volume the task's containers can mount.
        public struct Volume: Hashable, Sendable {
            public var name: String
            public var fileSystem: Ref<ID<EFS.FileSystem>>
            public var accessPoint: Ref<ID<EFS.AccessPoint>>?

            /// An EFS file system, mounted with TLS in transit and IAM authorisation through the access point.
            public static func efs(
                _ name: String,
                fileSystem: Ref<ID<EFS.FileSystem>>,
                accessPoint: Ref<ID<EFS.AccessPoint>>? = nil
            ) -> Volume {
                Volume(name: name, fileSystem: fileSystem, accessPoint: accessPoint)
            }

            var json: JSONValue {
                var configuration: [String: JSONValue] = [
                    "file_system_id": fileSystem.value,
                    "transit_encryption": "ENABLED",
                ]
                if let accessPoint {
                    configuration["authorization_config"] = [["access_point_id": accessPoint.value, "iam": "ENABLED"]]
                }
                return ["name": .string(name), "efs_volume_configuration": [.object(configuration)]]
            }
        }

        public var declaration: Declaration
        public let family: String
        public let compute: Compute
        public let containers: [Container]
        public let volumes: [Volume]
        public let executionRole: IAM.Role
        public let taskRole: IAM.Role?
        /// Whether `executionRole` was made for this task (and is therefore part of it).
        public let ownsExecutionRole: Bool

        /// - Parameters:
        ///   - family: the task definition family (≤ 255 characters).
        ///   - compute: `.ec2()` (bridge) or `.fargate(size)`.
        ///   - executionRole: leave `nil` to get a role for this task with exactly what its containers need.
        ///   - taskRole: what the application may call; `nil` for none.
        public init(
            _ label: String,
            family: String,
            compute: Compute,
            executionRole: IAM.Role? = nil,
            taskRole: IAM.Role?,
            containers: [Container],
            volumes: [Volume] = [],
            file: String = #filePath,
            line: UInt = #line
        ) {
            let declaration = Declaration(label, file: file, line: line)
            self.family = family
            self.compute = compute
            self.containers = containers
            self.volumes = volumes
            self.taskRole = taskRole
            self.ownsExecutionRole = executionRole == nil
            self.executionRole =
                executionRole
                ?? IAM.Role(
                    "\(label)_execution",
                    name: "\(family)-execution",
                    description: "Lets ECS start \(family) tasks: pull images, read their secrets, write their logs",
                    assumedBy: [.ecsTasks],
                    grants: containers.flatMap(\.executionGrants)
                ).declared(at: declaration.location)
            self.declaration = declaration
        }

        /// The ARN of the current revision.
        public var arn: Ref<ARN<TaskDefinition>> { ref("aws_ecs_task_definition", "arn") }

        /// The ARN without `:<revision>`, for IAM policies and schedules that must keep working across revisions.
        public var arnWithoutRevision: Ref<ARN<TaskDefinition>> {
            ref("aws_ecs_task_definition", "arn_without_revision")
        }

        /// The container with this name, if the task has one.
        public func container(named name: String) -> Container? { containers.first { $0.name == name } }

        public func expand() -> [Resource] {
            let definitions = JSONValue.array(
                containers.map { $0.definition(dynamicHostPorts: compute.networkMode == .bridge) }
            )
            var attributes: [String: JSONValue] = [
                "family": .string(family),
                "network_mode": .string(compute.networkMode.rawValue),
                "requires_compatibilities": [.string(compute.compatibility)],
                "execution_role_arn": executionRole.arn.value,
                "container_definitions": .embeddedJSON(definitions),
            ]
            if let taskRole { attributes["task_role_arn"] = taskRole.arn.value }
            if case .fargate(let size, let architecture) = compute {
                attributes["cpu"] = .string(String(size.cpu))
                attributes["memory"] = .string(String(size.memoryMiB))
                attributes["runtime_platform"] = [
                    ["operating_system_family": "LINUX", "cpu_architecture": .string(architecture.rawValue)]
                ]
            }
            if !volumes.isEmpty { attributes["volume"] = .array(volumes.map(\.json)) }
            return [resource("aws_ecs_task_definition", attributes)]
        }

        public var parts: [any Construct] { ownsExecutionRole ? [executionRole] : [] }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            let names = Set(containers.map(\.name))
            for container in containers {
                for dependency in container.dependsOn.keys.sorted() where !names.contains(dependency) {
                    problems.append(
                        problem(
                            "container `\(container.name)` waits for `\(dependency)`, which task `\(family)` does not have",
                            hint: "name one of: \(names.sorted().joined(separator: ", "))"
                        )
                    )
                }
                for mount in container.mounts where !volumes.contains(where: { $0.name == mount.volume }) {
                    problems.append(
                        problem(
                            "container `\(container.name)` mounts volume `\(mount.volume)`, which task `\(family)` does not declare",
                            hint: "add `.efs(\"\(mount.volume)\", fileSystem: …)` to the task's `volumes:`"
                        )
                    )
                }
            }
            return problems
        }
    }
}

extension IAM.Grant {
    /// Starting a task (`ecs:RunTask` on any revision of its family, only on `cluster`) and passing it exactly its
    /// own roles — never `iam:PassRole` on `*`.
    public static func runTask(_ task: ECS.TaskDefinition, on cluster: ECS.Cluster) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(
                sid: "RunTask",
                actions: ["ecs:RunTask"],
                resources: [task.arnWithoutRevision.interpolated(suffix: ":*")],
                conditions: ["ArnEquals": ["ecs:cluster": cluster.arn.value]]
            ),
            IAM.Statement(
                sid: "PassTaskRoles",
                actions: ["iam:PassRole"],
                resources: [task.executionRole.arn.value] + (task.taskRole.map { [$0.arn.value] } ?? []),
                conditions: ["StringLike": ["iam:PassedToService": "ecs-tasks.amazonaws.com"]]
            ),
        ])
    }
}
