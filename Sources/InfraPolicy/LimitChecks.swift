import InfraCore

/// Checks not yet moved to Services/.
enum LimitChecks {}

extension LimitChecks {
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
                + (principal?.literalString.map { [$0] } ?? [])
            let actions = AttributeValue.strings(statement["Action"]) ?? []
            let rule = PolicyStatements(
                sid: "",
                effect: statement["Effect"]?.literalString ?? "",
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

    /// CloudFront web ACLs are managed through us-east-1 only.
    static func wafCloudFrontRegion(_ acl: ResourceView) -> [Violation] {
        guard acl["scope"]?.literalString == "CLOUDFRONT", let region = Providers.region(of: acl), region != "us-east-1"
        else {
            return []
        }
        return [
            Violation(
                "scope",
                "a CLOUDFRONT web ACL must be created through us-east-1, but this one uses \(Providers.description(of: acl)) in \(region)"
            )
        ]
    }

    static func wafScopeForRegionalResources(_ acl: ResourceView) -> [Violation] {
        guard let scope = acl["scope"]?.literalString, scope != "REGIONAL" else { return [] }
        let document = acl.document
        let associations = document.referrers(
            to: acl.address,
            ofType: "aws_wafv2_web_acl_association",
            through: "web_acl_arn"
        )
        guard let association = associations.first else { return [] }
        let resource =
            document.target(of: association["resource_arn"]).map { "`\($0.address)`" } ?? "a regional resource"
        return [
            Violation(
                "scope",
                "web ACL scope is `\(scope)`, but `\(association.address)` associates it with \(resource); only REGIONAL web ACLs can be associated"
            )
        ]
    }
}
