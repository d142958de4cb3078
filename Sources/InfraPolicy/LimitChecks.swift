import InfraCore

/// Checks not yet moved to Services/.
enum LimitChecks {}

extension LimitChecks {
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
