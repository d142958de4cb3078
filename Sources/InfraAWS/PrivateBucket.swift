import InfraCore

extension S3 {
    /// A private S3 bucket: all public access blocked, owner-enforced object ownership (no ACLs), default
    /// encryption, a policy that refuses anything but TLS, and lifecycle rules. Versioning, lifecycle, event
    /// notifications, access logging and the service principals that may write into it are options.
    public struct PrivateBucket: Construct, Hashable {
        /// A lifecycle rule: objects under `prefix` move to colder storage, and old versions expire.
        public struct LifecycleRule: Hashable, Sendable {
            /// A storage class transition after a number of days.
            public struct Transition: Hashable, Sendable {
                public var days: Int
                public var storageClass: String

                /// To Glacier Flexible Retrieval.
                public static func glacier(after days: Int) -> Transition {
                    Transition(days: days, storageClass: "GLACIER")
                }
                /// To Standard-IA.
                public static func infrequentAccess(after days: Int) -> Transition {
                    Transition(days: days, storageClass: "STANDARD_IA")
                }
                /// To Glacier Deep Archive.
                public static func deepArchive(after days: Int) -> Transition {
                    Transition(days: days, storageClass: "DEEP_ARCHIVE")
                }
            }

            public var id: String
            public var prefix: String
            public var transitions: [Transition]
            public var expireAfterDays: Int?
            public var noncurrentVersionDays: Int?

            public init(
                id: String,
                prefix: String = "",
                transitions: [Transition] = [],
                expireAfterDays: Int? = nil,
                noncurrentVersionDays: Int? = nil
            ) {
                self.id = id
                self.prefix = prefix
                self.transitions = transitions
                self.expireAfterDays = expireAfterDays
                self.noncurrentVersionDays = noncurrentVersionDays
            }

            var json: JSONValue {
                var rule: [String: JSONValue] = [
                    "id": .string(id),
                    "status": "Enabled",
                    "filter": prefix.isEmpty ? [[:]] : [["prefix": .string(prefix)]],
                    "abort_incomplete_multipart_upload": [["days_after_initiation": 7]],
                ]
                if !transitions.isEmpty {
                    rule["transition"] = .array(
                        transitions.map { ["days": .int($0.days), "storage_class": .string($0.storageClass)] }
                    )
                }
                if let expireAfterDays { rule["expiration"] = [["days": .int(expireAfterDays)]] }
                if let noncurrentVersionDays {
                    rule["noncurrent_version_expiration"] = [["noncurrent_days": .int(noncurrentVersionDays)]]
                }
                return .object(rule)
            }
        }

        /// A Lambda function told about object events, e.g. only `s3:ObjectCreated:Put` under a prefix.
        public struct Notification: Hashable, Sendable {
            public var function: Lambda.Function
            public var events: [String]
            public var prefix: String?

            public init(function: Lambda.Function, events: [String], prefix: String? = nil) {
                self.function = function
                self.events = events
                self.prefix = prefix
            }
        }

        /// An AWS service allowed to write objects into the bucket, limited to this account's requests.
        public struct ServiceWriter: Hashable, Sendable {
            public var principal: String
            public var prefix: String
            public var accountID: String

            /// SES receiving rules storing mail (`ses.amazonaws.com`).
            public static func ses(prefix: String, accountID: String) -> ServiceWriter {
                ServiceWriter(principal: "ses.amazonaws.com", prefix: prefix, accountID: accountID)
            }

            /// ELB access-log delivery (`logdelivery.elasticloadbalancing.amazonaws.com`).
            public static func loadBalancerLogs(prefix: String, accountID: String) -> ServiceWriter {
                ServiceWriter(
                    principal: "logdelivery.elasticloadbalancing.amazonaws.com",
                    prefix: prefix,
                    accountID: accountID
                )
            }
        }

        public var declaration: Declaration
        public let bucket: String
        public let versioning: Bool
        public let lifecycle: [LifecycleRule]
        public let notifications: [Notification]
        public let writers: [ServiceWriter]
        public let accessLogs: (bucketLabel: String, bucketName: Ref<Name<PrivateBucket>>, prefix: String)?
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - bucket: the globally unique bucket name (3–63 lower-case letters, digits, dots, hyphens).
        ///   - versioning: keep every version of every object.
        ///   - lifecycle: transitions and expirations; by default old versions expire after 90 days.
        ///   - notifications: Lambda functions told about object events.
        ///   - writers: AWS services allowed to put objects (SES, ELB logs).
        ///   - accessLogsTo: another bucket that receives this one's server access logs, under `prefix`.
        ///   - kmsKey: SSE-KMS with this key instead of SSE-S3.
        public init(
            _ label: String,
            bucket: String,
            versioning: Bool = true,
            lifecycle: [LifecycleRule] = [LifecycleRule(id: "expire-old-versions", noncurrentVersionDays: 90)],
            notifications: [Notification] = [],
            writers: [ServiceWriter] = [],
            accessLogsTo logBucket: PrivateBucket? = nil,
            accessLogPrefix: String = "",
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.bucket = bucket
            self.versioning = versioning
            self.lifecycle = lifecycle
            self.notifications = notifications
            self.writers = writers
            self.accessLogs = logBucket.map { ($0.label, $0.bucketName, accessLogPrefix) }
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public static func == (lhs: PrivateBucket, rhs: PrivateBucket) -> Bool {
            lhs.declaration == rhs.declaration && lhs.bucket == rhs.bucket && lhs.versioning == rhs.versioning
                && lhs.lifecycle == rhs.lifecycle && lhs.notifications == rhs.notifications
                && lhs.writers == rhs.writers && lhs.accessLogs?.bucketLabel == rhs.accessLogs?.bucketLabel
                && lhs.accessLogs?.prefix == rhs.accessLogs?.prefix && lhs.kmsKey == rhs.kmsKey
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(declaration)
            hasher.combine(bucket)
        }

        public var bucketName: Ref<Name<PrivateBucket>> { ref("aws_s3_bucket", "bucket") }
        public var arn: Ref<ARN<PrivateBucket>> { ref("aws_s3_bucket", "arn") }
        private var id: JSONValue { (ref("aws_s3_bucket", "id") as Ref<ID<PrivateBucket>>).value }

        private var policy: IAM.PolicyDocument {
            var statements = [
                IAM.Statement(
                    sid: "DenyInsecureTransport",
                    effect: .deny,
                    actions: ["s3:*"],
                    resources: [arn.value, arn.interpolated(suffix: "/*")],
                    principals: .aws(["*"]),
                    conditions: ["Bool": ["aws:SecureTransport": "false"]]
                )
            ]
            for writer in writers {
                statements.append(
                    IAM.Statement(
                        sid: "AllowWriteBy"
                            + IAM.sidFragment(writer.principal.split(separator: ".").first.map(String.init) ?? ""),
                        actions: ["s3:PutObject"],
                        resources: [arn.interpolated(suffix: "/\(writer.prefix)*")],
                        principals: .service([writer.principal]),
                        conditions: ["StringEquals": ["aws:SourceAccount": .string(writer.accountID)]]
                    )
                )
            }
            return IAM.PolicyDocument(statements)
        }

        public func expand() -> [Resource] {
            let publicAccess = dependency("aws_s3_bucket_public_access_block")
            var resources = [
                resource("aws_s3_bucket", ["bucket": .string(bucket), "force_destroy": false]),
                resource(
                    "aws_s3_bucket_public_access_block",
                    [
                        "bucket": id,
                        "block_public_acls": true,
                        "block_public_policy": true,
                        "ignore_public_acls": true,
                        "restrict_public_buckets": true,
                    ]
                ),
                resource(
                    "aws_s3_bucket_ownership_controls",
                    ["bucket": id, "rule": [["object_ownership": "BucketOwnerEnforced"]]]
                ),
                resource(
                    "aws_s3_bucket_server_side_encryption_configuration",
                    [
                        "bucket": id,
                        "rule": [
                            [
                                "apply_server_side_encryption_by_default": [
                                    kmsKey.map { ["sse_algorithm": "aws:kms", "kms_master_key_id": $0.arn.value] }
                                        ?? ["sse_algorithm": "AES256"]
                                ],
                                "bucket_key_enabled": .bool(kmsKey != nil),
                            ]
                        ],
                    ]
                ),
                resource("aws_s3_bucket_policy", ["bucket": id, "policy": policy.json], dependsOn: [publicAccess]),
            ]
            if versioning {
                resources.append(
                    resource(
                        "aws_s3_bucket_versioning",
                        ["bucket": id, "versioning_configuration": [["status": "Enabled"]]]
                    )
                )
            }
            if !lifecycle.isEmpty {
                resources.append(
                    resource(
                        "aws_s3_bucket_lifecycle_configuration",
                        ["bucket": id, "rule": .array(lifecycle.map(\.json))],
                        dependsOn: versioning ? [dependency("aws_s3_bucket_versioning")] : []
                    )
                )
            }
            if !notifications.isEmpty {
                resources.append(
                    resource(
                        "aws_s3_bucket_notification",
                        [
                            "bucket": id,
                            "lambda_function": .array(
                                notifications.map { notification in
                                    var entry: [String: JSONValue] = [
                                        "lambda_function_arn": notification.function.arn.value,
                                        "events": .strings(notification.events),
                                    ]
                                    if let prefix = notification.prefix { entry["filter_prefix"] = .string(prefix) }
                                    return .object(entry)
                                }
                            ),
                        ],
                        dependsOn: notificationPermissions.map(\.permissionDependency)
                    )
                )
            }
            if let accessLogs {
                resources.append(
                    resource(
                        "aws_s3_bucket_logging",
                        [
                            "bucket": id, "target_bucket": accessLogs.bucketName.value,
                            "target_prefix": .string(accessLogs.prefix),
                        ]
                    )
                )
            }
            return resources
        }

        /// One permission per notified function, letting S3 invoke it for this bucket only.
        private var notificationPermissions: [Lambda.Permission] {
            notifications.map { notification in
                Lambda.Permission(
                    "\(label)_\(notification.function.label)",
                    function: notification.function,
                    principal: "s3.amazonaws.com",
                    sourceARN: arn.value,
                    statementID: "AllowS3" + IAM.sidFragment(bucket)
                ).declared(at: location)
            }
        }

        public var parts: [any Construct] { notificationPermissions }
    }

    /// An object whose content is part of the stack (rendered inline, so a plan shows the change).
    public struct Object: Construct, Hashable {
        public var declaration: Declaration
        public let bucket: PrivateBucket
        public let key: String
        public let content: String
        public let contentType: String

        public init(
            _ label: String,
            bucket: PrivateBucket,
            key: String,
            content: String,
            contentType: String,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.bucket = bucket
            self.key = key
            self.content = content
            self.contentType = contentType
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// `s3://bucket/key`, for applications told where to read the object.
        public var uri: JSONValue { bucket.bucketName.interpolated(prefix: "s3://", suffix: "/\(key)") }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_s3_object",
                    [
                        "bucket": bucket.bucketName.value,
                        "key": .string(key),
                        "content": .string(content),
                        "content_type": .string(contentType),
                    ]
                )
            ]
        }
    }
}

extension IAM.Grant {
    /// Reading objects under `keys` (a key, or a prefix ending in `*`), with decryption when the bucket uses a key.
    public static func read(_ bucket: S3.PrivateBucket, keys: String = "*") -> IAM.Grant {
        var statements = [
            IAM.Statement(
                sid: "ReadObjects",
                actions: ["s3:GetObject"],
                resources: [bucket.arn.interpolated(suffix: "/\(keys)")]
            )
        ]
        if let key = bucket.kmsKey { statements.append(decrypt(key, via: "s3", sid: "DecryptObjects")) }
        return IAM.Grant(statements)
    }

    /// Writing objects under `keys`, with the data-key use the bucket's encryption needs.
    public static func write(_ bucket: S3.PrivateBucket, keys: String = "*") -> IAM.Grant {
        var statements = [
            IAM.Statement(
                sid: "WriteObjects",
                actions: ["s3:PutObject"],
                resources: [bucket.arn.interpolated(suffix: "/\(keys)")]
            )
        ]
        if let key = bucket.kmsKey {
            statements.append(
                decrypt(key, via: "s3", sid: "EncryptObjects", actions: ["kms:GenerateDataKey", "kms:Decrypt"])
            )
        }
        return IAM.Grant(statements)
    }
}
