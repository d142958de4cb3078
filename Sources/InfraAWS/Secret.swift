import InfraCore

extension SecretsManager {
    /// A Secrets Manager secret whose value is set outside Terraform, so it never appears in state or in a plan.
    /// Containers read it through `secrets`, never through plaintext environment variables.
    public struct Secret: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(_ label: String, name: String, description: String, file: String = #filePath, line: UInt = #line) {
            self.label = label
            self.name = name
            self.description = description
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_secretsmanager_secret", name: label), "arn") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_secretsmanager_secret",
                    label,
                    ["name": .string(name), "description": .string(description), "recovery_window_in_days": 7],
                    location: location
                )
            ]
        }
    }
}
