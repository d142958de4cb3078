import InfraCore

extension ECS {
    /// A task definition: its containers, network mode, and the two roles ECS uses — the execution role (pull the
    /// image, read secrets, write logs) and the task role (what the application itself may call), kept distinct.
    public struct TaskDefinition: Construct {
        /// How a task's containers get network interfaces.
        public enum NetworkMode: String, Hashable, Sendable {
            /// Docker bridge on an EC2 host; ports are mapped to dynamic host ports.
            case bridge
            /// One ENI per task (required on Fargate).
            case awsvpc
        }

        public let label: String
        public let family: String
        public let containers: [Container]
        public let networkMode: NetworkMode
        public let executionRole: Ref<RefKind.ARN>
        public let taskRole: Ref<RefKind.ARN>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            family: String,
            networkMode: NetworkMode,
            executionRole: Ref<RefKind.ARN>,
            taskRole: Ref<RefKind.ARN>,
            containers: [Container],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.family = family
            self.containers = containers
            self.networkMode = networkMode
            self.executionRole = executionRole
            self.taskRole = taskRole
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_ecs_task_definition", name: label) }

        /// The ARN of the current revision.
        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }

        /// The ARN without `:<revision>`, for IAM policies that must keep working across revisions.
        public var arnWithoutRevision: Ref<RefKind.ARN> { Ref(address, "arn_without_revision") }

        public func expand() -> [Resource] {
            let definitions = JSONValue.array(
                containers.map { $0.definition(dynamicHostPorts: networkMode == .bridge) }
            )
            return [
                Resource(
                    "aws_ecs_task_definition",
                    label,
                    [
                        "family": .string(family),
                        "network_mode": .string(networkMode.rawValue),
                        "requires_compatibilities": ["EC2"],
                        "execution_role_arn": executionRole.value,
                        "task_role_arn": taskRole.value,
                        "container_definitions": .embeddedJSON(definitions),
                    ],
                    location: location
                )
            ]
        }
    }
}
