import InfraCore

extension Lambda {
    /// Lambda runtimes; the raw values are AWS's identifiers. AWS has deprecated three since they were added:
    /// `python39` (15 December 2025), `nodejs18` (1 September 2025) and `nodejs20` (30 April 2026). They stay, so that a
    /// stack on one still builds, and LMB006 reports the function.
    public enum Runtime: String, Hashable, Sendable, Codable, CaseIterable {
        case python39 = "python3.9"
        case python310 = "python3.10"
        case python311 = "python3.11"
        case python312 = "python3.12"
        case python313 = "python3.13"
        case nodejs18 = "nodejs18.x"
        case nodejs20 = "nodejs20.x"
        case nodejs22 = "nodejs22.x"
        case java17 = "java17"
        case java21 = "java21"
        case dotnet8 = "dotnet8"
        case ruby33 = "ruby3.3"
        case providedAL2023 = "provided.al2023"
    }

    /// The processor a function runs on.
    public enum Architecture: String, Hashable, Sendable, Codable, CaseIterable {
        case arm64
        case x86_64
    }

    /// Running the function inside a VPC: in these subnets, with these groups.
    public struct VPCPlacement: Hashable, Sendable {
        public var subnets: [Ref<ID<EC2.Subnet>>]
        public var securityGroups: [EC2.SecurityGroup]

        public init(subnets: [Ref<ID<EC2.Subnet>>], securityGroups: [EC2.SecurityGroup]) {
            self.subnets = subnets
            self.securityGroups = securityGroups
        }
    }

    /// A Lambda function packaged by infragen: the zip is built deterministically from the given sources and written
    /// next to `main.tf.json`, so `source_code_hash` only changes when the code does. The construct also makes the
    /// function's log group (so retention and encryption are set before the first invocation) and a role that may
    /// write only to that group, plus what `grants` add.
    public struct Function: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let runtime: Runtime
        public let architecture: Architecture
        public let handler: String
        public let sources: [String: String]
        public let memoryMiB: Int
        public let timeoutSeconds: Int
        public let reservedConcurrency: Int?
        public let environment: [String: JSONValue]
        public let grants: [IAM.Grant]
        public let vpc: VPCPlacement?
        public let deadLetterQueue: SQS.Queue?
        public let tracing: Bool
        public let logRetentionDays: Int
        public let logKey: KMS.Key?
        public let environmentKey: KMS.Key?

        /// - Parameters:
        ///   - timeoutSeconds: 1–900.
        ///   - reservedConcurrency: caps concurrent runs (and reserves them); `nil` for the account pool.
        ///   - grants: what the function may do besides writing its own logs.
        ///   - vpc: run inside the VPC (the role gets the ENI permissions it needs).
        ///   - deadLetterQueue: where failed asynchronous invocations go.
        ///   - tracing: X-Ray active tracing.
        ///   - environmentKey: a customer-managed key for the environment variables (the role may decrypt with it).
        public init(
            _ label: String,
            name: String,
            description: String,
            runtime: Runtime,
            architecture: Architecture = .arm64,
            handler: String,
            sources: [String: String],
            memoryMiB: Int = 128,
            timeoutSeconds: Int = 30,
            reservedConcurrency: Int? = nil,
            environment: [String: JSONValue] = [:],
            grants: [IAM.Grant] = [],
            vpc: VPCPlacement? = nil,
            deadLetterQueue: SQS.Queue? = nil,
            tracing: Bool = false,
            logRetentionDays: Int,
            logKey: KMS.Key? = nil,
            environmentKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.runtime = runtime
            self.architecture = architecture
            self.handler = handler
            self.sources = sources
            self.memoryMiB = memoryMiB
            self.timeoutSeconds = timeoutSeconds
            self.reservedConcurrency = reservedConcurrency
            self.environment = environment
            self.grants = grants
            self.vpc = vpc
            self.deadLetterQueue = deadLetterQueue
            self.tracing = tracing
            self.logRetentionDays = logRetentionDays
            self.logKey = logKey
            self.environmentKey = environmentKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Function>> { ref("aws_lambda_function", "arn") }
        public var functionName: Ref<Name<Function>> { ref("aws_lambda_function", "function_name") }
        public var invokeARN: Ref<ARN<Function>> { ref("aws_lambda_function", "invoke_arn") }

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
                kmsKey: logKey
            )
            .declared(at: location)
        }

        private var role: IAM.Role {
            var extra: [IAM.Statement] = []
            if vpc != nil {
                extra.append(
                    IAM.Statement(
                        sid: "ManageVPCInterfaces",
                        actions: [
                            "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
                            "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses",
                        ],
                        resources: ["*"]
                    )
                )
            }
            if let environmentKey {
                extra.append(
                    IAM.Statement(
                        sid: "DecryptEnvironment",
                        actions: ["kms:Decrypt"],
                        resources: [environmentKey.arn.value],
                        conditions: [
                            "StringEquals": ["kms:ViaService": .string("lambda.\(environmentKey.region).amazonaws.com")]
                        ]
                    )
                )
            }
            if tracing {
                extra.append(
                    IAM.Statement(
                        sid: "WriteTraces",
                        actions: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                        resources: ["*"]
                    )
                )
            }
            return IAM.Role(
                "\(label)_lambda",
                name: "\(name)-lambda",
                description: "Execution role of the \(name) function",
                assumedBy: [.lambda],
                grants: [.writeLogs(logGroup)] + grants + (deadLetterQueue.map { [.send(to: $0)] } ?? []),
                statements: extra
            ).declared(at: location)
        }

        public var parts: [any Construct] { [logGroup, role] }

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
                "architectures": [.string(architecture.rawValue)],
                "logging_config": [["log_format": "Text", "log_group": logGroup.logGroupName.value]],
            ]
            if let reservedConcurrency { attributes["reserved_concurrent_executions"] = .int(reservedConcurrency) }
            if !environment.isEmpty { attributes["environment"] = [["variables": .object(environment)]] }
            if let vpc {
                attributes["vpc_config"] = [
                    [
                        "subnet_ids": .array(vpc.subnets.map(\.value)),
                        "security_group_ids": .array(vpc.securityGroups.map(\.id.value)),
                    ]
                ]
            }
            if let deadLetterQueue { attributes["dead_letter_config"] = [["target_arn": deadLetterQueue.arn.value]] }
            if tracing { attributes["tracing_config"] = [["mode": "Active"]] }
            if let environmentKey { attributes["kms_key_arn"] = environmentKey.arn.value }
            return [
                resource(
                    "aws_lambda_function",
                    attributes,
                    dependsOn: [logGroup.groupDependency, role.policyDependency]
                )
            ]
        }
    }

    /// Lets an AWS service invoke a function, only from one source (a rule, a bucket, an API).
    public struct Permission: Construct, Hashable {
        public var declaration: Declaration
        public let function: Function
        public let principal: String
        public let sourceARN: JSONValue
        public let statementID: String

        public init(
            _ label: String,
            function: Function,
            principal: String,
            sourceARN: JSONValue,
            statementID: String,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.function = function
            self.principal = principal
            self.sourceARN = sourceARN
            self.statementID = statementID
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The permission itself, for resources AWS checks it on creation (bucket notifications).
        public var permissionDependency: Reference { dependency("aws_lambda_permission") }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_lambda_permission",
                    [
                        "statement_id": .string(statementID),
                        "action": "lambda:InvokeFunction",
                        "function_name": function.functionName.value,
                        "principal": .string(principal),
                        "source_arn": sourceARN,
                    ]
                )
            ]
        }
    }
}

extension IAM.Grant {
    /// Invoking a function.
    public static func invoke(_ function: Lambda.Function) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(sid: "InvokeFunctions", actions: ["lambda:InvokeFunction"], resources: [function.arn.value])
        ])
    }
}
