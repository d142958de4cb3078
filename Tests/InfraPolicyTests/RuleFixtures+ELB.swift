import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the ELB rules (Sources/InfraPolicy/Services/ELB.swift), every family.
    static let elb: [RuleFixture] = [
        RuleFixture(
            .listenerTLSPolicy,
            passing: [
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]),
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]),
                Doc.one("aws_lb_listener", ["protocol": "HTTP"]),
                Doc.one("aws_lb_listener", ["protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]),
                Doc.one("aws_lb_listener", ["protocol": "TCP"]),
            ],
            failing: [
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"]),
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"]),
                // A Network Load Balancer's TLS listener, and a protocol in lower case (the provider takes any case).
                Doc.one("aws_lb_listener", ["protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-2016-08"]),
                Doc.one("aws_lb_listener", ["protocol": "https"]),
            ],
            pinned: PinnedFinding(
                attribute: "ssl_policy",
                message: "ssl_policy `ELBSecurityPolicy-2016-08` accepts TLS versions below 1.2"
            ),
            unknown: [
                .at("ssl_policy")
            ]
        ),
        RuleFixture(
            .albWAF,
            passing: [
                Doc.one("aws_lb", ["name": "private-api", "internal": true]), Doc.one("aws_lb", ["internal": true]),
                // The web ACL is associated by its own resource, as the provider's docs write it.
                Doc.resources([
                    ("aws_lb", "public", ["internal": false]),
                    (
                        "aws_wafv2_web_acl_association", "public",
                        [
                            "resource_arn": .expression("${aws_lb.public.arn}"),
                            "web_acl_arn": .expression("${aws_wafv2_web_acl.main.arn}"),
                        ]
                    ),
                ]),
                // A web ACL attaches to Application Load Balancers only.
                Doc.one("aws_lb", ["load_balancer_type": "network", "internal": false]),
                Doc.one("aws_lb", ["load_balancer_type": "gateway"]),
            ],
            failing: [
                Doc.one("aws_lb", ["name": "public-api", "internal": false]), Doc.one("aws_lb", ["internal": false]),
                Doc.one("aws_lb", ["load_balancer_type": "application"]),
            ],
            pinned: PinnedFinding(
                attribute: nil,
                message: "internet-facing load balancer has no WAF web ACL association"
            ),
            unknown: [
                .at("internal")
            ]
        ),
        RuleFixture(
            .httpRedirectsToHTTPS,
            passing: [
                Doc.one(
                    "aws_lb_listener",
                    [
                        "protocol": "HTTP",
                        "default_action": [
                            [
                                "type": "redirect",
                                "redirect": [["protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"]],
                            ]
                        ],
                    ]
                ),
                Doc.one("aws_lb_listener", ["protocol": "HTTPS"]),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "HTTP", "default_action": [["type": "forward", "target_group_arn": "arn"]]]
                ),
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "http", "default_action": [["type": "forward", "target_group_arn": "arn"]]]
                ),
                // A listener of an Application Load Balancer that names no protocol is HTTP.
                Doc.resources([
                    ("aws_lb", "web", [:]),
                    (
                        "aws_lb_listener", "main",
                        [
                            "load_balancer_arn": .expression("${aws_lb.web.arn}"), "port": 80,
                            "default_action": [["type": "forward", "target_group_arn": "arn"]],
                        ]
                    ),
                ]),
            ],
            unknown: [
                .at("default_action")
            ]
        ),
        RuleFixture(
            .albDropInvalidHeaders,
            passing: [
                Doc.one("aws_lb", ["drop_invalid_header_fields": true]),
                Doc.one("aws_lb", ["load_balancer_type": "network"]),
            ],
            failing: [Doc.one("aws_lb", [:])],
            unknown: [
                .at("drop_invalid_header_fields")
            ]
        ),
        RuleFixture(
            .albDeletionProtection,
            passing: [Doc.one("aws_lb", ["enable_deletion_protection": true])],
            failing: [Doc.one("aws_lb", ["enable_deletion_protection": false])],
            unknown: [
                .at("enable_deletion_protection")
            ]
        ),
        RuleFixture(
            .albAccessLogs,
            passing: [
                Doc.one("aws_lb", ["access_logs": [["bucket": "logs", "enabled": true]]]),
                // A Gateway Load Balancer has no access logs; a Network one logs TLS requests only.
                Doc.one("aws_lb", ["load_balancer_type": "gateway"]),
                Doc.resources([
                    ("aws_lb", "main", ["load_balancer_type": "network"]),
                    (
                        "aws_lb_listener", "ssh",
                        ["load_balancer_arn": .expression("${aws_lb.main.arn}"), "protocol": "TCP"]
                    ),
                ]),
            ],
            failing: [
                Doc.one("aws_lb", [:]),
                Doc.one("aws_lb", ["load_balancer_type": "network"]),
                Doc.resources([
                    ("aws_lb", "main", ["load_balancer_type": "network"]),
                    (
                        "aws_lb_listener", "tls",
                        ["load_balancer_arn": .expression("${aws_lb.main.arn}"), "protocol": "TLS"]
                    ),
                ]),
            ],
            unknown: [
                .at("access_logs.enabled")
            ]
        ),
        RuleFixture(
            .albNameLimits,
            passing: [
                Doc.one("aws_lb", ["name": "rev-prod-api", "internal": true]),
                Doc.one("aws_lb", ["name": "aggregator"]), Doc.one("aws_lb", ["name": .expression("${var.name}")]),
            ],
            failing: [
                Doc.one("aws_lb", ["name": "revendiste-production-api-balancer", "internal": true]),
                Doc.one("aws_lb", ["name": "revendiste-production-frontend-alb"]),
                Doc.one("aws_lb", ["name": "internal-api"]),
                Doc.one("aws_lb", ["name": "api_lb"]),
                Doc.one("aws_lb", ["name": "-api"]),
            ],
            pinned: PinnedFinding(
                attribute: "name",
                message:
                    "load balancer name `revendiste-production-api-balancer` is 34 characters long; the limit is 32"
            ),
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .targetGroupNameLimits,
            passing: [
                Doc.one("aws_lb_target_group", ["name": "rev-prod-api-tg"]),
                Doc.one("aws_lb_target_group", ["name": "rev-prod-frontend-tg"]),
            ],
            failing: [
                Doc.one("aws_lb_target_group", ["name": "rev-prod-api-tg-"]),
                Doc.one("aws_lb_target_group", ["name": "revendiste-production-frontend-tg"]),
            ],
            pinned: PinnedFinding(
                attribute: "name",
                message: "target group name `rev-prod-api-tg-` must not begin or end with a hyphen"
            ),
            unknown: [
                .at("name")
            ]
        ),
        RuleFixture(
            .listenerRulePriority,
            passing: [
                Doc.resources([
                    (
                        "aws_lb_listener", "https",
                        ["load_balancer_arn": Doc.ref("aws_lb.main"), "protocol": "HTTPS"]
                    ),
                    ("aws_lb_listener_rule", "a", Doc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", Doc.rule(priority: 20)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", Doc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", Doc.rule(priority: 20)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", Doc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", Doc.rule(listener: "aws_lb_listener.admin", priority: 10)),
                ]),
                Doc.one("aws_lb_listener_rule", Doc.rule(priority: .expression("${var.priority}"))),
            ],
            failing: [
                Doc.resources([
                    (
                        "aws_lb_listener", "https",
                        ["load_balancer_arn": Doc.ref("aws_lb.main"), "protocol": "HTTPS"]
                    ),
                    ("aws_lb_listener_rule", "a", Doc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", Doc.rule(priority: 20)),
                    ("aws_lb_listener_rule", "c", Doc.rule(priority: 10)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", Doc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", Doc.rule(priority: 10)),
                ]),
                Doc.one("aws_lb_listener_rule", Doc.rule(priority: 0)),
                Doc.one("aws_lb_listener_rule", Doc.rule(priority: 50001)),
                Doc.resources([
                    (
                        "aws_lb_listener_rule", "a",
                        ["listener_arn": "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/x/1/2", "priority": 5]
                    ),
                    (
                        "aws_lb_listener_rule", "b",
                        [
                            "listener_arn": "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/x/1/2",
                            "priority": "5",
                        ]
                    ),
                ]),
            ],
            unknown: [
                .at("priority", of: "aws_lb_listener_rule.a")
            ]
        ),
        RuleFixture(
            .listenerRuleConditions,
            passing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            Doc.condition("host_header", ["api.example.com"]),
                            Doc.condition("path_pattern", ["/v1/*", "/v2/*"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            Doc.condition("http_header", ["a*"]), Doc.condition("http_header", ["b*"]),
                        ]
                    )
                ),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            Doc.condition("host_header", ["a.example.com"]),
                            Doc.condition("host_header", ["b.example.com"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            Doc.condition("host_header", ["a.example", "b.example", "c.example", "d.example"])
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            Doc.condition("host_header", ["a.ex", "b.ex", "c.ex"]),
                            Doc.condition("path_pattern", ["/a", "/b", "/c"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [Doc.condition("path_pattern", ["/a*b*c*", "/d*e?f*"])]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    Doc.rule(
                        priority: 1,
                        conditions: [
                            [
                                "query_string": [
                                    ["key": "a", "value": "1"], ["key": "b", "value": "2"], ["key": "c", "value": "3"],
                                    ["value": "4"],
                                ]
                            ]
                        ]
                    )
                ),
            ],
            unknown: [
                .at("condition")
            ]
        ),
        RuleFixture(
            .forwardTargetGroupCount,
            passing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    [
                        "listener_arn": Doc.ref("aws_lb_listener.https"), "priority": 1,
                        "action": Doc.forward(5),
                    ]
                ),
                Doc.one("aws_lb_listener", ["default_action": Doc.forward(2)]),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    [
                        "listener_arn": Doc.ref("aws_lb_listener.https"), "priority": 1,
                        "action": Doc.forward(6),
                    ]
                ),
                Doc.one("aws_lb_listener", ["default_action": Doc.forward(6)]),
            ],
            unknown: [
                .at("action")
            ]
        ),
        RuleFixture(
            .targetGroupTargetType,
            passing: [
                Doc.service(targetType: "ip", network: "awsvpc"),
                Doc.service(targetType: nil, network: "bridge"),
                Doc.service(targetType: nil, network: "host"),
            ],
            failing: [
                Doc.service(targetType: nil, network: "awsvpc"),
                Doc.service(targetType: "ip", network: "bridge"),
            ],
            unknown: [
                .at("target_type", of: "aws_lb_target_group.app")
            ]
        ),
        RuleFixture(
            .targetGroupSingleLoadBalancer,
            passing: [
                Doc.resources([
                    ("aws_lb_target_group", "app", ["name": "app"]),
                    (
                        "aws_lb_listener", "http",
                        [
                            "load_balancer_arn": Doc.ref("aws_lb.main"),
                            "default_action": [
                                ["type": "forward", "target_group_arn": Doc.ref("aws_lb_target_group.app")]
                            ],
                        ]
                    ),
                    ("aws_lb_listener", "https", ["load_balancer_arn": Doc.ref("aws_lb.main")]),
                    ("aws_lb_listener_rule", "app", Doc.rule(priority: 1)),
                    ("aws_lb", "main", ["name": "main"]),
                ])
            ],
            failing: [
                Doc.resources([
                    ("aws_lb_target_group", "app", ["name": "app"]),
                    (
                        "aws_lb_listener", "http",
                        [
                            "load_balancer_arn": Doc.ref("aws_lb.public"),
                            "default_action": [
                                ["type": "forward", "target_group_arn": Doc.ref("aws_lb_target_group.app")]
                            ],
                        ]
                    ),
                    ("aws_lb_listener", "https", ["load_balancer_arn": Doc.ref("aws_lb.internal")]),
                    ("aws_lb_listener_rule", "app", Doc.rule(priority: 1)),
                    ("aws_lb", "public", ["name": "public"]),
                    ("aws_lb", "internal", ["name": "internal", "internal": true]),
                ])
            ]
        ),
        RuleFixture(
            .listenerCertificate,
            passing: [
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "HTTPS", "certificate_arn": Doc.ref("aws_acm_certificate.api")]
                ),
                Doc.one("aws_lb_listener", ["protocol": "HTTP", "port": 80]),
                Doc.resources(
                    [
                        (
                            "aws_lb_listener", "https",
                            ["protocol": "HTTPS", "certificate_arn": .string(Doc.certificate)]
                        ),
                        (
                            "aws_lb_listener_certificate", "extra",
                            [
                                "listener_arn": Doc.ref("aws_lb_listener.https"),
                                "certificate_arn": .string(Doc.certificate),
                            ]
                        ),
                    ],
                    provider: ["aws": ["region": "us-east-1"]]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]
                ),
                Doc.one("aws_lb_listener", ["protocol": "TLS", "port": 443]),
                Doc.resources(
                    [
                        (
                            "aws_lb_listener", "https",
                            ["protocol": "HTTPS", "certificate_arn": .string(Doc.certificate)]
                        )
                    ],
                    provider: ["aws": ["region": "eu-central-1"]]
                ),
                Doc.resources(
                    [
                        ("aws_acm_certificate", "cdn", ["domain_name": "example.com", "provider": "aws.us_east_1"]),
                        (
                            "aws_lb_listener_certificate", "extra",
                            [
                                "listener_arn": Doc.ref("aws_lb_listener.https"),
                                "certificate_arn": Doc.ref("aws_acm_certificate.cdn"),
                            ]
                        ),
                    ],
                    provider: Doc.providers(default: "eu-central-1", alias: "us_east_1", aliasRegion: "us-east-1")
                ),
            ],
            unknown: [
                .at("certificate_arn")
            ]
        ),
        RuleFixture(
            .listenerSSLPolicyExists,
            passing: [
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]),
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"]
                ),
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": .expression("${var.ssl_policy}")]),
            ],
            failing: [
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-07"]),
                Doc.one("aws_lb_listener", ["protocol": "TLS", "ssl_policy": "TLSv1.2_2021"]),
            ],
            unknown: [
                .at("ssl_policy")
            ]
        ),
        RuleFixture(
            .loadBalancerRuleCount,
            passing: [
                Doc.resources(
                    [
                        ("aws_lb", "main", ["name": "main"]),
                        ("aws_lb_listener", "https", ["load_balancer_arn": Doc.ref("aws_lb.main")]),
                    ]
                        + (1...100).map { ("aws_lb_listener_rule", "r\($0)", Doc.rule(priority: .int($0))) }
                )
            ],
            failing: [
                Doc.resources(
                    [
                        ("aws_lb", "main", ["name": "main"]),
                        ("aws_lb_listener", "https", ["load_balancer_arn": Doc.ref("aws_lb.main")]),
                        ("aws_lb_listener", "admin", ["load_balancer_arn": Doc.ref("aws_lb.main")]),
                    ]
                        + (1...100).map { ("aws_lb_listener_rule", "r\($0)", Doc.rule(priority: .int($0))) }
                        + [
                            (
                                "aws_lb_listener_rule", "admin",
                                Doc.rule(listener: "aws_lb_listener.admin", priority: 1)
                            )
                        ]
                )
            ]
        ),
    ]
}
