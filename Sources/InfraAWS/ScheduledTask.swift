import InfraCore

extension Events {
    /// Runs an ECS task on a schedule: the EventBridge rule, its ECS target, and a role that may run exactly that
    /// task definition and pass exactly its two roles (never `iam:PassRole` on `*`).
    public struct ScheduledTask: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let schedule: Schedule
        public let cluster: Ref<RefKind.ARN>
        public let taskDefinition: ECS.TaskDefinition
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            description: String,
            schedule: Schedule,
            cluster: Ref<RefKind.ARN>,
            taskDefinition: ECS.TaskDefinition,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.description = description
            self.schedule = schedule
            self.cluster = cluster
            self.taskDefinition = taskDefinition
            self.location = .swift(filePath: file, line: line)
        }

        private var role: IAM.Role {
            IAM.Role(
                "\(label)_events",
                name: "\(name)-events",
                description: "Lets EventBridge run the \(taskDefinition.family) task",
                assumedBy: [.events],
                statements: [
                    IAM.Statement(
                        sid: "RunTask",
                        actions: ["ecs:RunTask"],
                        resources: [taskDefinition.arnWithoutRevision.interpolated(suffix: ":*")],
                        conditions: ["ArnEquals": ["ecs:cluster": cluster.value]]
                    ),
                    IAM.Statement(
                        sid: "PassTaskRoles",
                        actions: ["iam:PassRole"],
                        resources: [taskDefinition.executionRole.value, taskDefinition.taskRole.value],
                        conditions: ["StringLike": ["iam:PassedToService": "ecs-tasks.amazonaws.com"]]
                    ),
                ],
                file: location.file,
                line: UInt(location.line ?? 0)
            )
        }

        public func expand() -> [Resource] {
            var resources = role.expand()
            resources.append(
                Resource(
                    "aws_cloudwatch_event_rule",
                    label,
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "schedule_expression": .string(schedule.description),
                    ],
                    location: location
                )
            )
            resources.append(
                Resource(
                    "aws_cloudwatch_event_target",
                    label,
                    [
                        "rule": Ref<RefKind.Name>(
                            ResourceAddress(type: "aws_cloudwatch_event_rule", name: label),
                            "name"
                        ).value,
                        "target_id": .string(name),
                        "arn": cluster.value,
                        "role_arn": role.arn.value,
                        "ecs_target": [
                            [
                                "task_count": 1,
                                "task_definition_arn": taskDefinition.arnWithoutRevision.value,
                                "launch_type": "EC2",
                                "propagate_tags": "TASK_DEFINITION",
                            ]
                        ],
                    ],
                    location: location
                )
            )
            return resources
        }
    }
}
