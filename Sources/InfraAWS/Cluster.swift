import InfraCore

extension ECS {
    /// An ECS cluster with Container Insights on.
    public struct Cluster: Construct, Hashable {
        public var declaration: Declaration
        public let name: String

        public init(_ label: String, name: String, file: String = #filePath, line: UInt = #line) {
            self.name = name
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Cluster>> { ref("aws_ecs_cluster", "arn") }
        public var clusterName: Ref<Name<Cluster>> { ref("aws_ecs_cluster", "name") }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_ecs_cluster",
                    ["name": .string(name), "setting": [["name": "containerInsights", "value": "enabled"]]]
                )
            ]
        }
    }
}
