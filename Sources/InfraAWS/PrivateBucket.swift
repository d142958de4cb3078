import InfraCore

extension S3 {
    /// A private S3 bucket: all public access blocked, owner-enforced object ownership (no ACLs), versioning on,
    /// default encryption, a policy that refuses anything but TLS, and old versions expired after a while.
    public struct PrivateBucket: Construct {
        public let label: String
        public let bucket: String
        public let noncurrentVersionDays: Int
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            bucket: String,
            noncurrentVersionDays: Int = 90,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.bucket = bucket
            self.noncurrentVersionDays = noncurrentVersionDays
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_s3_bucket", name: label) }

        public var bucketName: Ref<RefKind.Name> { Ref(address, "bucket") }
        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }

        public func expand() -> [Resource] {
            let id = Ref<RefKind.ID>(address, "id").value
            let tlsOnly = IAM.PolicyDocument([
                IAM.Statement(
                    sid: "DenyInsecureTransport",
                    effect: .deny,
                    actions: ["s3:*"],
                    resources: [arn.value, arn.interpolated(suffix: "/*")],
                    principals: .aws(["*"]),
                    conditions: ["Bool": ["aws:SecureTransport": "false"]]
                )
            ])
            return [
                Resource(
                    "aws_s3_bucket",
                    label,
                    ["bucket": .string(bucket), "force_destroy": false],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_public_access_block",
                    label,
                    [
                        "bucket": id,
                        "block_public_acls": true,
                        "block_public_policy": true,
                        "ignore_public_acls": true,
                        "restrict_public_buckets": true,
                    ],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_ownership_controls",
                    label,
                    ["bucket": id, "rule": [["object_ownership": "BucketOwnerEnforced"]]],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_versioning",
                    label,
                    ["bucket": id, "versioning_configuration": [["status": "Enabled"]]],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_server_side_encryption_configuration",
                    label,
                    [
                        "bucket": id,
                        "rule": [["apply_server_side_encryption_by_default": [["sse_algorithm": "AES256"]]]],
                    ],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_policy",
                    label,
                    ["bucket": id, "policy": tlsOnly.json],
                    dependsOn: [ResourceAddress(type: "aws_s3_bucket_public_access_block", name: label)],
                    location: location
                ),
                Resource(
                    "aws_s3_bucket_lifecycle_configuration",
                    label,
                    [
                        "bucket": id,
                        "rule": [
                            [
                                "id": "expire-old-versions",
                                "status": "Enabled",
                                "filter": [[:]],
                                "noncurrent_version_expiration": [["noncurrent_days": .int(noncurrentVersionDays)]],
                                "abort_incomplete_multipart_upload": [["days_after_initiation": 7]],
                            ]
                        ],
                    ],
                    dependsOn: [ResourceAddress(type: "aws_s3_bucket_versioning", name: label)],
                    location: location
                ),
            ]
        }
    }

    /// An object whose content is part of the stack (rendered inline, so a plan shows the change).
    public struct Object: Construct {
        public let label: String
        public let bucket: Ref<RefKind.Name>
        public let key: String
        public let content: String
        public let contentType: String
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            bucket: Ref<RefKind.Name>,
            key: String,
            content: String,
            contentType: String,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.bucket = bucket
            self.key = key
            self.content = content
            self.contentType = contentType
            self.location = .swift(filePath: file, line: line)
        }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_s3_object",
                    label,
                    [
                        "bucket": bucket.value,
                        "key": .string(key),
                        "content": .string(content),
                        "content_type": .string(contentType),
                    ],
                    location: location
                )
            ]
        }
    }
}
