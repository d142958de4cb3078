import InfraCore

extension ELB {
    /// A target group for an ALB, with an explicit health check.
    public struct TargetGroup: Construct {
        /// What the group routes to: EC2 instances (ECS bridge mode), or IPs (awsvpc and Fargate tasks).
        public enum TargetType: String, Hashable, Sendable { case instance, ip }

        /// The health check a target must pass before it gets traffic.
        public struct HealthCheck: Hashable, Sendable {
            public var path: String
            public var matcher: String
            public var intervalSeconds: Int
            public var healthyThreshold: Int
            public var unhealthyThreshold: Int

            public init(
                path: String,
                matcher: String = "200",
                intervalSeconds: Int = 30,
                healthyThreshold: Int = 3,
                unhealthyThreshold: Int = 3
            ) {
                self.path = path
                self.matcher = matcher
                self.intervalSeconds = intervalSeconds
                self.healthyThreshold = healthyThreshold
                self.unhealthyThreshold = unhealthyThreshold
            }
        }

        public let label: String
        public let name: String
        public let port: Int
        public let targetType: TargetType
        public let vpcID: Ref<RefKind.ID>
        public let healthCheck: HealthCheck
        public let deregistrationDelaySeconds: Int
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            port: Int,
            targetType: TargetType,
            vpc: Ref<RefKind.ID>,
            healthCheck: HealthCheck,
            deregistrationDelaySeconds: Int = 30,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.port = port
            self.targetType = targetType
            self.vpcID = vpc
            self.healthCheck = healthCheck
            self.deregistrationDelaySeconds = deregistrationDelaySeconds
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_lb_target_group", name: label) }

        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }
        public var arnSuffix: Ref<RefKind.ARNSuffix> { Ref(address, "arn_suffix") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_lb_target_group",
                    label,
                    [
                        "name": .string(name),
                        "port": .int(port),
                        "protocol": "HTTP",
                        "target_type": .string(targetType.rawValue),
                        "vpc_id": vpcID.value,
                        "deregistration_delay": .string(String(deregistrationDelaySeconds)),
                        "health_check": [
                            [
                                "enabled": true,
                                "path": .string(healthCheck.path),
                                "matcher": .string(healthCheck.matcher),
                                "protocol": "HTTP",
                                "interval": .int(healthCheck.intervalSeconds),
                                "healthy_threshold": .int(healthCheck.healthyThreshold),
                                "unhealthy_threshold": .int(healthCheck.unhealthyThreshold),
                            ]
                        ],
                    ],
                    location: location
                )
            ]
        }
    }

    /// A listener rule that forwards requests for the given host names to a target group.
    public struct HostRule: Construct {
        public let label: String
        public let listener: Ref<RefKind.ARN>
        public let priority: Int
        public let hosts: [String]
        public let targetGroup: Ref<RefKind.ARN>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        /// - Parameter priority: explicit, so that the order of rules is reviewed rather than left to the provider;
        ///   it must be unique per listener (AWS rejects duplicates only at apply).
        public init(
            _ label: String,
            listener: Ref<RefKind.ARN>,
            priority: Int,
            hosts: [String],
            forwardTo targetGroup: Ref<RefKind.ARN>,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.listener = listener
            self.priority = priority
            self.hosts = hosts
            self.targetGroup = targetGroup
            self.location = .swift(filePath: file, line: line)
        }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_lb_listener_rule",
                    label,
                    [
                        "listener_arn": listener.value,
                        "priority": .int(priority),
                        "action": [["type": "forward", "target_group_arn": targetGroup.value]],
                        "condition": [["host_header": [["values": .strings(hosts)]]]],
                    ],
                    location: location
                )
            ]
        }
    }
}
