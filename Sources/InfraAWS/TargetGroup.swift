import InfraCore

extension ELB {
    /// A target group for an ALB, with an explicit health check.
    ///
    /// A group for an ECS service names the task and container it routes to (`.service(task, container: "api")`):
    /// the port is the container's first port and the target type follows the task's network mode (`instance` in
    /// bridge mode, `ip` in awsvpc), so neither is written twice.
    public struct TargetGroup: Construct, Hashable {
        /// What the group routes to.
        public enum Targets: Hashable, Sendable {
            /// A container of an ECS task definition, registered by the service that runs it.
            case service(ECS.TaskDefinition, container: String)
            /// EC2 instances on a port.
            case instances(port: Int)
            /// IP addresses on a port.
            case ips(port: Int)
        }

        /// The protocol between the load balancer and the targets.
        public enum TargetProtocol: String, Hashable, Sendable { case http = "HTTP", https = "HTTPS" }

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

        public var declaration: Declaration
        public let name: String
        public let targets: Targets
        public let targetProtocol: TargetProtocol
        public let vpcID: Ref<ID<EC2.VPC>>
        public let healthCheck: HealthCheck
        public let deregistrationDelaySeconds: Int

        /// - Parameters:
        ///   - name: at most 32 characters of letters, digits and hyphens (AWS rejects longer names at apply).
        ///   - targets: `.service(task, container: "name")` for an ECS service.
        public init(
            _ label: String,
            name: String,
            targets: Targets,
            protocol targetProtocol: TargetProtocol = .http,
            vpc: Ref<ID<EC2.VPC>>,
            healthCheck: HealthCheck,
            deregistrationDelaySeconds: Int = 30,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.targets = targets
            self.targetProtocol = targetProtocol
            self.vpcID = vpc
            self.healthCheck = healthCheck
            self.deregistrationDelaySeconds = deregistrationDelaySeconds
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<TargetGroup>> { ref("aws_lb_target_group", "arn") }
        public var arnSuffix: Ref<ARNSuffix<TargetGroup>> { ref("aws_lb_target_group", "arn_suffix") }

        /// The port traffic is sent to; `nil` when the named container does not exist or exposes no port.
        public var port: Int? {
            switch targets {
            case .service(let task, let container): task.container(named: container)?.ports.first
            case .instances(let port), .ips(let port): port
            }
        }

        /// `instance` or `ip`, as the targets require.
        public var targetType: String {
            switch targets {
            case .service(let task, _): task.compute.networkMode == .bridge ? "instance" : "ip"
            case .instances: "instance"
            case .ips: "ip"
            }
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_lb_target_group",
                    [
                        "name": .string(name),
                        "port": .int(port ?? 80),
                        "protocol": .string(targetProtocol.rawValue),
                        "target_type": .string(targetType),
                        "vpc_id": vpcID.value,
                        "deregistration_delay": .string(String(deregistrationDelaySeconds)),
                        "health_check": [
                            [
                                "enabled": true,
                                "path": .string(healthCheck.path),
                                "matcher": .string(healthCheck.matcher),
                                "protocol": .string(targetProtocol.rawValue),
                                "interval": .int(healthCheck.intervalSeconds),
                                "healthy_threshold": .int(healthCheck.healthyThreshold),
                                "unhealthy_threshold": .int(healthCheck.unhealthyThreshold),
                            ]
                        ],
                    ]
                )
            ]
        }

        public var problems: [Diagnostic] {
            guard case .service(let task, let container) = targets else { return [] }
            guard let found = task.container(named: container) else {
                return [
                    problem(
                        "target group `\(name)` routes to container `\(container)`, which task `\(task.family)` does not have",
                        hint: "name one of: \(task.containers.map(\.name).joined(separator: ", "))"
                    )
                ]
            }
            guard !found.ports.isEmpty else {
                return [
                    problem(
                        "target group `\(name)` routes to container `\(container)`, which exposes no port",
                        hint: "give the container `ports: [port]`"
                    )
                ]
            }
            return []
        }
    }
}
