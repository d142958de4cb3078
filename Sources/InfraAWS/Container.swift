import InfraCore

extension ECS {
    /// Where a container's secret value comes from: a Secrets Manager secret, whole or one JSON key of it. ECS reads
    /// it at start with the execution role, so it never appears in the task definition.
    public struct SecretValue: Hashable, Sendable {
        public let secretARN: Ref<ARN<SecretsManager.Secret>>
        public let jsonKey: String?
        public let encryptionKey: KMS.Key?

        /// The whole secret, or the value under `key` when the secret holds JSON.
        public static func secret(_ source: any SecretsManager.SecretSource, key: String? = nil) -> SecretValue {
            SecretValue(secretARN: source.secretARN, jsonKey: key, encryptionKey: source.encryptionKey)
        }

        var valueFrom: JSONValue {
            guard let jsonKey else { return secretARN.value }
            return secretARN.interpolated(suffix: ":\(jsonKey)::")
        }

        var source: SecretsManager.ManagedSecret {
            SecretsManager.ManagedSecret(secretARN: secretARN, encryptionKey: encryptionKey)
        }
    }

    /// Where a container's image comes from: a registry name (Docker Hub, public ECR), or a repository of the stack,
    /// which also grants the execution role exactly the pull it needs.
    public enum Image: Hashable, Sendable, ExpressibleByStringLiteral {
        case named(String)
        case ecr(ECR.Repository, tag: String)

        public init(stringLiteral value: String) { self = .named(value) }

        var json: JSONValue {
            switch self {
            case .named(let name): .string(name)
            case .ecr(let repository, let tag): repository.image(tag: tag)
            }
        }
    }

    /// One container of a task definition. Secrets can only be passed by reference (`secrets`), so a plaintext
    /// password in a task definition cannot be written with the typed API.
    public struct Container: Hashable, Sendable {
        /// A condition another container must reach before this one starts.
        public enum StartCondition: String, Hashable, Sendable {
            case start = "START", complete = "COMPLETE", success = "SUCCESS", healthy = "HEALTHY"
        }

        /// Where the container's logs go.
        public struct Logging: Hashable, Sendable {
            public var group: Logs.LogGroup
            public var region: String
            public var streamPrefix: String

            public init(group: Logs.LogGroup, region: String, streamPrefix: String) {
                self.group = group
                self.region = region
                self.streamPrefix = streamPrefix
            }
        }

        /// An EFS volume of the task mounted into the container.
        public struct Mount: Hashable, Sendable {
            public var volume: String
            public var path: String
            public var readOnly: Bool

            public init(volume: String, path: String, readOnly: Bool = false) {
                self.volume = volume
                self.path = path
                self.readOnly = readOnly
            }
        }

        public var name: String
        public var image: Image
        public var essential: Bool
        public var command: [String]
        public var workingDirectory: String?
        public var ports: [Int]
        public var memoryReservationMiB: Int?
        public var environment: [String: JSONValue]
        /// Environment variable name → where ECS reads the value from at start.
        public var secrets: [String: SecretValue]
        public var dependsOn: [String: StartCondition]
        public var logging: Logging?
        public var initProcessEnabled: Bool
        public var repositoryCredentials: SecretValue?
        public var mounts: [Mount]

        /// - Parameters:
        ///   - image: an image name (`bmltenabled/bmlt-server:aggregator`) or `.ecr(repository, tag:)`.
        ///   - ports: container ports; the first is the one a target group routes to.
        ///   - secrets: `.secret(source)` or `.secret(source, key: "password")`; the task's execution role is granted
        ///     exactly these.
        public init(
            name: String,
            image: Image,
            essential: Bool = true,
            command: [String] = [],
            workingDirectory: String? = nil,
            ports: [Int] = [],
            memoryReservationMiB: Int? = nil,
            environment: [String: JSONValue] = [:],
            secrets: [String: SecretValue] = [:],
            dependsOn: [String: StartCondition] = [:],
            logging: Logging? = nil,
            initProcessEnabled: Bool = true,
            repositoryCredentials: SecretValue? = nil,
            mounts: [Mount] = []
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
            self.mounts = mounts
        }

        /// What ECS needs to start this container: read its secrets and registry credentials, write its logs.
        public var executionGrants: [IAM.Grant] {
            var grants: [IAM.Grant] = []
            let sources =
                secrets.keys.sorted().compactMap { secrets[$0]?.source }
                + [repositoryCredentials?.source]
                .compactMap { $0 }
            for source in sources { grants.append(.read(source)) }
            if let logging { grants.append(.writeLogs(logging.group)) }
            if case .ecr(let repository, _) = image { grants.append(.pull(from: repository)) }
            return grants
        }

        /// The ECS `ContainerDefinition` JSON; `dynamicHostPorts` is true in bridge mode.
        func definition(dynamicHostPorts: Bool) -> JSONValue {
            var members: [String: JSONValue] = [
                "name": .string(name),
                "image": image.json,
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
                    secrets.keys.sorted().map { ["name": .string($0), "valueFrom": secrets[$0]?.valueFrom ?? .null] }
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
                        "awslogs-group": logging.group.logGroupName.value,
                        "awslogs-region": .string(logging.region),
                        "awslogs-stream-prefix": .string(logging.streamPrefix),
                    ],
                ]
            }
            if !mounts.isEmpty {
                members["mountPoints"] = .array(
                    mounts.map {
                        [
                            "sourceVolume": .string($0.volume), "containerPath": .string($0.path),
                            "readOnly": .bool($0.readOnly),
                        ]
                    }
                )
            }
            if initProcessEnabled { members["linuxParameters"] = ["initProcessEnabled": true] }
            if let repositoryCredentials {
                members["repositoryCredentials"] = ["credentialsParameter": repositoryCredentials.valueFrom]
            }
            return .object(members)
        }
    }
}
