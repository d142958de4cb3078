import InfraCore

extension ECS {
    /// An ECS cluster with Container Insights on.
    public struct Cluster: Construct {
        public let label: String
        public let name: String
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(_ label: String, name: String, file: String = #filePath, line: UInt = #line) {
            self.label = label
            self.name = name
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_ecs_cluster", name: label) }

        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }
        public var clusterName: Ref<RefKind.Name> { Ref(address, "name") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_ecs_cluster",
                    label,
                    ["name": .string(name), "setting": [["name": "containerInsights", "value": "enabled"]]],
                    location: location
                )
            ]
        }
    }
}
