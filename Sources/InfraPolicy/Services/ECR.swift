import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let ecrImmutableTags: RuleID = "ECR002"
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
            check: { resource in
                AttributeValue.boolean(
                    AttributeValue.member("scan_on_push", of: resource["image_scanning_configuration"])
                ).mayBe(true)
                    ? [] : [Violation("image_scanning_configuration.scan_on_push", "scan on push is off")]
            }
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
