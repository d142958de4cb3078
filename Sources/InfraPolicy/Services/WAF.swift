import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let wafCloudFrontRegion: RuleID = "WAF102"
    public static let wafScopeForRegionalResources: RuleID = "WAF101"
}

/// WAFv2 web ACLs and their associations.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum WAFRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = []

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .wafScopeForRegionalResources,
            family: .limits,
            severity: .error,
            title: "Web ACLs associated with load balancers are REGIONAL",
            rationale:
                "AssociateWebACL accepts only REGIONAL web ACLs for regional resources such as Application Load Balancers; CLOUDFRONT web ACLs attach to distributions only (and exist only in us-east-1).",
            remediation: "set `scope = \"REGIONAL\"` on the web ACL in the load balancer's region",
            resourceTypes: ["aws_wafv2_web_acl"],
            check: { WAFRules.wafScopeForRegionalResources($0) }
        ),
        Rule(
            .wafCloudFrontRegion,
            family: .limits,
            severity: .error,
            title: "CLOUDFRONT web ACLs are created in us-east-1",
            rationale:
                "WAFv2 manages web ACLs of scope CLOUDFRONT only through the us-east-1 endpoint; through a provider of another region CreateWebACL fails.",
            remediation:
                "create the web ACL through a provider (alias) with `region = \"us-east-1\"`, or use scope REGIONAL",
            resourceTypes: ["aws_wafv2_web_acl"],
            check: { WAFRules.wafCloudFrontRegion($0) }
        ),
    ]
}

extension WAFRules {
    /// CloudFront web ACLs are managed through us-east-1 only.
    static func wafCloudFrontRegion(_ acl: ResourceView) -> [Violation] {
        guard AttributeValue.string(acl["scope"]) == "CLOUDFRONT", let region = Providers.region(of: acl),
            region != "us-east-1"
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
        guard let scope = AttributeValue.string(acl["scope"]), scope != "REGIONAL" else { return [] }
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
