import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let ecrImmutableTags: RuleID = "ECR002"
    public static let ecrPublicPolicy: RuleID = "ECR003"
    public static let ecrScanOnPush: RuleID = "ECR001"
}

/// Elastic Container Registry repositories.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum ECRRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .ecrScanOnPush,
            family: .security,
            severity: .warning,
            title: "ECR repositories scan images on push",
            rationale: "Scanning on push reports known vulnerabilities before the image runs.",
            remediation: "set `image_scanning_configuration { scan_on_push = true }`",
            checkov: ["CKV_AWS_163"],
            trivy: ["AVD-AWS-0030"],
            resourceTypes: ["aws_ecr_repository"],
            check: { ECRRules.scanOnPushViolations(of: $0) }
        ),
        Rule(
            .ecrPublicPolicy,
            family: .security,
            severity: .error,
            title: "Repository policies do not let anyone use the repository",
            rationale:
                "A `*` principal with no condition on the caller lets any AWS account pull the repository's images, or push its own if the policy allows it.",
            remediation:
                "name the accounts or principals, or limit `*` with `aws:PrincipalOrgID`; publish public images through ECR Public",
            checkov: ["CKV_AWS_32"],
            resourceTypes: ["aws_ecr_repository_policy"],
            check: { PrincipalStatement.publicPolicyViolations(of: $0, noun: "repository") }
        ),
        Rule(
            .ecrImmutableTags,
            family: .security,
            severity: .warning,
            title: "ECR repositories have immutable tags",
            rationale:
                "Mutable tags let a push silently replace what a tag means, so the same task definition can run different code.",
            remediation: "set `image_tag_mutability = \"IMMUTABLE\"`",
            checkov: ["CKV_AWS_51"],
            trivy: ["AVD-AWS-0031"],
            resourceTypes: ["aws_ecr_repository"],
            check: { resource in
                AttributeValue.text(resource["image_tag_mutability"]).mayBe("IMMUTABLE")
                    ? [] : [Violation("image_tag_mutability", "tags are mutable")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}

extension ECRRules {
    /// ECR001. A registry's scanning configuration scans every repository its rules' filters match, on push or
    /// continuously, and then the repository's own `scan_on_push` is not what decides (AWS ignores it under enhanced
    /// scanning); a filter or a name only known at plan may match.
    static func scanOnPushViolations(of resource: ResourceView) -> [Violation] {
        let own = AttributeValue.member("scan_on_push", of: resource["image_scanning_configuration"])
        if AttributeValue.boolean(own).mayBe(true) { return [] }
        let name = AttributeValue.string(resource["name"])
        for registry in resource.document.resources(ofType: "aws_ecr_registry_scanning_configuration") {
            if AttributeValue.isUnknown(registry["rule"]) { return [] }
            for rule in registry["rule"]?.blocks ?? [] {
                let frequency = AttributeValue.text(rule["scan_frequency"])
                guard !frequency.isKnown("MANUAL") else { continue }
                if AttributeValue.isUnknown(rule["repository_filter"]) { return [] }
                for filter in rule["repository_filter"]?.blocks ?? [] {
                    guard let pattern = AttributeValue.string(filter["filter"]), let name else { return [] }
                    if wildcard(pattern, matches: name) { return [] }
                }
            }
        }
        return [Violation("image_scanning_configuration.scan_on_push", "scan on push is off")]
    }

    /// Whether `text` matches a repository filter, where `*` stands for any run of characters.
    static func wildcard(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return pattern == text }
        var rest = Substring(text)
        guard let first = parts.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let start = rest.indices.first(where: { rest[$0...].hasPrefix(middle) }) else { return false }
            rest = rest[start...].dropFirst(middle.count)
        }
        return parts.last.map { rest.hasSuffix($0) } ?? true
    }
}
