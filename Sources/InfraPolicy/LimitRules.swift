import InfraCore

/// AWS limits not yet moved to Services/.
let limitRules: [Rule] = [
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
        check: { LimitChecks.sesReceivingRegion($0) }
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
        check: { LimitChecks.sesS3ActionBucketPolicy($0) }
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
        check: { LimitChecks.sesSingleActiveRuleSet($0) }
    ),
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
