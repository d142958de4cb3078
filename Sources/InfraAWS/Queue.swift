import InfraCore

extension SQS {
    /// An SQS queue, standard or FIFO, encrypted (SSE-SQS unless a key is given), with an optional dead-letter
    /// queue that receives a message after `maxReceiveCount` failed receives. A FIFO queue's name gets the `.fifo`
    /// suffix AWS requires, and its dead-letter queue must be FIFO too.
    public struct Queue: Construct, Hashable {
        /// Where messages go that could not be processed.
        public struct DeadLetter: Hashable, Sendable {
            public var queueARN: Ref<ARN<Queue>>
            public var queueName: String
            public var isFIFO: Bool
            public var maxReceiveCount: Int

            public init(_ queue: Queue, afterReceives maxReceiveCount: Int) {
                self.queueARN = queue.arn
                self.queueName = queue.name
                self.isFIFO = queue.isFIFO
                self.maxReceiveCount = maxReceiveCount
            }
        }

        /// Standard or FIFO; FIFO can deduplicate by content.
        public enum Ordering: Hashable, Sendable {
            case standard
            case fifo(contentBasedDeduplication: Bool)
        }

        public var declaration: Declaration
        public let baseName: String
        public let ordering: Ordering
        public let visibilityTimeoutSeconds: Int
        public let retentionSeconds: Int
        public let deadLetter: DeadLetter?
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - name: the queue name without `.fifo`; the suffix is added for FIFO queues.
        ///   - visibilityTimeoutSeconds: at least the consumer's processing time (0–43200).
        ///   - retentionSeconds: 60–1209600 (14 days).
        public init(
            _ label: String,
            name: String,
            ordering: Ordering = .standard,
            visibilityTimeoutSeconds: Int = 30,
            retentionSeconds: Int = 345_600,
            deadLetter: DeadLetter? = nil,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.baseName = name
            self.ordering = ordering
            self.visibilityTimeoutSeconds = visibilityTimeoutSeconds
            self.retentionSeconds = retentionSeconds
            self.deadLetter = deadLetter
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var isFIFO: Bool { if case .fifo = ordering { true } else { false } }

        /// The queue name as AWS has it, `.fifo` included.
        public var name: String { isFIFO ? "\(baseName).fifo" : baseName }

        public var arn: Ref<ARN<Queue>> { ref("aws_sqs_queue", "arn") }
        public var url: Ref<URLString> { ref("aws_sqs_queue", "url") }
        public var queueName: Ref<Name<Queue>> { ref("aws_sqs_queue", "name") }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "name": .string(name),
                "visibility_timeout_seconds": .int(visibilityTimeoutSeconds),
                "message_retention_seconds": .int(retentionSeconds),
            ]
            if case .fifo(let deduplication) = ordering {
                attributes["fifo_queue"] = true
                attributes["content_based_deduplication"] = .bool(deduplication)
            }
            if let kmsKey {
                attributes["kms_master_key_id"] = kmsKey.arn.value
                attributes["kms_data_key_reuse_period_seconds"] = 300
            } else {
                attributes["sqs_managed_sse_enabled"] = true
            }
            if let deadLetter {
                attributes["redrive_policy"] = .embeddedJSON([
                    "deadLetterTargetArn": deadLetter.queueARN.value,
                    "maxReceiveCount": .int(deadLetter.maxReceiveCount),
                ])
            }
            return [resource("aws_sqs_queue", attributes)]
        }

        public var problems: [Diagnostic] {
            guard let deadLetter, deadLetter.isFIFO != isFIFO else { return [] }
            return [
                problem(
                    "queue `\(name)` and its dead-letter queue `\(deadLetter.queueName)` must both be FIFO or both standard",
                    hint: "give the dead-letter queue `ordering: .fifo(…)` too"
                )
            ]
        }
    }
}

extension IAM.Grant {
    /// Sending messages to a queue (and the data-key use its encryption needs).
    public static func send(to queue: SQS.Queue) -> IAM.Grant {
        var statements = [
            IAM.Statement(
                sid: "SendMessages",
                actions: ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
                resources: [queue.arn.value]
            )
        ]
        if let key = queue.kmsKey {
            statements.append(
                decrypt(key, via: "sqs", sid: "EncryptMessages", actions: ["kms:Decrypt", "kms:GenerateDataKey*"])
            )
        }
        return IAM.Grant(statements)
    }

    /// Receiving and deleting messages of a queue (and decrypting them).
    public static func consume(_ queue: SQS.Queue) -> IAM.Grant {
        var statements = [
            IAM.Statement(
                sid: "ConsumeMessages",
                actions: [
                    "sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
                    "sqs:GetQueueAttributes", "sqs:GetQueueUrl",
                ],
                resources: [queue.arn.value]
            )
        ]
        if let key = queue.kmsKey {
            statements.append(decrypt(key, via: "sqs", sid: "DecryptMessages"))
        }
        return IAM.Grant(statements)
    }
}
