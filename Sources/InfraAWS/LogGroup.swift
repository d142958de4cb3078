import InfraCore

extension Logs {
    /// A CloudWatch log group with a retention period and, when given, a KMS key.
    public struct LogGroup: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let retentionDays: Int
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - retentionDays: one of the values CloudWatch accepts (1, 3, 5, 7, 14, 30, 60, 90, …).
        ///   - kmsKey: a customer-managed key whose policy lets CloudWatch Logs use it (`services: [.cloudWatchLogs]`).
        public init(
            _ label: String,
            name: String,
            retentionDays: Int,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.retentionDays = retentionDays
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<LogGroup>> { ref("aws_cloudwatch_log_group", "arn") }

        public var logGroupName: Ref<Name<LogGroup>> { ref("aws_cloudwatch_log_group", "name") }

        /// The group itself, for resources that must not start writing before retention and encryption are set.
        public var groupDependency: Reference { dependency("aws_cloudwatch_log_group") }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = ["name": .string(name), "retention_in_days": .int(retentionDays)]
            if let kmsKey { attributes["kms_key_id"] = kmsKey.arn.value }
            return [resource("aws_cloudwatch_log_group", attributes)]
        }
    }
}

extension IAM.Grant {
    /// Writing log events to log groups (`logs:CreateLogStream`, `logs:PutLogEvents` on their streams).
    public static func writeLogs(_ groups: Logs.LogGroup...) -> IAM.Grant { writeLogs(groups) }

    /// Writing log events to log groups given as a list.
    public static func writeLogs(_ groups: [Logs.LogGroup]) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(
                sid: "WriteLogs",
                actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
                resources: groups.map { $0.arn.interpolated(suffix: ":*") }
            )
        ])
    }
}
