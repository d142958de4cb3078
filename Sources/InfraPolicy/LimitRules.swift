import InfraCore

/// AWS limits not yet moved to Services/.
let limitRules: [Rule] = [
    Rule(
        .wafScopeForRegionalResources,
        family: .limits,
        severity: .error,
        title: "Web ACLs associated with load balancers are REGIONAL",
        rationale:
            "AssociateWebACL accepts only REGIONAL web ACLs for regional resources such as Application Load Balancers; CLOUDFRONT web ACLs attach to distributions only (and exist only in us-east-1).",
        remediation: "set `scope = \"REGIONAL\"` on the web ACL in the load balancer's region",
        resourceTypes: ["aws_wafv2_web_acl"],
        check: { LimitChecks.wafScopeForRegionalResources($0) }
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
        check: { LimitChecks.wafCloudFrontRegion($0) }
    ),
]
