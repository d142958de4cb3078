import InfraCore

extension Logs {
    /// A CloudWatch log group with a retention period and, when given, a KMS key.
    public struct LogGroup: Construct {
        public let label: String
        public let name: String
        public let retentionDays: Int
        public let kmsKey: Ref<RefKind.ARN>?
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            retentionDays: Int,
            kmsKey: Ref<RefKind.ARN>? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.retentionDays = retentionDays
            self.kmsKey = kmsKey
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_cloudwatch_log_group", name: label), "arn") }

        public var logGroupName: Ref<RefKind.Name> {
            Ref(ResourceAddress(type: "aws_cloudwatch_log_group", name: label), "name")
        }

        public var address: ResourceAddress { ResourceAddress(type: "aws_cloudwatch_log_group", name: label) }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = ["name": .string(name), "retention_in_days": .int(retentionDays)]
            if let kmsKey { attributes["kms_key_id"] = kmsKey.value }
            return [Resource("aws_cloudwatch_log_group", label, attributes, location: location)]
        }
    }
}
