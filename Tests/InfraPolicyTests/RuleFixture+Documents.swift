import InfraCore
import InfraPolicy

/// Building blocks of the fixture documents that several services' fixtures share.
extension Doc {
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
    static func taskDefinition(_ containers: String, _ extra: [String: JSONValue] = [:]) -> JSONValue {
        var body: [String: JSONValue] = ["container_definitions": .string(containers)]
        for (key, value) in extra { body[key] = value }
        return Doc.one("aws_ecs_task_definition", .object(body))
    }

    static func publicAccessBlock(all: Bool) -> JSONValue {
        [
            "bucket": .expression("${aws_s3_bucket.b.id}"),
            "block_public_acls": true,
            "block_public_policy": .bool(all),
            "ignore_public_acls": true,
            "restrict_public_buckets": true,
        ]
    }
}
