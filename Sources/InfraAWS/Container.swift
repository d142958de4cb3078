import InfraCore

extension ECS {
    /// One container of a task definition. Secrets can only be passed by reference (`secrets`), so a plaintext
    /// password in a task definition cannot be written with the typed API.
    public struct Container: Hashable, Sendable {
        /// A condition another container must reach before this one starts.
        public enum StartCondition: String, Hashable, Sendable {
            case start = "START", complete = "COMPLETE", success = "SUCCESS", healthy = "HEALTHY"
        }

        /// Where the container's logs go.
        public struct Logging: Hashable, Sendable {
            public var group: Ref<RefKind.Name>
            public var region: String
            public var streamPrefix: String

            public init(group: Ref<RefKind.Name>, region: String, streamPrefix: String) {
                self.group = group
                self.region = region
                self.streamPrefix = streamPrefix
            }
        }

        public var name: String
        public var image: String
        public var essential: Bool
        public var command: [String]
        public var workingDirectory: String?
        public var ports: [Int]
        public var memoryReservationMiB: Int?
        public var environment: [String: JSONValue]
        /// Environment variable name → the ARN (optionally with `:json-key::`) ECS reads the value from at start.
        public var secrets: [String: JSONValue]
        public var dependsOn: [String: StartCondition]
        public var logging: Logging?
        public var initProcessEnabled: Bool
        public var repositoryCredentials: Ref<RefKind.ARN>?

        public init(
            name: String,
            image: String,
            essential: Bool = true,
            command: [String] = [],
            workingDirectory: String? = nil,
            ports: [Int] = [],
            memoryReservationMiB: Int? = nil,
            environment: [String: JSONValue] = [:],
            secrets: [String: JSONValue] = [:],
            dependsOn: [String: StartCondition] = [:],
            logging: Logging? = nil,
            initProcessEnabled: Bool = true,
            repositoryCredentials: Ref<RefKind.ARN>? = nil
        ) {
            self.name = name
            self.image = image
            self.essential = essential
            self.command = command
            self.workingDirectory = workingDirectory
            self.ports = ports
            self.memoryReservationMiB = memoryReservationMiB
            self.environment = environment
            self.secrets = secrets
            self.dependsOn = dependsOn
            self.logging = logging
            self.initProcessEnabled = initProcessEnabled
            self.repositoryCredentials = repositoryCredentials
        }

        /// The ECS `ContainerDefinition` JSON; `dynamicHostPorts` is true in bridge mode.
        func definition(dynamicHostPorts: Bool) -> JSONValue {
            var members: [String: JSONValue] = [
                "name": .string(name),
                "image": .string(image),
                "essential": .bool(essential),
            ]
            if !command.isEmpty { members["command"] = .strings(command) }
            if let workingDirectory { members["workingDirectory"] = .string(workingDirectory) }
            if !ports.isEmpty {
                members["portMappings"] = .array(
                    ports.map { port in
                        ["containerPort": .int(port), "hostPort": .int(dynamicHostPorts ? 0 : port), "protocol": "tcp"]
                    }
                )
            }
            if let memoryReservationMiB { members["memoryReservation"] = .int(memoryReservationMiB) }
            if !environment.isEmpty {
                members["environment"] = .array(
                    environment.keys.sorted().map { ["name": .string($0), "value": environment[$0] ?? .null] }
                )
            }
            if !secrets.isEmpty {
                members["secrets"] = .array(
                    secrets.keys.sorted().map { ["name": .string($0), "valueFrom": secrets[$0] ?? .null] }
                )
            }
            if !dependsOn.isEmpty {
                members["dependsOn"] = .array(
                    dependsOn.keys.sorted().map {
                        ["containerName": .string($0), "condition": .string(dependsOn[$0]?.rawValue ?? "START")]
                    }
                )
            }
            if let logging {
                members["logConfiguration"] = [
                    "logDriver": "awslogs",
                    "options": [
                        "awslogs-group": logging.group.value,
                        "awslogs-region": .string(logging.region),
                        "awslogs-stream-prefix": .string(logging.streamPrefix),
                    ],
                ]
            }
            if initProcessEnabled { members["linuxParameters"] = ["initProcessEnabled": true] }
            if let repositoryCredentials {
                members["repositoryCredentials"] = ["credentialsParameter": repositoryCredentials.value]
            }
            return .object(members)
        }
    }
}
