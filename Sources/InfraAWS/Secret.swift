import InfraCore

extension SecretsManager {
    /// A Secrets Manager secret whose value is set outside Terraform, so it never appears in state or in a plan.
    /// Containers read it through `secrets`, never through plaintext environment variables.
    public struct Secret: Construct {
        public let label: String
        public let name: String
        public let description: String
        /// The customer-managed key the value is encrypted with; `nil` uses the AWS-managed aws/secretsmanager key.
        public let kmsKey: Ref<RefKind.ARN>?
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            description: String,
            kmsKey: Ref<RefKind.ARN>?,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.kmsKey = kmsKey
            self.label = label
            self.name = name
            self.description = description
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_secretsmanager_secret", name: label), "arn") }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "name": .string(name), "description": .string(description), "recovery_window_in_days": 7,
            ]
            if let kmsKey { attributes["kms_key_id"] = kmsKey.value }
            return [
                Resource(
                    "aws_secretsmanager_secret",
                    label,
                    attributes,
                    location: location
                )
            ]
        }
    }
}
