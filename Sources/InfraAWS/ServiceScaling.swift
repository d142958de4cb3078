import InfraCore

extension ECS {
    /// Application auto scaling of a service's task count: limits, and target-tracking policies on CPU, memory or a
    /// queue's depth.
    public struct ServiceScaling: Hashable, Sendable {
        /// What a policy keeps near its target.
        public enum Target: Hashable, Sendable {
            /// Average CPU utilisation of the service, in percent.
            case cpu(percent: Int)
            /// Average memory utilisation of the service, in percent.
            case memory(percent: Int)
            /// Messages visible in `queue` (ApproximateNumberOfMessagesVisible): tasks are added while more wait.
            case queueDepth(SQS.Queue, visibleMessages: Int)

            var label: String {
                switch self {
                case .cpu: "cpu"
                case .memory: "memory"
                case .queueDepth(let queue, _): "\(queue.label)_depth"
                }
            }
        }

        public var minTasks: Int
        public var maxTasks: Int
        public var targets: [Target]
        public var scaleInCooldownSeconds: Int
        public var scaleOutCooldownSeconds: Int

        public init(
            minTasks: Int,
            maxTasks: Int,
            targets: [Target],
            scaleInCooldownSeconds: Int = 300,
            scaleOutCooldownSeconds: Int = 60
        ) {
            self.minTasks = minTasks
            self.maxTasks = maxTasks
            self.targets = targets
            self.scaleInCooldownSeconds = scaleInCooldownSeconds
            self.scaleOutCooldownSeconds = scaleOutCooldownSeconds
        }

        func construct(for service: Service) -> AppAutoScaling.ServiceTarget {
            AppAutoScaling.ServiceTarget("\(service.label)_scaling", service: service, scaling: self)
                .declared(at: service.location)
        }
    }
}

extension AppAutoScaling {
    /// The scalable target of an ECS service and its target-tracking policies; made by `ECS.Service(scaling:)`.
    public struct ServiceTarget: Construct, Hashable {
        public var declaration: Declaration
        public let clusterName: Ref<Name<ECS.Cluster>>
        public let serviceName: Ref<Name<ECS.Service>>
        public let scaling: ECS.ServiceScaling

        init(
            _ label: String,
            service: ECS.Service,
            scaling: ECS.ServiceScaling,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.clusterName = service.cluster.clusterName
            self.serviceName = service.serviceName
            self.scaling = scaling
            self.declaration = Declaration(label, file: file, line: line)
        }

        private var resourceID: JSONValue {
            guard let cluster = clusterName.reference, let service = serviceName.reference else { return .null }
            return .template(
                Template(
                    text: "service/${\(cluster.traversal)}/${\(service.traversal)}",
                    references: [cluster, service]
                )
            )
        }

        public func expand() -> [Resource] {
            let target = address("aws_appautoscaling_target")
            let targetRef = { (attribute: String) -> JSONValue in
                Ref<Opaque>(target, attribute, origin: ConstructOrigin(self)).value
            }
            var resources = [
                resource(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs",
                        "scalable_dimension": "ecs:service:DesiredCount",
                        "resource_id": resourceID,
                        "min_capacity": .int(scaling.minTasks),
                        "max_capacity": .int(scaling.maxTasks),
                    ]
                )
            ]
            for policy in scaling.targets {
                var configuration: [String: JSONValue] = [
                    "scale_in_cooldown": .int(scaling.scaleInCooldownSeconds),
                    "scale_out_cooldown": .int(scaling.scaleOutCooldownSeconds),
                ]
                switch policy {
                case .cpu(let percent):
                    configuration["target_value"] = .int(percent)
                    configuration["predefined_metric_specification"] = [
                        ["predefined_metric_type": "ECSServiceAverageCPUUtilization"]
                    ]
                case .memory(let percent):
                    configuration["target_value"] = .int(percent)
                    configuration["predefined_metric_specification"] = [
                        ["predefined_metric_type": "ECSServiceAverageMemoryUtilization"]
                    ]
                case .queueDepth(let queue, let perTask):
                    configuration["target_value"] = .int(perTask)
                    configuration["customized_metric_specification"] = [
                        [
                            "metric_name": "ApproximateNumberOfMessagesVisible",
                            "namespace": "AWS/SQS",
                            "statistic": "Average",
                            "dimensions": [["name": "QueueName", "value": queue.queueName.value]],
                        ]
                    ]
                }
                resources.append(
                    resource(
                        "aws_appautoscaling_policy",
                        label: "\(label)_\(policy.label)",
                        [
                            "name": .string(String("\(label)-\(policy.label)".map { $0 == "_" ? "-" : $0 })),
                            "policy_type": "TargetTrackingScaling",
                            "service_namespace": targetRef("service_namespace"),
                            "scalable_dimension": targetRef("scalable_dimension"),
                            "resource_id": targetRef("resource_id"),
                            "target_tracking_scaling_policy_configuration": [.object(configuration)],
                        ]
                    )
                )
            }
            return resources
        }
    }
}
