import InfraCore

extension SNS {
    /// An SNS topic encrypted with a customer-managed key (CloudWatch alarms cannot publish to one encrypted with the
    /// AWS-managed `alias/aws/sns`).
    public struct Topic: Construct {
        public let label: String
        public let name: String
        public let kmsKey: Ref<RefKind.ARN>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            kmsKey: Ref<RefKind.ARN>,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.kmsKey = kmsKey
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_sns_topic", name: label), "arn") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_sns_topic",
                    label,
                    ["name": .string(name), "kms_master_key_id": kmsKey.value],
                    location: location
                )
            ]
        }
    }
}
