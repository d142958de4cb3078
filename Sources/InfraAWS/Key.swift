import InfraCore

extension KMS {
    /// A customer-managed KMS key with rotation on, and a key policy that names who may use it.
    ///
    /// Needed wherever an AWS-managed key cannot be used: CloudWatch alarms and EventBridge cannot publish to an SNS
    /// topic encrypted with `alias/aws/sns`, and CloudWatch Logs needs a key policy that lets the service in.
    public struct Key: Construct, Hashable {
        public var declaration: Declaration
        public let alias: String
        public let description: String
        public let accountID: String
        public let region: String
        /// Services that may encrypt with the key (besides the account's own administrators).
        public let services: [Service]

        /// Services a key can be opened to; each brings the narrowest statement that works for it.
        public enum Service: Hashable, Sendable {
            /// CloudWatch Logs, limited to log groups of this account and region.
            case cloudWatchLogs
            /// CloudWatch alarms publishing to an encrypted SNS topic.
            case cloudWatchAlarms
            /// EventBridge rules delivering to an encrypted target.
            case eventBridge
        }

        public init(
            _ label: String,
            alias: String,
            description: String,
            accountID: String,
            region: String,
            services: [Service],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.alias = alias
            self.description = description
            self.accountID = accountID
            self.region = region
            self.services = services
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Key>> { ref("aws_kms_key", "arn") }

        public var keyID: Ref<ID<Key>> { ref("aws_kms_key", "key_id") }

        private var policy: IAM.PolicyDocument {
            var statements = [
                IAM.Statement(
                    sid: "AccountAdministers",
                    actions: ["kms:*"],
                    resources: ["*"],
                    principals: .aws([.string("arn:aws:iam::\(accountID):root")])
                )
            ]
            for service in services {
                switch service {
                case .cloudWatchLogs:
                    statements.append(
                        IAM.Statement(
                            sid: "CloudWatchLogsEncrypt",
                            actions: [
                                "kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                "kms:Describe*",
                            ],
                            resources: ["*"],
                            principals: .service(["logs.\(region).amazonaws.com"]),
                            conditions: [
                                "ArnLike": [
                                    "kms:EncryptionContext:aws:logs:arn": .string(
                                        "arn:aws:logs:\(region):\(accountID):log-group:*"
                                    )
                                ]
                            ]
                        )
                    )
                case .cloudWatchAlarms:
                    statements.append(
                        IAM.Statement(
                            sid: "CloudWatchAlarmsPublish",
                            actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
                            resources: ["*"],
                            principals: .service([IAM.ServicePrincipal.cloudWatch.rawValue])
                        )
                    )
                case .eventBridge:
                    statements.append(
                        IAM.Statement(
                            sid: "EventBridgeDeliver",
                            actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
                            resources: ["*"],
                            principals: .service([IAM.ServicePrincipal.events.rawValue])
                        )
                    )
                }
            }
            return IAM.PolicyDocument(statements)
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_kms_key",
                    [
                        "description": .string(description),
                        "enable_key_rotation": true,
                        "deletion_window_in_days": 30,
                        "policy": policy.json,
                    ]
                ),
                resource(
                    "aws_kms_alias",
                    [
                        "name": .string("alias/\(alias)"),
                        "target_key_id": keyID.value,
                    ]
                ),
            ]
        }
    }
}
