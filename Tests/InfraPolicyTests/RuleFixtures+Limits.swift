import InfraCore
import InfraPolicy

extension RuleFixtures {
    static var limits: [RuleFixture] {
        coreLimits + loadBalancerLimits + queueLimits + databaseLimits + storageAndIdentityLimits + eventLimits
            + taskDefinitionLimits
            + serviceLimits + regionalLimits
    }

    static let coreLimits: [RuleFixture] = [
        RuleFixture(
            .albNameLimits,
            passing: [
                Doc.one("aws_lb", ["name": "aggregator"]), Doc.one("aws_lb", ["name": .expression("${var.name}")]),
            ],
            failing: [
                Doc.one("aws_lb", ["name": "revendiste-production-frontend-alb"]),
                Doc.one("aws_lb", ["name": "internal-api"]),
                Doc.one("aws_lb", ["name": "api_lb"]),
                Doc.one("aws_lb", ["name": "-api"]),
            ]
        ),
        RuleFixture(
            .targetGroupNameLimits,
            passing: [Doc.one("aws_lb_target_group", ["name": "rev-prod-frontend-tg"])],
            failing: [Doc.one("aws_lb_target_group", ["name": "revendiste-production-frontend-tg"])]
        ),
        RuleFixture(
            .logRetentionValue,
            passing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 365])],
            failing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 45])]
        ),
        RuleFixture(
            .eventsScheduleSyntax,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(4 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hour)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 */2 ? *)"]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(1 hours)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "rate(5 minute)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 * * *)"]),
                Doc.one("aws_cloudwatch_event_rule", ["schedule_expression": "cron(0 12 1 * 1 *)"]),
            ]
        ),
    ]
}

/// Building blocks of the limits fixtures.
private enum LimitDoc {
    /// `${address.attribute}`
    static func ref(_ address: String, _ attribute: String = "arn") -> JSONValue {
        .expression("${\(address).\(attribute)}")
    }

    /// Text as Terraform reads it: an expression when it interpolates, a literal otherwise.
    static func template(_ text: String) -> JSONValue {
        TemplateEscaping.hasInterpolation(text) ? .expression(text) : .string(text)
    }

    static func name(_ length: Int, _ character: Character = "a") -> JSONValue {
        .string(String(repeating: character, count: length))
    }

    /// A listener rule on `listener` with a priority and conditions.
    static func rule(listener: String = "aws_lb_listener.https", priority: JSONValue, conditions: [JSONValue] = [])
        -> JSONValue
    {
        [
            "listener_arn": ref(listener),
            "priority": priority,
            "condition": .array(conditions),
            "action": [["type": "forward", "target_group_arn": ref("aws_lb_target_group.app")]],
        ]
    }

    static func condition(_ type: String, _ values: [String]) -> JSONValue { [type: [["values": .strings(values)]]] }

    /// A forward action spreading over `count` target groups.
    static func forward(_ count: Int) -> JSONValue {
        let groups: [JSONValue] = (0..<count).map { ["arn": ref("aws_lb_target_group.tg\($0)"), "weight": 1] }
        return [["type": "forward", "forward": [["target_group": .array(groups)]]]]
    }

    /// A task definition (`aws_ecs_task_definition.app`) with literal container definitions.
    static func task(
        network: String? = nil,
        compatibilities: [String]? = nil,
        cpu: JSONValue? = nil,
        memory: JSONValue? = nil,
        containers: String =
            #"[{"name":"web","essential":true,"memoryReservation":256,"portMappings":[{"containerPort":80}]}]"#,
        extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        var body: [String: JSONValue] = ["family": "app", "container_definitions": .string(containers)]
        if let network { body["network_mode"] = .string(network) }
        if let compatibilities { body["requires_compatibilities"] = .strings(compatibilities) }
        if let cpu { body["cpu"] = cpu }
        if let memory { body["memory"] = memory }
        for (key, value) in extra { body[key] = value }
        return .object(body)
    }

    static func fargate(cpu: JSONValue?, memory: JSONValue?, network: String? = "awsvpc") -> JSONValue {
        Doc.one(
            "aws_ecs_task_definition",
            task(network: network, compatibilities: ["FARGATE"], cpu: cpu, memory: memory)
        )
    }

    static func containers(
        _ json: String,
        network: String? = "bridge",
        memory: JSONValue? = nil,
        compatibilities: [String]? = ["EC2"]
    ) -> JSONValue {
        Doc.one(
            "aws_ecs_task_definition",
            task(network: network, compatibilities: compatibilities, memory: memory, containers: json)
        )
    }

    /// A target group `app`, a service `web` forwarding to it, and its task definition `app`.
    static func service(targetType: String?, network: String) -> JSONValue {
        var group: [String: JSONValue] = ["name": "app", "port": 80, "protocol": "HTTP"]
        if let targetType { group["target_type"] = .string(targetType) }
        return Doc.resources([
            ("aws_lb_target_group", "app", .object(group)),
            ("aws_ecs_task_definition", "app", task(network: network)),
            (
                "aws_ecs_service", "web",
                [
                    "task_definition": ref("aws_ecs_task_definition.app"),
                    "load_balancer": [
                        [
                            "target_group_arn": ref("aws_lb_target_group.app"), "container_name": "web",
                            "container_port": 80,
                        ]
                    ],
                    "network_configuration": network == "awsvpc" ? [["subnets": .strings(["subnet-1"])]] : nil,
                ]
            ),
        ])
    }

    /// A service `web` on task definition `app` with the given extra attributes.
    static func service(network: String, _ attributes: [String: JSONValue]) -> JSONValue {
        var body: [String: JSONValue] = ["task_definition": ref("aws_ecs_task_definition.app")]
        for (key, value) in attributes { body[key] = value }
        return Doc.resources([
            ("aws_ecs_task_definition", "app", task(network: network)), ("aws_ecs_service", "web", .object(body)),
        ])
    }

    /// Queue `source` with a redrive policy to queue `dlq`.
    static func redrive(sourceFIFO: Bool, deadLetterFIFO: Bool, maxReceiveCount: JSONValue = 5) -> JSONValue {
        let count = maxReceiveCount.intValue.map(String.init) ?? "\"\(maxReceiveCount.literalString ?? "")\""
        return Doc.resources([
            (
                "aws_sqs_queue", "source",
                [
                    "fifo_queue": .bool(sourceFIFO),
                    "redrive_policy": .expression(
                        #"{"deadLetterTargetArn":"${aws_sqs_queue.dlq.arn}","maxReceiveCount":"# + count + "}"
                    ),
                ]
            ),
            ("aws_sqs_queue", "dlq", ["fifo_queue": .bool(deadLetterFIFO)]),
        ])
    }

    /// An event source mapping from queue `jobs` to function `worker`.
    static func consumer(visibility: JSONValue?, timeout: JSONValue?) -> JSONValue {
        var queue: [String: JSONValue] = ["name": "jobs"]
        if let visibility { queue["visibility_timeout_seconds"] = visibility }
        var function: [String: JSONValue] = ["function_name": "worker"]
        if let timeout { function["timeout"] = timeout }
        return Doc.resources([
            ("aws_sqs_queue", "jobs", .object(queue)),
            ("aws_lambda_function", "worker", .object(function)),
            (
                "aws_lambda_event_source_mapping", "jobs",
                ["event_source_arn": ref("aws_sqs_queue.jobs"), "function_name": ref("aws_lambda_function.worker")]
            ),
        ])
    }

    static func serverless(_ scaling: JSONValue?, engineMode: String? = nil) -> JSONValue {
        var cluster: [String: JSONValue] = [
            "cluster_identifier": "app", "engine": "aurora-postgresql", "final_snapshot_identifier": "app-final",
        ]
        if let scaling { cluster["serverlessv2_scaling_configuration"] = scaling }
        if let engineMode { cluster["engine_mode"] = .string(engineMode) }
        return Doc.resources([
            ("aws_rds_cluster", "app", .object(cluster)),
            (
                "aws_rds_cluster_instance", "app",
                ["cluster_identifier": ref("aws_rds_cluster.app", "id"), "instance_class": "db.serverless"]
            ),
        ])
    }

    /// A bucket notification invoking function `handler`, optionally with a permission and a dependency on it.
    static func notification(permission principal: String?, dependsOn: Bool) -> JSONValue {
        var entries: [(String, String, JSONValue)] = [
            ("aws_s3_bucket", "uploads", ["bucket": "uploads-prod"]),
            ("aws_lambda_function", "handler", ["function_name": "handler"]),
            (
                "aws_s3_bucket_notification", "uploads",
                [
                    "bucket": ref("aws_s3_bucket.uploads", "id"),
                    "lambda_function": [
                        [
                            "lambda_function_arn": ref("aws_lambda_function.handler"),
                            "events": .strings(["s3:ObjectCreated:*"]),
                        ]
                    ],
                    "depends_on": dependsOn ? .strings(["aws_lambda_permission.s3"]) : nil,
                ]
            ),
        ]
        if let principal {
            entries.append(
                (
                    "aws_lambda_permission", "s3",
                    [
                        "action": "lambda:InvokeFunction",
                        "function_name": ref("aws_lambda_function.handler", "function_name"),
                        "principal": .string(principal), "source_arn": ref("aws_s3_bucket.uploads"),
                    ]
                )
            )
        }
        return Doc.resources(entries)
    }

    /// An event rule target running task definition `app` (awsvpc or not), with or without a network configuration.
    static func ecsTarget(
        network: String,
        networkConfiguration: Bool,
        role: JSONValue? = ref("aws_iam_role.events"),
        policy: String? = nil
    ) -> JSONValue {
        var ecs: [String: JSONValue] = ["task_definition_arn": ref("aws_ecs_task_definition.app"), "task_count": 1]
        if networkConfiguration { ecs["network_configuration"] = [["subnets": .strings(["subnet-1"])]] }
        var target: [String: JSONValue] = [
            "arn": ref("aws_ecs_cluster.main"), "rule": ref("aws_cloudwatch_event_rule.nightly", "name"),
            "ecs_target": [.object(ecs)],
        ]
        if let role { target["role_arn"] = role }
        var entries: [(String, String, JSONValue)] = [
            (
                "aws_ecs_task_definition", "app",
                task(network: network, extra: ["execution_role_arn": ref("aws_iam_role.execution")])
            ),
            ("aws_cloudwatch_event_target", "nightly", .object(target)),
            ("aws_iam_role", "events", ["name": "events"]),
        ]
        if let policy {
            entries.append(
                (
                    "aws_iam_role_policy", "events",
                    ["role": ref("aws_iam_role.events", "name"), "policy": template(policy)]
                )
            )
        }
        return Doc.resources(entries)
    }

    static let certificate = "arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"

    static let runTaskPolicy =
        #"{"Statement":[{"Effect":"Allow","Action":"ecs:RunTask","Resource":"*"},{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::1:role/x"}]}"#

    /// An SES receipt rule with an S3 action into bucket `mail`, with an optional bucket policy.
    static func receipt(policy: String?, dependsOn: Bool) -> JSONValue {
        var entries: [(String, String, JSONValue)] = [
            ("aws_s3_bucket", "mail", ["bucket": "mail-inbound-prod"]),
            (
                "aws_ses_receipt_rule", "store",
                [
                    "name": "store", "rule_set_name": "main", "enabled": true,
                    "s3_action": [["bucket_name": ref("aws_s3_bucket.mail", "id"), "position": 1]],
                    "depends_on": dependsOn ? .strings(["aws_s3_bucket_policy.mail"]) : nil,
                ]
            ),
        ]
        if let policy {
            entries.append(
                (
                    "aws_s3_bucket_policy", "mail",
                    ["bucket": ref("aws_s3_bucket.mail", "id"), "policy": template(policy)]
                )
            )
        }
        return Doc.resources(entries, provider: ["aws": [["region": "eu-west-1"]]])
    }

    static let sesPolicy =
        #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::mail-inbound-prod/*"}]}"#

    /// Providers: a default one in `region` and a `us_west_2` alias.
    static func providers(default region: String, alias: String = "us_west_2", aliasRegion: String = "us-west-2")
        -> JSONValue
    {
        ["aws": [["region": .string(region)], ["alias": .string(alias), "region": .string(aliasRegion)]]]
    }
}

extension RuleFixtures {
    static let loadBalancerLimits: [RuleFixture] = [
        RuleFixture(
            .listenerRulePriority,
            passing: [
                Doc.resources([
                    (
                        "aws_lb_listener", "https",
                        ["load_balancer_arn": LimitDoc.ref("aws_lb.main"), "protocol": "HTTPS"]
                    ),
                    ("aws_lb_listener_rule", "a", LimitDoc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", LimitDoc.rule(priority: 20)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", LimitDoc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", LimitDoc.rule(priority: 20)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", LimitDoc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", LimitDoc.rule(listener: "aws_lb_listener.admin", priority: 10)),
                ]),
                Doc.one("aws_lb_listener_rule", LimitDoc.rule(priority: .expression("${var.priority}"))),
            ],
            failing: [
                Doc.resources([
                    (
                        "aws_lb_listener", "https",
                        ["load_balancer_arn": LimitDoc.ref("aws_lb.main"), "protocol": "HTTPS"]
                    ),
                    ("aws_lb_listener_rule", "a", LimitDoc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", LimitDoc.rule(priority: 20)),
                    ("aws_lb_listener_rule", "c", LimitDoc.rule(priority: 10)),
                ]),
                Doc.resources([
                    ("aws_lb_listener_rule", "a", LimitDoc.rule(priority: 10)),
                    ("aws_lb_listener_rule", "b", LimitDoc.rule(priority: 10)),
                ]),
                Doc.one("aws_lb_listener_rule", LimitDoc.rule(priority: 0)),
                Doc.one("aws_lb_listener_rule", LimitDoc.rule(priority: 50001)),
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
            ]
        ),
        RuleFixture(
            .listenerRuleConditions,
            passing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [
                            LimitDoc.condition("host_header", ["api.example.com"]),
                            LimitDoc.condition("path_pattern", ["/v1/*", "/v2/*"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [
                            LimitDoc.condition("http_header", ["a*"]), LimitDoc.condition("http_header", ["b*"]),
                        ]
                    )
                ),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [
                            LimitDoc.condition("host_header", ["a.example.com"]),
                            LimitDoc.condition("host_header", ["b.example.com"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [
                            LimitDoc.condition("host_header", ["a.example", "b.example", "c.example", "d.example"])
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [
                            LimitDoc.condition("host_header", ["a.ex", "b.ex", "c.ex"]),
                            LimitDoc.condition("path_pattern", ["/a", "/b", "/c"]),
                        ]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
                        priority: 1,
                        conditions: [LimitDoc.condition("path_pattern", ["/a*b*c*", "/d*e?f*"])]
                    )
                ),
                Doc.one(
                    "aws_lb_listener_rule",
                    LimitDoc.rule(
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
            ]
        ),
        RuleFixture(
            .forwardTargetGroupCount,
            passing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    [
                        "listener_arn": LimitDoc.ref("aws_lb_listener.https"), "priority": 1,
                        "action": LimitDoc.forward(5),
                    ]
                ),
                Doc.one("aws_lb_listener", ["default_action": LimitDoc.forward(2)]),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener_rule",
                    [
                        "listener_arn": LimitDoc.ref("aws_lb_listener.https"), "priority": 1,
                        "action": LimitDoc.forward(6),
                    ]
                ),
                Doc.one("aws_lb_listener", ["default_action": LimitDoc.forward(6)]),
            ]
        ),
        RuleFixture(
            .targetGroupTargetType,
            passing: [
                LimitDoc.service(targetType: "ip", network: "awsvpc"),
                LimitDoc.service(targetType: nil, network: "bridge"),
                LimitDoc.service(targetType: nil, network: "host"),
            ],
            failing: [
                LimitDoc.service(targetType: nil, network: "awsvpc"),
                LimitDoc.service(targetType: "ip", network: "bridge"),
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
                            "load_balancer_arn": LimitDoc.ref("aws_lb.main"),
                            "default_action": [
                                ["type": "forward", "target_group_arn": LimitDoc.ref("aws_lb_target_group.app")]
                            ],
                        ]
                    ),
                    ("aws_lb_listener", "https", ["load_balancer_arn": LimitDoc.ref("aws_lb.main")]),
                    ("aws_lb_listener_rule", "app", LimitDoc.rule(priority: 1)),
                    ("aws_lb", "main", ["name": "main"]),
                ])
            ],
            failing: [
                Doc.resources([
                    ("aws_lb_target_group", "app", ["name": "app"]),
                    (
                        "aws_lb_listener", "http",
                        [
                            "load_balancer_arn": LimitDoc.ref("aws_lb.public"),
                            "default_action": [
                                ["type": "forward", "target_group_arn": LimitDoc.ref("aws_lb_target_group.app")]
                            ],
                        ]
                    ),
                    ("aws_lb_listener", "https", ["load_balancer_arn": LimitDoc.ref("aws_lb.internal")]),
                    ("aws_lb_listener_rule", "app", LimitDoc.rule(priority: 1)),
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
                    ["protocol": "HTTPS", "certificate_arn": LimitDoc.ref("aws_acm_certificate.api")]
                ),
                Doc.one("aws_lb_listener", ["protocol": "HTTP", "port": 80]),
                Doc.resources(
                    [
                        (
                            "aws_lb_listener", "https",
                            ["protocol": "HTTPS", "certificate_arn": .string(LimitDoc.certificate)]
                        ),
                        (
                            "aws_lb_listener_certificate", "extra",
                            [
                                "listener_arn": LimitDoc.ref("aws_lb_listener.https"),
                                "certificate_arn": .string(LimitDoc.certificate),
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
                            ["protocol": "HTTPS", "certificate_arn": .string(LimitDoc.certificate)]
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
                                "listener_arn": LimitDoc.ref("aws_lb_listener.https"),
                                "certificate_arn": LimitDoc.ref("aws_acm_certificate.cdn"),
                            ]
                        ),
                    ],
                    provider: LimitDoc.providers(default: "eu-central-1", alias: "us_east_1", aliasRegion: "us-east-1")
                ),
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
            ]
        ),
        RuleFixture(
            .loadBalancerRuleCount,
            passing: [
                Doc.resources(
                    [
                        ("aws_lb", "main", ["name": "main"]),
                        ("aws_lb_listener", "https", ["load_balancer_arn": LimitDoc.ref("aws_lb.main")]),
                    ]
                        + (1...100).map { ("aws_lb_listener_rule", "r\($0)", LimitDoc.rule(priority: .int($0))) }
                )
            ],
            failing: [
                Doc.resources(
                    [
                        ("aws_lb", "main", ["name": "main"]),
                        ("aws_lb_listener", "https", ["load_balancer_arn": LimitDoc.ref("aws_lb.main")]),
                        ("aws_lb_listener", "admin", ["load_balancer_arn": LimitDoc.ref("aws_lb.main")]),
                    ]
                        + (1...100).map { ("aws_lb_listener_rule", "r\($0)", LimitDoc.rule(priority: .int($0))) }
                        + [
                            (
                                "aws_lb_listener_rule", "admin",
                                LimitDoc.rule(listener: "aws_lb_listener.admin", priority: 1)
                            )
                        ]
                )
            ]
        ),
    ]

    static let queueLimits: [RuleFixture] = [
        RuleFixture(
            .sqsQueueName,
            passing: [
                Doc.one("aws_sqs_queue", ["name": "orders_v2-dlq"]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": .string(String(repeating: "o", count: 75) + ".fifo"), "fifo_queue": true]
                ),
                Doc.one("aws_sqs_queue", ["name": .expression("${var.env}-orders")]),
                Doc.one("aws_sqs_queue", ["name_prefix": LimitDoc.name(54)]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": LimitDoc.name(81)]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": .string(String(repeating: "o", count: 76) + ".fifo"), "fifo_queue": true]
                ),
                Doc.one("aws_sqs_queue", ["name": "orders.v2"]),
                Doc.one("aws_sqs_queue", ["name": "orders!"]),
                Doc.one("aws_sqs_queue", ["name_prefix": LimitDoc.name(50), "fifo_queue": true]),
            ]
        ),
        RuleFixture(
            .sqsFIFOSuffix,
            passing: [
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": true]),
                Doc.one("aws_sqs_queue", ["name": "orders"]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": .expression("${var.fifo}")]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": "orders", "fifo_queue": true]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo"]),
                Doc.one("aws_sqs_queue", ["name": "orders.fifo", "fifo_queue": false]),
            ]
        ),
        RuleFixture(
            .sqsFIFOOnlyAttributes,
            passing: [
                Doc.one(
                    "aws_sqs_queue",
                    [
                        "name": "orders.fifo", "fifo_queue": true, "content_based_deduplication": true,
                        "fifo_throughput_limit": "perMessageGroupId",
                    ]
                ),
                Doc.one("aws_sqs_queue", ["name": "orders", "content_based_deduplication": false]),
            ],
            failing: [
                Doc.one("aws_sqs_queue", ["name": "orders", "content_based_deduplication": true]),
                Doc.one(
                    "aws_sqs_queue",
                    ["name": "orders", "fifo_queue": false, "deduplication_scope": "messageGroup"]
                ),
            ]
        ),
        RuleFixture(
            .sqsDeadLetterQueueType,
            passing: [
                LimitDoc.redrive(sourceFIFO: false, deadLetterFIFO: false),
                LimitDoc.redrive(sourceFIFO: true, deadLetterFIFO: true),
                Doc.one(
                    "aws_sqs_queue",
                    ["redrive_policy": .expression(#"{"deadLetterTargetArn":"${var.dlq_arn}","maxReceiveCount":5}"#)]
                ),
            ],
            failing: [
                LimitDoc.redrive(sourceFIFO: true, deadLetterFIFO: false),
                Doc.resources([
                    ("aws_sqs_queue", "source", ["name": "jobs"]),
                    ("aws_sqs_queue", "dlq", ["name": "jobs-dlq.fifo", "fifo_queue": true]),
                    (
                        "aws_sqs_queue_redrive_policy", "source",
                        [
                            "queue_url": LimitDoc.ref("aws_sqs_queue.source", "id"),
                            "redrive_policy": .expression(
                                #"{"deadLetterTargetArn":"${aws_sqs_queue.dlq.arn}","maxReceiveCount":4}"#
                            ),
                        ]
                    ),
                ]),
                Doc.resources(
                    [
                        (
                            "aws_sqs_queue", "source",
                            [
                                "redrive_policy": .expression(
                                    #"{"deadLetterTargetArn":"${aws_sqs_queue.dlq.arn}","maxReceiveCount":4}"#
                                )
                            ]
                        ),
                        ("aws_sqs_queue", "dlq", ["name": "jobs-dlq", "provider": "aws.us_west_2"]),
                    ],
                    provider: LimitDoc.providers(default: "eu-west-1")
                ),
                Doc.resources(
                    [
                        (
                            "aws_sqs_queue", "source",
                            [
                                "redrive_policy": .string(
                                    #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:111122223333:jobs-dlq","maxReceiveCount":4}"#
                                )
                            ]
                        )
                    ],
                    provider: ["aws": ["region": "eu-west-1"]]
                ),
            ]
        ),
        RuleFixture(
            .sqsMaxReceiveCount,
            passing: [LimitDoc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: 1000)],
            failing: [
                LimitDoc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: 0),
                LimitDoc.redrive(sourceFIFO: false, deadLetterFIFO: false, maxReceiveCount: "1001"),
            ]
        ),
        RuleFixture(
            .sqsLambdaVisibilityTimeout,
            passing: [
                LimitDoc.consumer(visibility: 180, timeout: 30),
                LimitDoc.consumer(visibility: nil, timeout: nil),
                LimitDoc.consumer(visibility: .expression("${var.visibility}"), timeout: 60),
            ],
            failing: [
                LimitDoc.consumer(visibility: nil, timeout: 60),
                LimitDoc.consumer(visibility: 20, timeout: 25),
            ]
        ),
    ]

    static let databaseLimits: [RuleFixture] = [
        RuleFixture(
            .rdsIdentifier,
            passing: [
                Doc.one("aws_db_instance", ["identifier": "bmlt-aggregator"]),
                Doc.one("aws_db_instance", ["identifier": .expression("${var.env}-db")]),
                Doc.one("aws_rds_cluster", ["cluster_identifier": .string("a" + String(repeating: "1", count: 62))]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["identifier": .string("a" + String(repeating: "1", count: 63))]),
                Doc.one("aws_db_instance", ["identifier": "1db"]),
                Doc.one("aws_db_instance", ["identifier": "my--db"]),
                Doc.one("aws_db_instance", ["identifier": "mydb-"]),
                Doc.one("aws_db_instance", ["identifier": "My_DB"]),
                Doc.one(
                    "aws_rds_cluster",
                    ["cluster_identifier": "revendiste-production-aurora-postgresql-cluster-with-a-long-name"]
                ),
                Doc.one("aws_rds_cluster_instance", ["identifier_prefix": LimitDoc.name(38)]),
            ]
        ),
        RuleFixture(
            .rdsFinalSnapshotIdentifier,
            passing: [
                Doc.one("aws_db_instance", ["skip_final_snapshot": false, "final_snapshot_identifier": "app-final"]),
                Doc.one("aws_rds_cluster", ["skip_final_snapshot": true]),
                Doc.one(
                    "aws_db_instance",
                    ["replicate_source_db": LimitDoc.ref("aws_db_instance.primary", "identifier")]
                ),
                Doc.one("aws_db_instance", ["skip_final_snapshot": .expression("${var.ephemeral}")]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["identifier": "app"]),
                Doc.one("aws_rds_cluster", ["cluster_identifier": "app", "skip_final_snapshot": false]),
            ]
        ),
        RuleFixture(
            .rdsMasterPassword,
            passing: [
                Doc.one("aws_db_instance", ["engine": "mysql", "password": "Correct-Horse-9!"]),
                Doc.one(
                    "aws_db_instance",
                    ["engine": "postgres", "password": .string(String(repeating: "p", count: 100))]
                ),
                Doc.one(
                    "aws_rds_cluster",
                    ["engine": "aurora-mysql", "master_password": .expression("${random_password.db.result}")]
                ),
            ],
            failing: [
                Doc.one("aws_db_instance", ["engine": "mysql", "password": "p@ssword123"]),
                Doc.one(
                    "aws_db_instance",
                    ["engine": "mysql", "password": .string(String(repeating: "p", count: 42))]
                ),
                Doc.one("aws_rds_cluster", ["engine": "aurora-postgresql", "master_password": "short"]),
                Doc.one("aws_db_instance", ["engine": "custom-engine", "password": "has space 12345"]),
            ]
        ),
        RuleFixture(
            .auroraServerlessV2Capacity,
            passing: [
                LimitDoc.serverless(["min_capacity": 0.5, "max_capacity": 4]),
                LimitDoc.serverless(["min_capacity": 0, "max_capacity": 1, "seconds_until_auto_pause": 300]),
                LimitDoc.serverless(["min_capacity": 2.5, "max_capacity": 256]),
            ],
            failing: [
                LimitDoc.serverless(["min_capacity": 0.25, "max_capacity": 4]),
                LimitDoc.serverless(["min_capacity": 1, "max_capacity": 300]),
                LimitDoc.serverless(["min_capacity": 1.3, "max_capacity": 4]),
                LimitDoc.serverless(["min_capacity": 8, "max_capacity": 4]),
                LimitDoc.serverless(["min_capacity": 0.5, "max_capacity": 0.5]),
            ]
        ),
        RuleFixture(
            .auroraServerlessV2Instance,
            passing: [
                LimitDoc.serverless(["min_capacity": 0.5, "max_capacity": 4]),
                LimitDoc.serverless(["min_capacity": 0.5, "max_capacity": 4], engineMode: "provisioned"),
            ],
            failing: [
                LimitDoc.serverless(nil),
                LimitDoc.serverless(["min_capacity": 0.5, "max_capacity": 4], engineMode: "serverless"),
            ]
        ),
    ]

    static let storageAndIdentityLimits: [RuleFixture] = [
        RuleFixture(
            .s3BucketName,
            passing: [
                Doc.one("aws_s3_bucket", ["bucket": "bmlt-aggregator-server-list-prod"]),
                Doc.one("aws_s3_bucket", ["bucket": "logs.example.com"]),
                Doc.one("aws_s3_bucket", ["bucket": .expression("${var.project}-logs")]),
                Doc.one("aws_s3_bucket", ["bucket_prefix": "uploads-"]),
            ],
            failing: [
                Doc.one("aws_s3_bucket", ["bucket": "My_Bucket"]),
                Doc.one("aws_s3_bucket", ["bucket": "ab"]),
                Doc.one("aws_s3_bucket", ["bucket": "192.168.1.10"]),
                Doc.one("aws_s3_bucket", ["bucket": "xn--bucket"]),
                Doc.one("aws_s3_bucket", ["bucket": "data-s3alias"]),
                Doc.one("aws_s3_bucket", ["bucket": "logs..example"]),
                Doc.one("aws_s3_bucket", ["bucket": "-logs"]),
                Doc.one("aws_s3_bucket", ["bucket": LimitDoc.name(64)]),
                Doc.one("aws_s3_bucket", ["bucket_prefix": LimitDoc.name(38)]),
            ]
        ),
        RuleFixture(
            .s3NotificationLambdaPermission,
            passing: [LimitDoc.notification(permission: "s3.amazonaws.com", dependsOn: true)],
            failing: [
                LimitDoc.notification(permission: nil, dependsOn: false),
                LimitDoc.notification(permission: "s3.amazonaws.com", dependsOn: false),
                LimitDoc.notification(permission: "events.amazonaws.com", dependsOn: true),
            ]
        ),
        RuleFixture(
            .iamRoleName,
            passing: [
                Doc.one("aws_iam_role", ["name": "aggregator-task_execution+x=y,z.w@v"]),
                Doc.one("aws_iam_role", ["name_prefix": LimitDoc.name(38)]),
            ],
            failing: [
                Doc.one("aws_iam_role", ["name": LimitDoc.name(65)]),
                Doc.one("aws_iam_role", ["name": "task role"]),
                Doc.one("aws_iam_role", ["name_prefix": LimitDoc.name(39)]),
            ]
        ),
        RuleFixture(
            .iamPolicyName,
            passing: [
                Doc.one("aws_iam_policy", ["name": LimitDoc.name(128)]),
                Doc.one("aws_iam_role_policy", ["name": "read-secrets"]),
            ],
            failing: [
                Doc.one("aws_iam_policy", ["name": LimitDoc.name(129)]),
                Doc.one("aws_iam_role_policy", ["name": "read/secrets"]),
            ]
        ),
        RuleFixture(
            .iamInstanceProfileName,
            passing: [Doc.one("aws_iam_instance_profile", ["name": "aggregator-hosts"])],
            failing: [
                Doc.one("aws_iam_instance_profile", ["name": LimitDoc.name(129)]),
                Doc.one("aws_iam_instance_profile", ["name_prefix": LimitDoc.name(103)]),
            ]
        ),
        RuleFixture(
            .lambdaFunctionName,
            passing: [
                Doc.one("aws_lambda_function", ["function_name": "AggregatorStoppedTask"]),
                Doc.one("aws_lambda_function", ["function_name": LimitDoc.name(64)]),
            ],
            failing: [
                Doc.one("aws_lambda_function", ["function_name": LimitDoc.name(65)]),
                Doc.one("aws_lambda_function", ["function_name": "stopped.task"]),
            ]
        ),
        RuleFixture(
            .lambdaSettings,
            passing: [
                Doc.one(
                    "aws_lambda_function",
                    ["memory_size": 128, "timeout": 900, "reserved_concurrent_executions": -1]
                ),
                Doc.one(
                    "aws_lambda_function",
                    ["memory_size": 10240, "timeout": 1, "reserved_concurrent_executions": 0]
                ),
            ],
            failing: [
                Doc.one("aws_lambda_function", ["memory_size": 64]),
                Doc.one("aws_lambda_function", ["memory_size": 10241]),
                Doc.one("aws_lambda_function", ["timeout": 901]),
                Doc.one("aws_lambda_function", ["timeout": 0]),
                Doc.one("aws_lambda_function", ["reserved_concurrent_executions": -2]),
            ]
        ),
        RuleFixture(
            .logGroupName,
            passing: [Doc.one("aws_cloudwatch_log_group", ["name": "/aws/lambda/AggregatorStoppedTask#1"])],
            failing: [
                Doc.one("aws_cloudwatch_log_group", ["name": "app logs"]),
                Doc.one("aws_cloudwatch_log_group", ["name": LimitDoc.name(513)]),
                Doc.one("aws_cloudwatch_log_group", ["name_prefix": LimitDoc.name(487)]),
            ]
        ),
    ]

    static let eventLimits: [RuleFixture] = [
        RuleFixture(
            .eventNames,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["name": "aggregator-import.v2_x"]),
                Doc.one("aws_cloudwatch_event_target", ["target_id": LimitDoc.name(64)]),
                Doc.one("aws_cloudwatch_event_rule", ["name_prefix": LimitDoc.name(38)]),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["name": LimitDoc.name(65)]),
                Doc.one("aws_cloudwatch_event_rule", ["name": "import:nightly"]),
                Doc.one("aws_cloudwatch_event_target", ["target_id": "run task"]),
                Doc.one("aws_cloudwatch_event_rule", ["name_prefix": LimitDoc.name(39)]),
            ]
        ),
        RuleFixture(
            .eventPatternJSON,
            passing: [
                Doc.one("aws_cloudwatch_event_rule", ["event_pattern": #"{"source": ["aws.ecs"]}"#]),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .expression(
                            #"{"detail":{"clusterArn":["${aws_ecs_cluster.main.arn}"]},"source":["aws.ecs"]}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    ["event_pattern": .expression(#"${jsonencode({"source" = ["aws.ecs"]})}"#)]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .string(
                            #"{"source":["aws.s3"],"detail":{"key":[""# + String(repeating: " ", count: 4000) + #""]}}"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one("aws_cloudwatch_event_rule", ["event_pattern": "{source: aws.ecs}"]),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    ["event_pattern": .expression(#"{"detail":{"clusterArn":["${aws_ecs_cluster.main.arn}"]}"#)]
                ),
                Doc.one(
                    "aws_cloudwatch_event_rule",
                    [
                        "event_pattern": .string(
                            #"{"source":["aws.s3"],"detail":{"key":[""# + String(repeating: "k", count: 4100) + #""]}}"#
                        )
                    ]
                ),
            ]
        ),
        RuleFixture(
            .eventECSTargetNetwork,
            passing: [
                LimitDoc.ecsTarget(network: "awsvpc", networkConfiguration: true, policy: LimitDoc.runTaskPolicy),
                LimitDoc.ecsTarget(network: "bridge", networkConfiguration: false, policy: LimitDoc.runTaskPolicy),
            ],
            failing: [
                LimitDoc.ecsTarget(network: "awsvpc", networkConfiguration: false, policy: LimitDoc.runTaskPolicy)
            ]
        ),
        RuleFixture(
            .eventECSTargetRole,
            passing: [
                LimitDoc.ecsTarget(network: "bridge", networkConfiguration: false, policy: LimitDoc.runTaskPolicy),
                LimitDoc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    role: .expression("${var.events_role_arn}")
                ),
                LimitDoc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"{"Statement":[{"Effect":"Allow","Action":["ecs:*","iam:PassRole"],"Resource":"*"}]}"#
                ),
                LimitDoc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"${data.aws_iam_policy_document.events.json}"#
                ),
            ],
            failing: [
                LimitDoc.ecsTarget(network: "bridge", networkConfiguration: false, role: nil),
                LimitDoc.ecsTarget(
                    network: "bridge",
                    networkConfiguration: false,
                    policy: #"{"Statement":[{"Effect":"Allow","Action":"ecs:RunTask","Resource":"*"}]}"#
                ),
                LimitDoc.ecsTarget(network: "bridge", networkConfiguration: false),
            ]
        ),
    ]

    static let taskDefinitionLimits: [RuleFixture] = [
        RuleFixture(
            .fargateCPUMemory,
            passing: [
                LimitDoc.fargate(cpu: "256", memory: "512"),
                LimitDoc.fargate(cpu: 2048, memory: 4096),
                LimitDoc.fargate(cpu: "1 vCPU", memory: "2 GB"),
                LimitDoc.fargate(cpu: 8192, memory: 61440),
                LimitDoc.fargate(cpu: 16384, memory: 32768),
                LimitDoc.fargate(cpu: .expression("${var.cpu}"), memory: 1024),
            ],
            failing: [
                LimitDoc.fargate(cpu: 256, memory: 4096),
                LimitDoc.fargate(cpu: "512", memory: "512"),
                LimitDoc.fargate(cpu: 300, memory: 1024),
                LimitDoc.fargate(cpu: 1024, memory: nil),
                LimitDoc.fargate(cpu: 8192, memory: 18432),
                LimitDoc.fargate(cpu: 4096, memory: 31744),
            ]
        ),
        RuleFixture(
            .fargateNetworkMode,
            passing: [
                LimitDoc.fargate(cpu: 256, memory: 512),
                LimitDoc.containers("[]", network: "bridge", compatibilities: ["EC2"]),
            ],
            failing: [
                LimitDoc.fargate(cpu: 256, memory: 512, network: "bridge"),
                LimitDoc.fargate(cpu: 256, memory: 512, network: nil),
            ]
        ),
        RuleFixture(
            .ecsAwsvpcHostPort,
            passing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":80},{"containerPort":443,"hostPort":443}]}]"#,
                    network: "awsvpc"
                ),
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":8000,"hostPort":0}]}]"#,
                    network: "bridge"
                ),
            ],
            failing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":80,"hostPort":8080}]}]"#,
                    network: "awsvpc"
                ),
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":8000,"hostPort":0}]}]"#,
                    network: "awsvpc"
                ),
            ]
        ),
        RuleFixture(
            .ecsEssentialContainer,
            passing: [
                LimitDoc.containers(#"[{"name":"web","memory":256},{"name":"init","memory":64,"essential":false}]"#),
                LimitDoc.containers(#"[{"name":"web","memory":256,"essential":true}]"#),
            ],
            failing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"essential":false},{"name":"init","memory":64,"essential":false}]"#
                )
            ]
        ),
        RuleFixture(
            .ecsDependsOnTarget,
            passing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64,"essential":false}]"#
                )
            ],
            failing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"migrate","condition":"SUCCESS"}]},{"name":"init","memory":64,"essential":false}]"#
                )
            ]
        ),
        RuleFixture(
            .ecsDependsOnEssential,
            passing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64,"essential":false}]"#
                ),
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"proxy","condition":"START"}]},{"name":"proxy","memory":64}]"#
                ),
            ],
            failing: [
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64}]"#
                ),
                LimitDoc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"SUCCESS"}]},{"name":"init","memory":64,"essential":true}]"#
                ),
            ]
        ),
        RuleFixture(
            .ecsContainerMemory,
            passing: [
                LimitDoc.containers(#"[{"name":"web","memoryReservation":256},{"name":"sidecar","memory":64}]"#),
                LimitDoc.containers(#"[{"name":"web"}]"#, memory: 512),
                Doc.one(
                    "aws_ecs_task_definition",
                    LimitDoc.task(
                        network: "awsvpc",
                        compatibilities: ["FARGATE"],
                        cpu: 256,
                        memory: 512,
                        containers: #"[{"name":"web"}]"#
                    )
                ),
            ],
            failing: [
                LimitDoc.containers(#"[{"name":"web","memoryReservation":256},{"name":"sidecar"}]"#),
                LimitDoc.containers(#"[{"name":"web"}]"#, compatibilities: nil),
            ]
        ),
    ]

    static let serviceLimits: [RuleFixture] = [
        RuleFixture(
            .ecsServiceLoadBalancerContainer,
            passing: [
                LimitDoc.service(targetType: "ip", network: "awsvpc"),
                LimitDoc.service(targetType: nil, network: "bridge"),
            ],
            failing: [
                LimitDoc.service(
                    network: "bridge",
                    [
                        "load_balancer": [
                            [
                                "target_group_arn": LimitDoc.ref("aws_lb_target_group.app"), "container_name": "api",
                                "container_port": 80,
                            ]
                        ]
                    ]
                ),
                LimitDoc.service(
                    network: "bridge",
                    [
                        "load_balancer": [
                            [
                                "target_group_arn": LimitDoc.ref("aws_lb_target_group.app"), "container_name": "web",
                                "container_port": 8080,
                            ]
                        ]
                    ]
                ),
            ]
        ),
        RuleFixture(
            .ecsServiceNetworkConfiguration,
            passing: [
                LimitDoc.service(network: "awsvpc", ["network_configuration": [["subnets": .strings(["subnet-1"])]]]),
                LimitDoc.service(network: "bridge", ["iam_role": LimitDoc.ref("aws_iam_role.ecs_service")]),
            ],
            failing: [
                LimitDoc.service(network: "awsvpc", [:]),
                LimitDoc.service(
                    network: "awsvpc",
                    [
                        "network_configuration": [["subnets": .strings(["subnet-1"])]],
                        "iam_role": LimitDoc.ref("aws_iam_role.ecs_service"),
                    ]
                ),
                LimitDoc.service(network: "bridge", ["network_configuration": [["subnets": .strings(["subnet-1"])]]]),
            ]
        ),
        RuleFixture(
            .ecsScalableTarget,
            passing: [
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "service/main/web",
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs",
                        "resource_id": .expression("service/${aws_ecs_cluster.main.name}/${aws_ecs_service.web.name}"),
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "dynamodb", "resource_id": "table/orders",
                        "scalable_dimension": "dynamodb:table:ReadCapacityUnits",
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "main/web",
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "service/main/web",
                        "scalable_dimension": "ecs:service:Count",
                    ]
                ),
            ]
        ),
        RuleFixture(
            .elastiCacheAuthTokenFormat,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": LimitDoc.name(32, "x"), "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": .expression("${random_password.redis.result}"), "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "Aa1!&#$^<>-Aa1!&#$^<>-", "transit_encryption_enabled": true]
                ),
                Doc.one("aws_elasticache_replication_group", ["transit_encryption_enabled": false]),
            ],
            failing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "short-token", "transit_encryption_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["auth_token": "token-with-an-at@sign", "transit_encryption_enabled": true]
                ),
                Doc.one("aws_elasticache_replication_group", ["auth_token": LimitDoc.name(32, "x")]),
            ]
        ),
        RuleFixture(
            .elastiCacheMultiAZ,
            passing: [
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "num_cache_clusters": 2]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    [
                        "multi_az_enabled": true, "automatic_failover_enabled": true, "num_node_groups": 2,
                        "replicas_per_node_group": 1,
                    ]
                ),
                Doc.one("aws_elasticache_replication_group", ["num_cache_clusters": 1]),
            ],
            failing: [
                Doc.one("aws_elasticache_replication_group", ["multi_az_enabled": true, "num_cache_clusters": 2]),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "num_cache_clusters": 1]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true]
                ),
                Doc.one(
                    "aws_elasticache_replication_group",
                    ["multi_az_enabled": true, "automatic_failover_enabled": true, "replicas_per_node_group": 0]
                ),
            ]
        ),
    ]

    static let regionalLimits: [RuleFixture] = [
        RuleFixture(
            .globalAcceleratorRegion,
            passing: [
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea", "provider": "aws.us_west_2"])],
                    provider: LimitDoc.providers(default: "eu-central-1")
                ),
                Doc.resources(
                    [("aws_globalaccelerator_listener", "main", ["protocol": "TCP"])],
                    provider: ["aws": ["region": "us-west-2"]]
                ),
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea"])],
                    provider: ["aws": ["region": .expression("${var.region}")]]
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_globalaccelerator_accelerator", "main", ["name": "aldea"])],
                    provider: LimitDoc.providers(default: "eu-central-1")
                ),
                Doc.resources(
                    [("aws_globalaccelerator_endpoint_group", "main", ["provider": "aws.us_west_2"])],
                    provider: LimitDoc.providers(default: "us-west-2", aliasRegion: "us-east-1")
                ),
            ]
        ),
        RuleFixture(
            .sesReceivingRegion,
            passing: [
                Doc.resources(
                    [("aws_ses_receipt_rule_set", "main", ["rule_set_name": "main"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                ),
                Doc.resources(
                    [
                        (
                            "aws_ses_receipt_rule", "main",
                            ["name": "store", "rule_set_name": "main", "provider": "aws.ses"]
                        )
                    ],
                    provider: LimitDoc.providers(default: "sa-east-1", alias: "ses", aliasRegion: "us-east-1")
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_ses_receipt_rule_set", "main", ["rule_set_name": "main"])],
                    provider: ["aws": ["region": "sa-east-1"]]
                ),
                Doc.resources(
                    [("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main", "provider": "aws.ses"])],
                    provider: LimitDoc.providers(default: "eu-west-1", alias: "ses", aliasRegion: "eu-south-1")
                ),
            ]
        ),
        RuleFixture(
            .sesS3ActionBucketPolicy,
            passing: [
                LimitDoc.receipt(policy: LimitDoc.sesPolicy, dependsOn: true),
                LimitDoc.receipt(policy: "${data.aws_iam_policy_document.mail.json}", dependsOn: true),
            ],
            failing: [
                LimitDoc.receipt(policy: nil, dependsOn: false),
                LimitDoc.receipt(
                    policy: #"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#,
                    dependsOn: true
                ),
                LimitDoc.receipt(policy: LimitDoc.sesPolicy, dependsOn: false),
            ]
        ),
        RuleFixture(
            .sesSingleActiveRuleSet,
            passing: [
                Doc.resources([("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"])]),
                Doc.resources(
                    [
                        ("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"]),
                        (
                            "aws_ses_active_receipt_rule_set", "oregon",
                            ["rule_set_name": "main", "provider": "aws.us_west_2"]
                        ),
                    ],
                    provider: LimitDoc.providers(default: "eu-west-1")
                ),
            ],
            failing: [
                Doc.resources([
                    ("aws_ses_active_receipt_rule_set", "main", ["rule_set_name": "main"]),
                    ("aws_ses_active_receipt_rule_set", "other", ["rule_set_name": "other"]),
                ])
            ]
        ),
        RuleFixture(
            .wafScopeForRegionalResources,
            passing: [
                Doc.resources([
                    ("aws_wafv2_web_acl", "main", ["name": "main", "scope": "REGIONAL"]),
                    (
                        "aws_wafv2_web_acl_association", "main",
                        [
                            "resource_arn": LimitDoc.ref("aws_lb.main"),
                            "web_acl_arn": LimitDoc.ref("aws_wafv2_web_acl.main"),
                        ]
                    ),
                ]),
                Doc.one("aws_wafv2_web_acl", ["name": "cdn", "scope": "CLOUDFRONT"]),
            ],
            failing: [
                Doc.resources([
                    ("aws_lb", "main", ["name": "main"]),
                    ("aws_wafv2_web_acl", "main", ["name": "main", "scope": "CLOUDFRONT"]),
                    (
                        "aws_wafv2_web_acl_association", "main",
                        [
                            "resource_arn": LimitDoc.ref("aws_lb.main"),
                            "web_acl_arn": LimitDoc.ref("aws_wafv2_web_acl.main"),
                        ]
                    ),
                ])
            ]
        ),
        RuleFixture(
            .wafCloudFrontRegion,
            passing: [
                Doc.resources(
                    [
                        (
                            "aws_wafv2_web_acl", "cdn",
                            ["name": "cdn", "scope": "CLOUDFRONT", "provider": "aws.us_east_1"]
                        )
                    ],
                    provider: LimitDoc.providers(default: "eu-central-1", alias: "us_east_1", aliasRegion: "us-east-1")
                ),
                Doc.resources(
                    [("aws_wafv2_web_acl", "api", ["name": "api", "scope": "REGIONAL"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                ),
            ],
            failing: [
                Doc.resources(
                    [("aws_wafv2_web_acl", "cdn", ["name": "cdn", "scope": "CLOUDFRONT"])],
                    provider: ["aws": ["region": "eu-central-1"]]
                )
            ]
        ),
    ]
}
