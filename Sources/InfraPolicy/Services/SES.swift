import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let sesReceivingRegion: RuleID = "SES101"
    public static let sesS3ActionBucketPolicy: RuleID = "SES102"
    public static let sesSingleActiveRuleSet: RuleID = "SES103"
}

/// SES email receiving: receipt rules, rule sets and filters.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum SESRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = []

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .sesReceivingRegion,
            family: .limits,
            severity: .error,
            title: "SES receipt rules live in a region with email receiving",
            rationale:
                "SES receives email only in us-east-1, us-east-2, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-central-1, ap-southeast-1, ap-southeast-2, ap-southeast-3 and ap-northeast-1 (AWS General Reference, SES \"Email receiving endpoints\"); receipt rules and filters elsewhere fail.",
            remediation: "create the receipt resources through a provider (alias) in a receiving region",
            resourceTypes: [
                "aws_ses_receipt_rule", "aws_ses_receipt_rule_set", "aws_ses_active_receipt_rule_set",
                "aws_ses_receipt_filter",
            ],
            check: { SESRules.sesReceivingRegion($0) }
        ),
        Rule(
            .sesS3ActionBucketPolicy,
            family: .limits,
            severity: .warning,
            title: "SES may write to the bucket of an S3 receipt action",
            rationale:
                "CreateReceiptRule checks that ses.amazonaws.com may s3:PutObject into the action's bucket; the bucket policy must exist first. Advisory: the permission can also come from outside the document.",
            remediation:
                "add an `aws_s3_bucket_policy` allowing `ses.amazonaws.com` to `s3:PutObject` (with an aws:SourceAccount condition) and list it in the rule's `depends_on`",
            resourceTypes: ["aws_ses_receipt_rule"],
            check: { SESRules.sesS3ActionBucketPolicy($0) }
        ),
        Rule(
            .sesSingleActiveRuleSet,
            family: .limits,
            severity: .warning,
            title: "One active receipt rule set per region",
            rationale:
                "SES has one active receipt rule set per region; two `aws_ses_active_receipt_rule_set` resources in a region replace each other on every apply.",
            remediation: "keep a single active rule set per region and put all receipt rules into it",
            resourceTypes: ["aws_ses_active_receipt_rule_set"],
            check: { SESRules.sesSingleActiveRuleSet($0) }
        ),
    ]
}

extension SESRules {
    /// Regions with SES email receiving (AWS General Reference, "Amazon Simple Email Service endpoints and quotas",
    /// table "Email receiving endpoints").
    static let sesReceivingRegions: Set<String> = [
        "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2", "eu-central-1",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-northeast-1",
    ]

    static func sesReceivingRegion(_ resource: ResourceView) -> [Violation] {
        guard let region = Providers.region(of: resource), !sesReceivingRegions.contains(region) else { return [] }
        return [
            Violation(
                "provider",
                "SES email receiving is not available in \(region) (\(Providers.description(of: resource)))"
            )
        ]
    }

    static func sesS3ActionBucketPolicy(_ rule: ResourceView) -> [Violation] {
        let document = rule.document
        let dependencies = Set(AttributeValue.strings(rule["depends_on"]) ?? [])
        var violations: [Violation] = []
        for (index, action) in (rule["s3_action"]?.blocks ?? []).enumerated() {
            guard let bucket = document.target(of: action["bucket_name"], ofType: "aws_s3_bucket") else { continue }
            // The policies on the bucket: `aws_s3_bucket_policy` resources, and the bucket's own `policy` argument.
            var sources: [(resource: ResourceView?, policy: JSONValue?)] =
                document.referrers(to: bucket.address, ofType: "aws_s3_bucket_policy", through: "bucket").map {
                    ($0, $0["policy"])
                }
            if !AttributeValue.isAbsent(bucket["policy"]) { sources.append((nil, bucket["policy"])) }
            guard sources.allSatisfy({ EmbeddedJSON.parse($0.policy) != nil }) else { continue }
            let allowing = sources.filter {
                allowsService($0.policy, service: "ses.amazonaws.com", action: "s3:PutObject")
            }
            let attribute = "s3_action[\(index)].bucket_name"
            guard let first = allowing.first else {
                violations.append(
                    Violation(
                        attribute,
                        "no bucket policy of `\(bucket.address)` allows ses.amazonaws.com to s3:PutObject"
                    )
                )
                continue
            }
            if let policy = first.resource, !dependencies.contains(policy.address.description) {
                violations.append(
                    Violation(
                        "depends_on",
                        "the receipt rule does not depend on `\(policy.address)`, so SES may check the bucket before the policy exists"
                    )
                )
            }
        }
        return violations
    }

    /// Whether a policy has an Allow statement for `service` (or any principal) and `action`.
    static func allowsService(_ policy: JSONValue?, service: String, action: String) -> Bool {
        guard let document = EmbeddedJSON.parse(policy) else { return false }
        let statements = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return statements.contains { statement in
            let principal = statement["Principal"]
            let principals =
                (AttributeValue.strings(principal?["Service"]) ?? [])
                + (AttributeValue.strings(principal?["AWS"]) ?? [])
                + (AttributeValue.string(principal).map { [$0] } ?? [])
            let actions = AttributeValue.strings(statement["Action"]) ?? []
            let rule = PolicyStatements(
                sid: "",
                effect: AttributeValue.string(statement["Effect"]) ?? "",
                actions: actions,
                resources: []
            )
            return (principals.contains(service) || principals.contains("*")) && rule.allows(action)
        }
    }

    static func sesSingleActiveRuleSet(_ active: ResourceView) -> [Violation] {
        func key(_ resource: ResourceView) -> String {
            Providers.region(of: resource) ?? Providers.reference(of: resource) ?? "aws"
        }
        let mine = key(active)
        let others = active.document.resources(ofType: "aws_ses_active_receipt_rule_set")
            .filter { $0.address != active.address && key($0) == mine }
            .map { "`\($0.address)`" }
        guard !others.isEmpty else { return [] }
        return [
            Violation(
                "rule_set_name",
                "\(Wording.list(others)) also activates a rule set in the same region; only one rule set can be active per region"
            )
        ]
    }
}
