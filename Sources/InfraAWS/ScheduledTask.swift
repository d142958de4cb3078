import InfraCore

extension Events {
    /// Runs an ECS task on a schedule: the EventBridge rule, its ECS target, and a role that may run exactly that
    /// task definition on that cluster and pass exactly its roles (never `iam:PassRole` on `*`).
    public struct ScheduledTask: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let schedule: Schedule
        public let cluster: ECS.Cluster
        public let task: ECS.TaskDefinition
        public let placement: ECS.Service.Placement
        public let taskCount: Int

        /// - Parameters:
        ///   - placement: `.ec2(capacity)` or `.fargate(subnets:securityGroups:)`, as for a service.
        public init(
            _ label: String,
            name: String,
            description: String,
            schedule: Schedule,
            cluster: ECS.Cluster,
            task: ECS.TaskDefinition,
            placement: ECS.Service.Placement,
            taskCount: Int = 1,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.schedule = schedule
            self.cluster = cluster
            self.task = task
            self.placement = placement
            self.taskCount = taskCount
            self.declaration = Declaration(label, file: file, line: line)
        }

        private var role: IAM.Role {
            IAM.Role(
                "\(label)_events",
                name: "\(name)-events",
                description: "Lets EventBridge run the \(task.family) task",
                assumedBy: [.events],
                grants: [.runTask(task, on: cluster)]
            ).declared(at: location)
        }

        public var parts: [any Construct] { [role] }

        private var ruleName: Ref<Name<ScheduledTask>> { ref("aws_cloudwatch_event_rule", "name") }

        public func expand() -> [Resource] {
            var target: [String: JSONValue] = [
                "task_count": .int(taskCount),
                "task_definition_arn": task.arnWithoutRevision.value,
                "propagate_tags": "TASK_DEFINITION",
            ]
            switch placement {
            case .ec2:
                target["launch_type"] = "EC2"
            case .fargate(let subnets, let groups, let publicIP, _):
                target["launch_type"] = "FARGATE"
                target["platform_version"] = "LATEST"
                target["network_configuration"] = [
                    [
                        "subnets": .array(subnets.map(\.value)),
                        "security_groups": .array(groups.map(\.id.value)),
                        "assign_public_ip": .bool(publicIP),
                    ]
                ]
            }
            return [
                resource(
                    "aws_cloudwatch_event_rule",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "schedule_expression": .string(schedule.description),
                    ]
                ),
                resource(
                    "aws_cloudwatch_event_target",
                    [
                        "rule": ruleName.value,
                        "target_id": .string(name),
                        "arn": cluster.arn.value,
                        "role_arn": role.arn.value,
                        "ecs_target": [.object(target)],
                    ]
                ),
            ]
        }
    }
}
