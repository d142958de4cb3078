import InfraCore

extension Lambda {
    /// Runtimes infragen's stacks use; the names are AWS's.
    public enum Runtime: String, Hashable, Sendable { case python311 = "python3.11", python312 = "python3.12" }

    /// A Lambda function packaged by infragen: the zip is built deterministically from the given sources and written
    /// next to `main.tf.json`, so `source_code_hash` only changes when the code does. The construct also creates the
    /// function's log group (so retention and encryption are set before the first invocation) and a role that may
    /// write only to that group, plus whatever `statements` add.
    public struct Function: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let runtime: Runtime
        public let handler: String
        public let sources: [String: String]
        public let memoryMiB: Int
        public let timeoutSeconds: Int
        public let reservedConcurrency: Int?
        public let environment: [String: JSONValue]
        public let statements: [IAM.Statement]
        public let logRetentionDays: Int
        public let logKey: Ref<RefKind.ARN>?
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            description: String,
            runtime: Runtime,
            handler: String,
            sources: [String: String],
            memoryMiB: Int = 128,
            timeoutSeconds: Int = 30,
            reservedConcurrency: Int? = nil,
            environment: [String: JSONValue] = [:],
            statements: [IAM.Statement] = [],
            logRetentionDays: Int,
            logKey: Ref<RefKind.ARN>? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.description = description
            self.runtime = runtime
            self.handler = handler
            self.sources = sources
            self.memoryMiB = memoryMiB
            self.timeoutSeconds = timeoutSeconds
            self.reservedConcurrency = reservedConcurrency
            self.environment = environment
            self.statements = statements
            self.logRetentionDays = logRetentionDays
            self.logKey = logKey
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_lambda_function", name: label) }

        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }
        public var functionName: Ref<RefKind.Name> { Ref(address, "function_name") }

        /// The package's file name in the stack's output folder.
        public var packageName: String { "\(label).zip" }

        public var generatedFiles: [GeneratedFile] {
            var archive = ZipArchive()
            for path in sources.keys.sorted() {
                archive.add(path: path, contents: Array((sources[path] ?? "").utf8))
            }
            return [GeneratedFile(path: packageName, bytes: archive.bytes())]
        }

        private var logGroup: Logs.LogGroup {
            Logs.LogGroup(
                "\(label)_lambda",
                name: "/aws/lambda/\(name)",
                retentionDays: logRetentionDays,
                kmsKey: logKey,
                file: location.file,
                line: UInt(location.line ?? 0)
            )
        }

        private var role: IAM.Role {
            IAM.Role(
                "\(label)_lambda",
                name: "\(name)-lambda",
                description: "Execution role of the \(name) function",
                assumedBy: [.lambda],
                statements: [
                    IAM.Statement(
                        sid: "WriteOwnLogs",
                        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
                        resources: [logGroup.arn.interpolated(suffix: ":*")]
                    )
                ] + statements,
                file: location.file,
                line: UInt(location.line ?? 0)
            )
        }

        public func expand() -> [Resource] {
            var attributes: [String: JSONValue] = [
                "function_name": .string(name),
                "description": .string(description),
                "runtime": .string(runtime.rawValue),
                "handler": .string(handler),
                "role": role.arn.value,
                "filename": .expression("${path.module}/\(packageName)"),
                "source_code_hash": .expression("${filebase64sha256(\"${path.module}/\(packageName)\")}"),
                "memory_size": .int(memoryMiB),
                "timeout": .int(timeoutSeconds),
                "architectures": ["arm64"],
                "logging_config": [["log_format": "Text", "log_group": logGroup.logGroupName.value]],
            ]
            if let reservedConcurrency { attributes["reserved_concurrent_executions"] = .int(reservedConcurrency) }
            if !environment.isEmpty { attributes["environment"] = [["variables": .object(environment)]] }
            let function = Resource(
                "aws_lambda_function",
                label,
                attributes,
                dependsOn: [logGroup.address, ResourceAddress(type: "aws_iam_role_policy", name: "\(label)_lambda")],
                location: location
            )
            return logGroup.expand() + role.expand() + [function]
        }
    }
}
