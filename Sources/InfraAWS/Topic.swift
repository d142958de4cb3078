import InfraCore

extension SNS {
    /// An SNS topic encrypted with a customer-managed key (CloudWatch alarms cannot publish to one encrypted with the
    /// AWS-managed `alias/aws/sns`).
    public struct Topic: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let kmsKey: KMS.Key

        /// - Parameter kmsKey: a key whose policy lets the publishers' services use it
        ///   (`services: [.cloudWatchAlarms]` for alarms).
        public init(
            _ label: String,
            name: String,
            kmsKey: KMS.Key,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Topic>> { ref("aws_sns_topic", "arn") }

        public func expand() -> [Resource] {
            [resource("aws_sns_topic", ["name": .string(name), "kms_master_key_id": kmsKey.arn.value])]
        }
    }
}

extension IAM.Grant {
    /// Publishing to a topic, with the data-key use its encryption needs (through SNS only).
    public static func publish(to topic: SNS.Topic) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(sid: "Publish", actions: ["sns:Publish"], resources: [topic.arn.value]),
            decrypt(
                topic.kmsKey,
                via: "sns",
                sid: "EncryptMessages",
                actions: ["kms:Decrypt", "kms:GenerateDataKey*"]
            ),
        ])
    }
}
