import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let s3AccessLogging: RuleID = "S3009"
    public static let s3BucketName: RuleID = "S3B101"
    public static let s3DefaultEncryption: RuleID = "S3008"
    public static let s3EventNotifications: RuleID = "S3011"
    public static let s3ForceDestroy: RuleID = "S3006"
    public static let s3KMSEncryption: RuleID = "S3012"
    public static let s3Lifecycle: RuleID = "S3010"
    public static let s3NotificationLambdaPermission: RuleID = "S3B102"
    public static let s3PublicPolicyBlocked: RuleID = "S3B103"
    public static let s3OwnershipEnforced: RuleID = "S3007"
    public static let s3PublicACL: RuleID = "S3005"
    public static let s3PublicAccessBlock: RuleID = "S3001"
    public static let s3TLSOnly: RuleID = "S3003"
    public static let s3Versioning: RuleID = "S3002"
}

/// S3 buckets and their companion resources (public access block, versioning, policy, notifications).
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum S3Rules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .s3PublicAccessBlock,
            family: .security,
            severity: .error,
            title: "Buckets block all public access",
            rationale:
                "Without a public access block, one bucket policy or ACL mistake publishes the bucket to the internet.",
            remediation: "add an `aws_s3_bucket_public_access_block` with all four settings true",
            checkov: ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"],
            trivy: ["AVD-AWS-0086", "AVD-AWS-0087", "AVD-AWS-0091", "AVD-AWS-0093", "AVD-AWS-0094"],
            resourceTypes: ["aws_s3_bucket"],
            check: { S3Rules.publicAccessBlockViolations(of: $0) }
        ),
        Rule(
            .s3Versioning,
            family: .security,
            severity: .warning,
            title: "Buckets keep object versions",
            rationale: "Versioning is what makes an overwrite or a delete recoverable.",
            remediation: "add an `aws_s3_bucket_versioning` with status Enabled",
            checkov: ["CKV_AWS_21"],
            trivy: ["AVD-AWS-0090"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                let versioning = resource.companions(ofType: "aws_s3_bucket_versioning")
                let enabled =
                    versioning.contains {
                        AttributeValue.text(AttributeValue.member("status", of: $0["versioning_configuration"]))
                            .mayBe("Enabled")
                    }
                    || AttributeValue.boolean(AttributeValue.member("enabled", of: resource["versioning"])).mayBe(true)
                return enabled ? [] : [Violation(nil, "bucket versioning is not enabled")]
            }
        ),
        Rule(
            .s3TLSOnly,
            family: .security,
            severity: .warning,
            title: "Buckets refuse requests without TLS",
            rationale:
                "Without a policy denying aws:SecureTransport = false, clients may read and write objects over plain HTTP.",
            remediation: "add a bucket policy statement denying `s3:*` when `aws:SecureTransport` is false",
            checkov: ["CKV_AWS_379"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                // The policies on the bucket: `aws_s3_bucket_policy` resources, and the bucket's own (deprecated but
                // still applied) `policy` argument.
                let policies =
                    resource.companions(ofType: "aws_s3_bucket_policy").map { $0["policy"] } + [resource["policy"]]
                let denies = policies.contains { policy in
                    guard let text = policy?.templateText else { return false }
                    // A policy document from elsewhere (`${data.aws_iam_policy_document.tls.json}`) is known only at plan.
                    let documentElsewhere = AttributeValue.isUnknown(policy) && !text.contains("Statement")
                    return documentElsewhere || (text.contains("aws:SecureTransport") && text.contains("Deny"))
                }
                return denies ? [] : [Violation(nil, "no bucket policy denies requests without TLS")]
            }
        ),
        Rule(
            .s3PublicACL,
            family: .security,
            severity: .error,
            title: "Buckets have no public ACL",
            rationale:
                "public-read and public-read-write ACLs, and grants to the AllUsers or AuthenticatedUsers groups, publish the bucket's objects to anyone (AuthenticatedUsers is any AWS account, not yours).",
            remediation: "remove the ACL; use bucket policies with BucketOwnerEnforced object ownership",
            checkov: ["CKV_AWS_20", "CKV_AWS_57"],
            trivy: ["AVD-AWS-0092"],
            resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl"],
            check: { resource in
                let acl = AttributeValue.string(resource["acl"]) ?? ""
                let canned =
                    ["public-read", "public-read-write", "authenticated-read"].contains(acl)
                    ? [Violation("acl", "acl is \(acl)")] : []
                return canned + S3Rules.publicGrants(resource)
            }
        ),
        Rule(
            .s3DefaultEncryption,
            family: .security,
            severity: .note,
            title: "Buckets declare their default encryption",
            rationale:
                "S3 encrypts new objects with SSE-S3 since 2023 whatever the configuration says; declaring it (or SSE-KMS) keeps the choice visible and reviewable, and KMS adds key-level access control and audit.",
            remediation:
                "add an `aws_s3_bucket_server_side_encryption_configuration` (AES256, or aws:kms with a customer-managed key)",
            checkov: ["CKV_AWS_19"],
            trivy: ["AVD-AWS-0088"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                let configured =
                    !resource.companions(ofType: "aws_s3_bucket_server_side_encryption_configuration").isEmpty
                    || resource.block("server_side_encryption_configuration") != nil
                return configured ? [] : [Violation(nil, "bucket declares no default encryption")]
            }
        ),
        Rule(
            .s3ForceDestroy,
            family: .security,
            severity: .warning,
            title: "Buckets are not force-destroyed",
            rationale:
                "force_destroy deletes every object, and every version, when the bucket resource is destroyed or replaced.",
            remediation: "leave `force_destroy` false; empty buckets deliberately",
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                AttributeValue.boolean(resource["force_destroy"]).isKnown(true)
                    ? [Violation("force_destroy", "force_destroy is true")] : []
            }
        ),
        Rule(
            .s3OwnershipEnforced,
            family: .security,
            severity: .note,
            title: "Buckets enforce bucket-owner object ownership",
            rationale: "BucketOwnerEnforced disables ACLs, so access is decided by policies alone.",
            remediation: "add an `aws_s3_bucket_ownership_controls` with `object_ownership = \"BucketOwnerEnforced\"`",
            checkov: ["CKV2_AWS_65"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                let controls = resource.companions(ofType: "aws_s3_bucket_ownership_controls")
                let enforced = controls.contains {
                    AttributeValue.text(AttributeValue.member("object_ownership", of: $0["rule"])).mayBe(
                        "BucketOwnerEnforced"
                    )
                }
                return enforced ? [] : [Violation(nil, "object ownership is not BucketOwnerEnforced")]
            }
        ),
        Rule(
            .s3AccessLogging,
            family: .security,
            severity: .note,
            title: "Buckets log access",
            rationale:
                "Server access logs record every request to the bucket, the evidence needed after a leak; CloudTrail records object reads only when data events are paid for.",
            remediation: "add an `aws_s3_bucket_logging` naming a log bucket (or a `logging` block)",
            checkov: ["CKV_AWS_18"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                guard resource["logging"] == nil, resource.companions(ofType: "aws_s3_bucket_logging").isEmpty else {
                    return []
                }
                // A bucket that receives access logs is not logged itself: its own logs would land in a loop.
                let isLogTarget = !resource.document.referrers(
                    to: resource.address,
                    ofType: "aws_s3_bucket_logging",
                    through: "target_bucket"
                ).isEmpty
                return isLogTarget ? [] : [Violation(nil, "bucket access is not logged")]
            }
        ),
        Rule(
            .s3Lifecycle,
            family: .security,
            severity: .note,
            title: "Buckets have a lifecycle configuration",
            rationale:
                "Without lifecycle rules, old object versions and incomplete multipart uploads are kept (and paid for) forever, and data outlives its retention period.",
            remediation:
                "add an `aws_s3_bucket_lifecycle_configuration` (expire noncurrent versions, abort incomplete uploads)",
            checkov: ["CKV2_AWS_61"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                let configured =
                    resource["lifecycle_rule"] != nil
                    || !resource.companions(ofType: "aws_s3_bucket_lifecycle_configuration").isEmpty
                return configured ? [] : [Violation(nil, "bucket has no lifecycle configuration")]
            }
        ),
        Rule(
            .s3EventNotifications,
            family: .security,
            severity: .note,
            title: "Buckets send event notifications",
            rationale:
                "Notifications let something react to what lands in a bucket (a malware scan, an index, an audit trail); without them a write goes unnoticed until someone looks.",
            remediation: "add an `aws_s3_bucket_notification` (to Lambda, SQS, SNS or EventBridge)",
            checkov: ["CKV2_AWS_62"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                resource.companions(ofType: "aws_s3_bucket_notification").isEmpty
                    ? [Violation(nil, "bucket sends no event notifications")] : []
            }
        ),
        Rule(
            .s3KMSEncryption,
            family: .security,
            severity: .note,
            title: "Buckets encrypt by default with a KMS key",
            rationale:
                "SSE-S3 (AES256) encrypts at rest with a key S3 holds for everyone with bucket access; a KMS key adds a second permission (kms:Decrypt) and an audit trail of every use. S3008 asks only that default encryption is declared.",
            remediation:
                "set `sse_algorithm = \"aws:kms\"` (with a customer-managed `kms_master_key_id`) in the bucket's `aws_s3_bucket_server_side_encryption_configuration`, or waive it for data that is public anyway",
            checkov: ["CKV_AWS_145"],
            trivy: ["AVD-AWS-0132"],
            resourceTypes: ["aws_s3_bucket"],
            check: { resource in
                let configurations =
                    resource.companions(ofType: "aws_s3_bucket_server_side_encryption_configuration").map(\.attributes)
                    + (resource.block("server_side_encryption_configuration").map { [$0] } ?? [])
                let algorithms = configurations.flatMap { configuration in
                    (configuration["rule"]?.blocks ?? []).flatMap { rule in
                        (rule["apply_server_side_encryption_by_default"]?.blocks ?? []).map {
                            AttributeValue.text($0["sse_algorithm"])
                        }
                    }
                }
                if algorithms.contains(where: { $0.mayBe("aws:kms") || $0.isKnown("aws:kms:dsse") }) {
                    return []
                }
                return [
                    Violation(
                        nil,
                        algorithms.isEmpty
                            ? "bucket declares no default encryption with a KMS key"
                            : "bucket encrypts by default with SSE-S3 (AES256), not a KMS key"
                    )
                ]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .s3BucketName,
            family: .limits,
            severity: .error,
            title: "S3 bucket names fit S3's naming rules",
            rationale:
                "Bucket names are 3–63 lowercase letters, digits, `.` and `-`, begin and end with a letter or digit, have no `..`, are not IP addresses, and avoid the reserved prefixes (`xn--`, `sthree-`, `amzn-s3-demo-`) and suffixes (`-s3alias`, `--ol-s3`, `.mrap`, `--x-s3`, `--table-s3`) (S3 \"General purpose bucket naming rules\"); the provider checks them only when creating, and in us-east-1 only the length.",
            remediation: "rename the bucket, e.g. `<project>-<purpose>-<env>` in lowercase",
            resourceTypes: ["aws_s3_bucket"],
            check: { S3Rules.s3BucketName($0) }
        ),
        Rule(
            .s3NotificationLambdaPermission,
            family: .limits,
            severity: .error,
            title: "S3 may invoke the Lambda functions it notifies, before the notification is set",
            rationale:
                "PutBucketNotificationConfiguration validates each destination and fails unless an `aws_lambda_permission` lets s3.amazonaws.com invoke the function; without `depends_on` Terraform may create the notification first.",
            remediation:
                "add an `aws_lambda_permission` with principal `s3.amazonaws.com` and the bucket as source_arn, and list it in the notification's `depends_on`",
            resourceTypes: ["aws_s3_bucket_notification"],
            check: { S3Rules.s3NotificationLambdaPermission($0) }
        ),
        Rule(
            .s3PublicPolicyBlocked,
            family: .limits,
            severity: .error,
            title: "A public bucket policy is not put on a bucket that blocks public policies",
            rationale:
                "With `block_public_policy = true` (on the bucket's public access block, or the account's) S3 refuses PutBucketPolicy for a policy that grants `*` without a condition limiting the caller (AccessDenied). Terraform creates both at once, so the apply fails whenever the block is in place first, and every later change to the policy fails.",
            remediation:
                "limit the statement with a condition (aws:SourceArn, aws:SourceVpce, aws:PrincipalOrgID, …), grant named principals (a CloudFront origin access control's service principal with aws:SourceArn), or, for a bucket that is public on purpose, set `block_public_policy = false`",
            resourceTypes: ["aws_s3_bucket_policy"],
            check: { S3Rules.s3PublicPolicyBlocked($0) }
        ),
    ]
}

extension S3Rules {
    static let reservedBucketPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"]

    static let reservedBucketSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]

    static func s3BucketName(_ bucket: ResourceView) -> [Violation] {
        var violations: [Violation] = []
        if let name = AttributeValue.string(bucket["bucket"]) {
            violations += bucketNameProblems(name).map { Violation("bucket", "bucket name `\(name)` \($0)") }
        }
        if let prefix = AttributeValue.string(bucket["bucket_prefix"]) {
            if prefix.count > 37 {
                violations.append(
                    Violation(
                        "bucket_prefix",
                        "bucket prefix `\(prefix)` is \(prefix.count) characters long; with the 26 characters Terraform appends the limit is 37"
                    )
                )
            }
            if let bad = prefix.unicodeScalars.first(where: { !isBucketCharacter($0) }) {
                violations.append(
                    Violation(
                        "bucket_prefix",
                        "bucket prefix `\(prefix)` contains `\(bad)`; only lowercase letters, digits, `.` and `-` are allowed"
                    )
                )
            }
        }
        return violations
    }

    private static func isBucketCharacter(_ scalar: Unicode.Scalar) -> Bool {
        NameCharacters.isLowercaseAlphanumeric(scalar) || scalar == "." || scalar == "-"
    }

    private static func bucketNameProblems(_ name: String) -> [String] {
        var problems: [String] = []
        if !(3...63).contains(name.count) { problems.append("is \(name.count) characters long; it must be 3–63") }
        if let bad = name.unicodeScalars.first(where: { !isBucketCharacter($0) }) {
            problems.append("contains `\(bad)`; only lowercase letters, digits, `.` and `-` are allowed")
        }
        if let first = name.unicodeScalars.first, let last = name.unicodeScalars.last,
            !NameCharacters.isLowercaseAlphanumeric(first) || !NameCharacters.isLowercaseAlphanumeric(last)
        {
            problems.append("must begin and end with a lowercase letter or digit")
        }
        if name.contains("..") { problems.append("contains two adjacent periods") }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.unicodeScalars.allSatisfy(NameCharacters.isDigit) })
        {
            problems.append("is formatted as an IP address")
        }
        if let prefix = reservedBucketPrefixes.first(where: { name.hasPrefix($0) }) {
            problems.append("starts with the reserved prefix `\(prefix)`")
        }
        if let suffix = reservedBucketSuffixes.first(where: { name.hasSuffix($0) }) {
            problems.append("ends with the reserved suffix `\(suffix)`")
        }
        return problems
    }

    /// Lambda destinations of a bucket notification: each needs a permission for S3, and the notification should
    /// depend on it.
    static func s3NotificationLambdaPermission(_ notification: ResourceView) -> [Violation] {
        let document = notification.document
        let dependencies = Set(AttributeValue.strings(notification["depends_on"]) ?? [])
        var violations: [Violation] = []
        for (index, destination) in (notification["lambda_function"]?.blocks ?? []).enumerated() {
            guard let function = document.target(of: destination["lambda_function_arn"], ofType: "aws_lambda_function")
            else { continue }
            var permissions = document.referrers(
                to: function.address,
                ofType: "aws_lambda_permission",
                through: "function_name"
            )
            if let name = AttributeValue.string(function["function_name"]) {
                permissions += document.resources(
                    ofType: "aws_lambda_permission",
                    withText: TemplateEscaping.escape(name),
                    in: "function_name"
                ).filter {
                    AttributeValue.string($0["function_name"]) == name
                }
            }
            // A principal only known at plan may well be S3.
            permissions = permissions.filter {
                AttributeValue.string($0["principal"]).map { $0 == "s3.amazonaws.com" } ?? true
            }
            let attribute = "lambda_function[\(index)].lambda_function_arn"
            if permissions.isEmpty {
                violations.append(
                    Violation(
                        attribute,
                        "`\(function.address)` has no aws_lambda_permission for principal s3.amazonaws.com"
                    )
                )
            } else if !permissions.contains(where: { dependencies.contains($0.address.description) }) {
                violations.append(
                    Violation(
                        "depends_on",
                        "the notification does not depend on `\(permissions[0].address)`, so S3 may validate `\(function.address)` before it may invoke it"
                    )
                )
            }
        }
        return violations
    }
}

extension S3Rules {
    /// The ACL grants of a bucket or bucket ACL to everyone (`AllUsers`) or to every AWS account
    /// (`AuthenticatedUsers`): `access_control_policy.grant` of an `aws_s3_bucket_acl`, and the deprecated `grant`
    /// blocks of an `aws_s3_bucket`.
    static func publicGrants(_ resource: ResourceView) -> [Violation] {
        var grants: [(path: String, grant: [String: JSONValue])] = []
        if resource.type == "aws_s3_bucket_acl" {
            let policy = resource.block("access_control_policy")
            for (index, grant) in (policy?["grant"]?.blocks ?? []).enumerated() {
                grants.append(("access_control_policy.grant[\(index)]", grant))
            }
        } else {
            for (index, grant) in (resource["grant"]?.blocks ?? []).enumerated() {
                grants.append(("grant[\(index)]", grant))
            }
        }
        return grants.compactMap { path, grant in
            // The bucket ACL names the grantee in a block; the bucket's own grant blocks inline it.
            let grantee = grant["grantee"]?.firstBlock ?? grant
            guard let uri = AttributeValue.string(grantee["uri"]) else { return nil }
            let group: String
            if uri.hasSuffix("/global/AllUsers") {
                group = "everyone (AllUsers)"
            } else if uri.hasSuffix("/global/AuthenticatedUsers") {
                group = "every AWS account (AuthenticatedUsers)"
            } else {
                return nil
            }
            let permissions =
                AttributeValue.strings(grant["permissions"]) ?? AttributeValue.string(grant["permission"]).map { [$0] }
                ?? []
            let what = permissions.isEmpty ? "access" : permissions.joined(separator: ", ")
            return Violation(path, "the ACL grants \(what) to \(group)")
        }
    }
}
