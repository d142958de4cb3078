import InfraCore

extension ECS {
    /// A long-running ECS service on EC2 capacity, optionally behind an ALB target group, spread across zones, with
    /// the deployment circuit breaker rolling back a failed deployment.
    public struct Service: Construct {
        /// The target group a container port is registered in.
        public struct LoadBalancing: Hashable, Sendable {
            public var targetGroup: Ref<RefKind.ARN>
            public var containerName: String
            public var containerPort: Int
            /// The listener the target group is attached through; the service must be created after it.
            public var listener: ResourceAddress

            public init(
                targetGroup: Ref<RefKind.ARN>,
                containerName: String,
                containerPort: Int,
                listener: ResourceAddress
            ) {
                self.targetGroup = targetGroup
                self.containerName = containerName
                self.containerPort = containerPort
                self.listener = listener
            }
        }

        public let label: String
        public let name: String
        public let cluster: Ref<RefKind.ARN>
        public let taskDefinition: Ref<RefKind.ARN>
        public let desiredCount: Int
        public let capacity: EC2Capacity
        public let loadBalancing: LoadBalancing?
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            cluster: Ref<RefKind.ARN>,
            taskDefinition: Ref<RefKind.ARN>,
            desiredCount: Int,
            capacity: EC2Capacity,
            loadBalancing: LoadBalancing?,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.cluster = cluster
            self.taskDefinition = taskDefinition
            self.desiredCount = desiredCount
            self.capacity = capacity
            self.loadBalancing = loadBalancing
            self.location = .swift(filePath: file, line: line)
        }

        public var serviceName: Ref<RefKind.Name> { Ref(ResourceAddress(type: "aws_ecs_service", name: label), "name") }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "name": .string(name),
                "cluster": cluster.value,
                "task_definition": taskDefinition.value,
                "desired_count": .int(desiredCount),
                "capacity_provider_strategy": [
                    ["capacity_provider": capacity.capacityProviderName.value, "weight": 1, "base": 0]
                ],
                "deployment_minimum_healthy_percent": 50,
                "deployment_maximum_percent": 200,
                "deployment_circuit_breaker": [["enable": true, "rollback": true]],
                "ordered_placement_strategy": [
                    ["type": "spread", "field": "attribute:ecs.availability-zone"],
                    ["type": "spread", "field": "instanceId"],
                ],
                "enable_ecs_managed_tags": true,
                "propagate_tags": "SERVICE",
            ]
            var dependsOn = [capacity.associationAddress]
            if let loadBalancing {
                attributes["load_balancer"] = [
                    [
                        "target_group_arn": loadBalancing.targetGroup.value,
                        "container_name": .string(loadBalancing.containerName),
                        "container_port": .int(loadBalancing.containerPort),
                    ]
                ]
                attributes["health_check_grace_period_seconds"] = 60
                dependsOn.append(loadBalancing.listener)
            }
            return [Resource("aws_ecs_service", label, attributes, dependsOn: dependsOn, location: location)]
        }
    }
}
