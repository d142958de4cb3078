import InfraCore

extension SecretsManager {
    /// Anything a container or a grant can read a secret from: a `Secret` of the stack, or a secret AWS manages for
    /// another service (an RDS master password).
    public protocol SecretSource: Sendable {
        /// The secret's ARN.
        var secretARN: Ref<ARN<Secret>> { get }
        /// The customer-managed key the value is encrypted with; `nil` for the AWS-managed key.
        var encryptionKey: KMS.Key? { get }
    }

    /// A secret that another service created and manages (RDS's master user secret).
    public struct ManagedSecret: SecretSource, Hashable {
        public let secretARN: Ref<ARN<Secret>>
        public let encryptionKey: KMS.Key?

        public init(secretARN: Ref<ARN<Secret>>, encryptionKey: KMS.Key?) {
            self.secretARN = secretARN
            self.encryptionKey = encryptionKey
        }
    }

    /// A Secrets Manager secret whose value is set outside Terraform, so it never appears in state or in a plan.
    /// Containers read it through `secrets`, never through plaintext environment variables.
    public struct Secret: Construct, Hashable, SecretSource {
        public var declaration: Declaration
        public let name: String
        public let description: String
        /// The customer-managed key the value is encrypted with; `nil` uses the AWS-managed aws/secretsmanager key.
        public let kmsKey: KMS.Key?

        public init(
            _ label: String,
            name: String,
            description: String,
            kmsKey: KMS.Key?,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.kmsKey = kmsKey
            self.name = name
            self.description = description
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Secret>> { ref("aws_secretsmanager_secret", "arn") }

        public var secretARN: Ref<ARN<Secret>> { arn }

        public var encryptionKey: KMS.Key? { kmsKey }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "name": .string(name), "description": .string(description), "recovery_window_in_days": 7,
            ]
            if let kmsKey { attributes["kms_key_id"] = kmsKey.arn.value }
            return [resource("aws_secretsmanager_secret", attributes)]
        }
    }
}

extension IAM.Grant {
    /// Reading the values of secrets (`secretsmanager:GetSecretValue`), and decrypting them through Secrets Manager
    /// when they are under a customer-managed key.
    public static func read(_ secrets: any SecretsManager.SecretSource...) -> IAM.Grant {
        var statements: [IAM.Statement] = []
        for secret in secrets {
            statements.append(
                IAM.Statement(
                    sid: "ReadSecrets",
                    actions: ["secretsmanager:GetSecretValue"],
                    resources: [secret.secretARN.value]
                )
            )
            if let key = secret.encryptionKey {
                statements.append(decrypt(key, via: "secretsmanager", sid: "DecryptSecrets"))
            }
        }
        return IAM.Grant(IAM.merged(statements))
    }
}
