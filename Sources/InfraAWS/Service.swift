import InfraCore

extension ECS {
    /// A long-running ECS service on EC2 capacity or Fargate, optionally registered in ALB target groups, with the
    /// deployment circuit breaker rolling back a failed deployment and, when asked, application auto scaling.
    public struct Service: Construct, Hashable {
        /// Where the service's tasks run; it must match the task definition's `compute`.
        public enum Placement: Hashable, Sendable {
            /// On a cluster's EC2 capacity provider, spread across zones and hosts (bridge networking).
            case ec2(EC2Capacity)
            /// On Fargate (or Fargate Spot), one ENI per task in `subnets` with `securityGroups`; `publicIP` only
            /// where tasks sit in public subnets without NAT.
            case fargate(
                subnets: [Ref<ID<EC2.Subnet>>],
                securityGroups: [EC2.SecurityGroup],
                publicIP: Bool = false,
                spot: Bool = false
            )
        }

        /// Target groups the service registers its tasks in, and what must exist before it does: the listener or
        /// rules that attach those groups to a load balancer (ECS refuses a group no load balancer uses).
        public struct LoadBalancing: Hashable, Sendable {
            public var targetGroups: [ELB.TargetGroup]
            public var after: [Reference]

            /// Registers in `targetGroups` once every resource in `after` exists.
            public init(targetGroups: [ELB.TargetGroup], after: [Reference]) {
                self.targetGroups = targetGroups
                self.after = after
            }

            /// Registers in `targetGroups`, after the load balancer's listeners and the given rules exist.
            public static func behind(
                _ loadBalancer: ELB.ApplicationLoadBalancer,
                targetGroups: [ELB.TargetGroup],
                rules: [ELB.ListenerRule] = []
            ) -> LoadBalancing {
                LoadBalancing(
                    targetGroups: targetGroups,
                    after: loadBalancer.listenerDependencies + rules.map(\.ruleDependency)
                )
            }
        }

        public var declaration: Declaration
        public let name: String
        public let cluster: Cluster
        public let task: TaskDefinition
        public let desiredCount: Int
        public let placement: Placement
        public let loadBalancing: LoadBalancing?
        public let scaling: ServiceScaling?

        /// - Parameters:
        ///   - desiredCount: tasks to run; with `scaling`, the starting count (later changes are left to scaling).
        ///   - placement: `.ec2(capacity)` for `.ec2()` tasks, `.fargate(subnets:securityGroups:)` for Fargate ones.
        ///   - loadBalancing: `.behind(alb, targetGroups: [group])`; each group names the container it routes to.
        ///   - scaling: task-count limits and target-tracking policies.
        public init(
            _ label: String,
            name: String,
            cluster: Cluster,
            task: TaskDefinition,
            desiredCount: Int,
            placement: Placement,
            loadBalancing: LoadBalancing? = nil,
            scaling: ServiceScaling? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.cluster = cluster
            self.task = task
            self.desiredCount = desiredCount
            self.placement = placement
            self.loadBalancing = loadBalancing
            self.scaling = scaling
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var serviceName: Ref<Name<Service>> { ref("aws_ecs_service", "name") }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "name": .string(name),
                "cluster": cluster.arn.value,
                "task_definition": task.arn.value,
                "desired_count": .int(desiredCount),
                "deployment_minimum_healthy_percent": 50,
                "deployment_maximum_percent": 200,
                "deployment_circuit_breaker": [["enable": true, "rollback": true]],
                "enable_ecs_managed_tags": true,
                "propagate_tags": "SERVICE",
            ]
            var dependsOn: [Reference] = []
            switch placement {
            case .ec2(let capacity):
                attributes["capacity_provider_strategy"] = [
                    ["capacity_provider": capacity.capacityProviderName.value, "weight": 1, "base": 0]
                ]
                attributes["ordered_placement_strategy"] = [
                    ["type": "spread", "field": "attribute:ecs.availability-zone"],
                    ["type": "spread", "field": "instanceId"],
                ]
                dependsOn.append(capacity.association)
                if task.compute.networkMode == .awsvpc { attributes["network_configuration"] = networkConfiguration }
            case .fargate(_, _, _, let spot):
                if spot {
                    attributes["capacity_provider_strategy"] = [["capacity_provider": "FARGATE_SPOT", "weight": 1]]
                } else {
                    attributes["launch_type"] = "FARGATE"
                }
                attributes["platform_version"] = "LATEST"
                attributes["network_configuration"] = networkConfiguration
            }
            if let loadBalancing {
                attributes["load_balancer"] = .array(
                    loadBalancing.targetGroups.compactMap { group in
                        guard case .service(_, let container) = group.targets, let port = group.port else { return nil }
                        return [
                            "target_group_arn": group.arn.value,
                            "container_name": .string(container),
                            "container_port": .int(port),
                        ]
                    }
                )
                attributes["health_check_grace_period_seconds"] = 60
                dependsOn += loadBalancing.after
            }
            if scaling != nil { attributes["lifecycle"] = ["ignore_changes": [.expression("desired_count")]] }
            return [resource("aws_ecs_service", attributes, dependsOn: dependsOn)]
        }

        private var networkConfiguration: JSONValue {
            guard case .fargate(let subnets, let groups, let publicIP, _) = placement else { return .null }
            return [
                [
                    "subnets": .array(subnets.map(\.value)),
                    "security_groups": .array(groups.map(\.id.value)),
                    "assign_public_ip": .bool(publicIP),
                ]
            ]
        }

        public var parts: [any Construct] {
            guard let scaling else { return [] }
            return [scaling.construct(for: self)]
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            switch (placement, task.compute) {
            case (.ec2, .fargate):
                problems.append(
                    problem(
                        "service `\(name)` is placed on EC2 capacity but task `\(task.family)` is a Fargate task",
                        hint: "use `placement: .fargate(subnets:securityGroups:)`, or `compute: .ec2()` on the task"
                    )
                )
            case (.fargate, .ec2):
                problems.append(
                    problem(
                        "service `\(name)` is placed on Fargate but task `\(task.family)` is an EC2 task",
                        hint: "use `compute: .fargate(size)` on the task, or `placement: .ec2(capacity)`"
                    )
                )
            default: break
            }
            for group in loadBalancing?.targetGroups ?? [] {
                guard case .service(let groupTask, _) = group.targets else {
                    problems.append(
                        problem(
                            "target group `\(group.name)` does not route to a service's container",
                            hint: "declare it with `targets: .service(task, container: \"name\")`"
                        )
                    )
                    continue
                }
                if groupTask.family != task.family {
                    problems.append(
                        problem(
                            "target group `\(group.name)` routes to task `\(groupTask.family)`, not to this service's `\(task.family)`",
                            hint: "pass the service's own task definition to the target group"
                        )
                    )
                }
            }
            return problems
        }
    }
}
