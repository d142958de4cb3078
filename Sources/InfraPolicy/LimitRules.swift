import InfraCore

/// AWS limits not yet moved to Services/.
let limitRules: [Rule] = [
    Rule(
        .eventsScheduleSyntax,
        family: .limits,
        severity: .error,
        title: "EventBridge schedules are valid rate or cron expressions",
        rationale:
            "Only the length is validated before apply; `rate(1 hours)`, five-field cron or a cron without `?` fail at PutRule.",
        remediation:
            "write `rate(N unit)` with a singular unit only for 1, or `cron(min hour day-of-month month day-of-week year)` with `?` in one day field",
        resourceTypes: ["aws_cloudwatch_event_rule"],
        check: { resource in
            guard let expression = resource["schedule_expression"]?.literalString else { return [] }
            return ScheduleExpression.problem(expression).map { [Violation("schedule_expression", $0)] } ?? []
        }
    ),
    Rule(
        .eventNames,
        family: .limits,
        severity: .error,
        title: "EventBridge rule names and target ids fit EventBridge's rules",
        rationale:
            "Rule names and target ids are at most 64 characters of letters, digits and `.-_` (name_prefix at most 38); validate checks only literal values.",
        remediation: "shorten the name or target id and keep to letters, digits, `.`, `-` and `_`",
        resourceTypes: ["aws_cloudwatch_event_rule", "aws_cloudwatch_event_target"],
        check: { LimitChecks.eventNames($0) }
    ),
    Rule(
        .eventPatternJSON,
        family: .limits,
        severity: .error,
        title: "Event patterns are valid JSON of at most 4096 characters",
        rationale:
            "PutRule needs the event pattern to be JSON, at most 4096 characters; a pattern built with interpolations is not checked before apply.",
        remediation:
            "build the pattern with `jsonencode` (in Swift: a JSON value), and split very long patterns into several rules",
        resourceTypes: ["aws_cloudwatch_event_rule"],
        check: { LimitChecks.eventPattern($0) }
    ),
    Rule(
        .eventECSTargetNetwork,
        family: .limits,
        severity: .error,
        title: "ECS event targets of awsvpc tasks have a network configuration",
        rationale:
            "RunTask needs subnets (and security groups) for a task definition with awsvpc networking; an ECS target without network_configuration fails every time the rule fires.",
        remediation: "add `ecs_target { network_configuration { subnets = …, security_groups = … } }`",
        resourceTypes: ["aws_cloudwatch_event_target"],
        check: { LimitChecks.eventECSTargetNetwork($0) }
    ),
    Rule(
        .eventECSTargetRole,
        family: .limits,
        severity: .error,
        title: "ECS event targets have a role that may run the task",
        rationale:
            "EventBridge runs an ECS task with the target's role_arn, which needs ecs:RunTask and, when the task definition has roles, iam:PassRole; without them the task silently never starts. Checked when all of the role's policies are in the document.",
        remediation:
            "give the target a role whose policy allows `ecs:RunTask` on the task definition and `iam:PassRole` on its roles",
        resourceTypes: ["aws_cloudwatch_event_target"],
        check: { LimitChecks.eventECSTargetRole($0) }
    ),
    Rule(
        .elastiCacheAuthTokenFormat,
        family: .limits,
        severity: .error,
        title: "Redis AUTH tokens fit ElastiCache's rules",
        rationale:
            "An AUTH token is 16–128 printable characters whose only non-alphanumeric characters are `! & # $ ^ < > -`, and requires in-transit encryption (ElastiCache AUTH docs).",
        remediation:
            "generate a token of letters and digits (16–128 characters) and set `transit_encryption_enabled = true`",
        resourceTypes: ["aws_elasticache_replication_group"],
        check: { LimitChecks.elastiCacheAuthTokenFormat($0) }
    ),
    Rule(
        .elastiCacheMultiAZ,
        family: .limits,
        severity: .error,
        title: "Multi-AZ replication groups have automatic failover and a replica",
        rationale:
            "CreateReplicationGroup rejects Multi-AZ without automatic failover and at least two nodes (a primary and a replica).",
        remediation:
            "set `automatic_failover_enabled = true` and `num_cache_clusters` ≥ 2 (or replicas_per_node_group ≥ 1)",
        resourceTypes: ["aws_elasticache_replication_group"],
        check: { LimitChecks.elastiCacheMultiAZ($0) }
    ),
    Rule(
        .globalAcceleratorRegion,
        family: .limits,
        severity: .error,
        title: "Global Accelerator resources use a us-west-2 provider",
        rationale:
            "Global Accelerator's control-plane API exists only in us-west-2 (Oregon); through a provider of any other region every call fails.",
        remediation:
            "add a provider `aws` with alias `us_west_2` and region `us-west-2`, and set `provider = aws.us_west_2` on the Global Accelerator resources",
        resourceTypes: [
            "aws_globalaccelerator_accelerator", "aws_globalaccelerator_listener",
            "aws_globalaccelerator_endpoint_group",
            "aws_globalaccelerator_custom_routing_accelerator", "aws_globalaccelerator_custom_routing_listener",
            "aws_globalaccelerator_custom_routing_endpoint_group", "aws_globalaccelerator_cross_account_attachment",
        ],
        check: { LimitChecks.globalAcceleratorRegion($0) }
    ),
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
