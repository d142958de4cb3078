import Foundation
import InfraCore
import Stacks
import Testing

/// What Aldea's renders must contain (seed 001, STACKS.md §2), independent of the goldens' exact bytes.
@Suite struct AldeaStackTests {
    let prod: JSONValue
    let dev: JSONValue
    let outcomes: [StackPipeline.Outcome]

    init() throws {
        let entry = try #require(StackCatalog.entry(named: "aldea"))
        let prodOutcome = try TestSupport.outcome(entry, "prod")
        let devOutcome = try TestSupport.outcome(entry, "dev")
        outcomes = [prodOutcome, devOutcome]
        prod = try #require(prodOutcome.rendered?.document)
        dev = try #require(devOutcome.rendered?.document)
    }

    private func resources(_ type: String, in document: JSONValue) -> [String: JSONValue] {
        document["resource"]?[type]?.objectValue ?? [:]
    }

    @Test func rendersWithoutBlockingFindings() {
        for outcome in outcomes {
            #expect(outcome.inputErrors.isEmpty)
            let blocking = outcome.findings.filter(\.isBlocking)
            #expect(blocking.isEmpty, "\(blocking)")
        }
    }

    @Test(arguments: [
        ("aws_globalaccelerator_accelerator", 1), ("aws_globalaccelerator_listener", 1),
        ("aws_globalaccelerator_endpoint_group", 1), ("aws_wafv2_web_acl", 1), ("aws_wafv2_ip_set", 1),
        ("aws_wafv2_web_acl_association", 1), ("aws_lb", 1), ("aws_lb_listener_rule", 5), ("aws_lb_target_group", 6),
        ("aws_ecs_cluster", 1), ("aws_ecs_task_definition", 7), ("aws_ecs_service", 7), ("aws_ecr_repository", 5),
        ("aws_elasticache_replication_group", 1), ("aws_db_instance", 1), ("aws_secretsmanager_secret", 3),
        ("aws_route53_record", 3), ("aws_nat_gateway", 2), ("aws_subnet", 4), ("aws_security_group", 4),
    ])
    func prodContains(type: String, count: Int) {
        #expect(resources(type, in: prod).count == count, "\(type)")
    }

    @Test(arguments: [
        ("aws_globalaccelerator_accelerator", 0), ("aws_wafv2_web_acl", 0), ("aws_lb", 1),
        ("aws_lb_listener_rule", 4), ("aws_lb_target_group", 4), ("aws_ecs_service", 5), ("aws_db_instance", 0),
        ("aws_elasticache_replication_group", 1), ("aws_nat_gateway", 1), ("aws_route53_record", 3),
    ])
    func devContains(type: String, count: Int) {
        #expect(resources(type, in: dev).count == count, "\(type)")
    }

    /// The seed's five routing rules: priority, conditions, and the target groups (weighted 50/50 for the pairs).
    @Test func prodRoutesAsTheSeedSays() throws {
        let rules = resources("aws_lb_listener_rule", in: prod)
        func rule(_ priority: Int) throws -> JSONValue {
            try #require(rules.values.first { $0["priority"] == .int(priority) }, "no rule at priority \(priority)")
        }
        func conditions(_ rule: JSONValue) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for condition in rule["condition"]?.arrayValue ?? [] {
                for (kind, value) in condition.objectValue ?? [:] {
                    let block = value.blocks.first ?? [:]
                    let values = block["values"]?.arrayValue?.compactMap(\.literalString) ?? []
                    let name = block["http_header_name"]?.literalString.map { ":\($0)" } ?? ""
                    result[kind + name] = values
                }
            }
            return result
        }
        func targets(_ rule: JSONValue) -> [String: Int] {
            let action = rule["action"]?.blocks.first ?? [:]
            if let single = action["target_group_arn"]?.templateText { return [single: 1] }
            var result: [String: Int] = [:]
            for group in action["forward"]?.blocks.first?["target_group"]?.arrayValue ?? [] {
                result[group["arn"]?.templateText ?? ""] = group["weight"]?.intValue
            }
            return result
        }
        let group = { (label: String) in "${aws_lb_target_group.\(label).arn}" }

        #expect(rules.count == 5)
        #expect(conditions(try rule(10)) == ["host_header": ["platform.aldea.ai"]])
        #expect(targets(try rule(10)) == [group("imp_frontend"): 1])
        #expect(conditions(try rule(20)) == ["host_header": ["backend.aldea.ai"]])
        #expect(targets(try rule(20)) == [group("imp_backend"): 1])
        #expect(
            conditions(try rule(100)) == ["http_header:Upgrade": ["websocket"], "path_pattern": ["/listen/*"]]
        )
        #expect(targets(try rule(100)) == [group("ws_proxy_live1"): 50, group("ws_proxy_live2"): 50])
        #expect(conditions(try rule(200)) == ["host_header": ["api.aldea.ai"], "path_pattern": ["/listen/*"]])
        #expect(targets(try rule(200)) == [group("http_proxy_live1"): 50, group("http_proxy_live2"): 50])
        #expect(conditions(try rule(300)) == ["host_header": ["api.aldea.ai"], "path_pattern": ["/transcribe/*"]])
        #expect(targets(try rule(300)) == [group("http_proxy_live1"): 50, group("http_proxy_live2"): 50])
    }

    @Test func prodListenerIsModernTLSAndWebSocketFriendly() throws {
        let listener = try #require(resources("aws_lb_listener", in: prod)["main_https"])
        #expect(listener["port"] == 443)
        #expect(listener["ssl_policy"] == "ELBSecurityPolicy-TLS13-1-2-2021-06")
        let idle = try #require(resources("aws_lb", in: prod)["main"]?["idle_timeout"]?.intValue)
        #expect(idle >= 300)
    }

    @Test func redisIsTLSWithAuthAndMultiAZInProdOnly() throws {
        let redis = try #require(resources("aws_elasticache_replication_group", in: prod)["main"])
        #expect(redis["engine_version"] == "7.1")
        #expect(redis["transit_encryption_enabled"] == true)
        #expect(redis["at_rest_encryption_enabled"] == "true")
        #expect(redis["multi_az_enabled"] == true)
        #expect(redis["automatic_failover_enabled"] == true)
        #expect(redis["num_cache_clusters"] == 2)
        #expect(redis["auth_token"]?.templateText == "${var.redis_auth_token}")
        #expect(prod["variable"]?["redis_auth_token"]?["sensitive"] == true)
        #expect(prod["variable"]?["redis_auth_token"]?["default"] == nil)

        let single = try #require(resources("aws_elasticache_replication_group", in: dev)["main"])
        #expect(single["replication_group_id"] == "dev-ws-proxy")
        #expect(single["multi_az_enabled"] == false)
        #expect(single["num_cache_clusters"] == 1)
        #expect(single["transit_encryption_enabled"] == true)
    }

    @Test func acceleratorFrontsTheALBAndTheRecordsPointAtIt() throws {
        let listener = try #require(resources("aws_globalaccelerator_listener", in: prod).values.first)
        #expect(listener["protocol"] == "TCP")
        #expect(listener["port_range"]?.blocks.first?["from_port"] == 443)
        let group = try #require(resources("aws_globalaccelerator_endpoint_group", in: prod).values.first)
        let endpoint = try #require(group["endpoint_configuration"]?.blocks.first)
        #expect(endpoint["endpoint_id"]?.templateText == "${aws_lb.main.arn}")
        #expect(endpoint["client_ip_preservation_enabled"] == true)
        for record in resources("aws_route53_record", in: prod).values {
            #expect(
                record["alias"]?.blocks.first?["name"]?.templateText
                    == "${aws_globalaccelerator_accelerator.main.dns_name}"
            )
        }
        let names = Set(resources("aws_route53_record", in: prod).values.compactMap { $0["name"]?.literalString })
        #expect(names == ["api.aldea.ai", "backend.aldea.ai", "platform.aldea.ai"])
        for record in resources("aws_route53_record", in: dev).values {
            #expect(record["alias"]?.blocks.first?["name"]?.templateText == "${aws_lb.main.dns_name}")
        }
    }

    @Test func wafHasRateGeoAndAllowListRulesOnTheALB() throws {
        let acl = try #require(resources("aws_wafv2_web_acl", in: prod)["main"])
        #expect(acl["scope"] == "REGIONAL")
        let statements = (acl["rule"]?.arrayValue ?? []).compactMap { $0["statement"]?.blocks.first?.keys.first }
        #expect(
            Set(statements) == ["rate_based_statement", "geo_match_statement", "ip_set_reference_statement"]
        )
        let association = try #require(resources("aws_wafv2_web_acl_association", in: prod).values.first)
        #expect(association["resource_arn"]?.templateText == "${aws_lb.main.arn}")
    }

    @Test func servicesRunPrivatelyAndProxiesTalkToTheirSTTBackend() throws {
        let services = resources("aws_ecs_service", in: prod)
        #expect(
            Set(services.values.compactMap { $0["name"]?.literalString }) == [
                "ws-proxy-live1", "ws-proxy-live2", "http-proxy-live1", "http-proxy-live2", "imp-backend",
                "imp-frontend", "sqs-updater",
            ]
        )
        for service in services.values {
            #expect(service["launch_type"] == "FARGATE")
            #expect(service["network_configuration"]?.blocks.first?["assign_public_ip"] == false)
        }
        let tasks = resources("aws_ecs_task_definition", in: prod)
        for (label, backend) in [
            ("ws_proxy_live1", "stt-api-live-1.aldea.ai:8800"), ("http_proxy_live1", "stt-api-live-1.aldea.ai:8800"),
            ("ws_proxy_live2", "stt-api-live-2.aldea.ai:8800"), ("http_proxy_live2", "stt-api-live-2.aldea.ai:8800"),
        ] {
            let definitions = try #require(tasks[label]?["container_definitions"]?.templateText)
            #expect(definitions.contains("{\"name\":\"STT_API_URL\",\"value\":\"\(backend)\"}"), "\(label)")
            #expect(definitions.contains("rediss://"))
        }
        let devServices = Set(resources("aws_ecs_service", in: dev).values.compactMap { $0["name"]?.literalString })
        #expect(devServices == ["ws-proxy", "transcribe", "backend", "frontend", "sqs-updater"])
    }

    @Test func onlyTheBackendAndTheUpdaterMayUseTheQueue() throws {
        let policies = resources("aws_iam_role_policy", in: prod)
        #expect(policies["imp_backend_task"]?["policy"]?.templateText?.contains("sqs:SendMessage") == true)
        #expect(policies["sqs_updater_task"]?["policy"]?.templateText?.contains("sqs:ReceiveMessage") == true)
        #expect(policies.keys.filter { $0.hasSuffix("_task") }.sorted() == ["imp_backend_task", "sqs_updater_task"])
        let frontend = try #require(policies["imp_frontend_execution"]?["policy"]?.templateText)
        #expect(frontend.contains("aws_secretsmanager_secret.imp_frontend_env.arn"))
        #expect(!frontend.contains("redis_auth_token"))
        #expect(!frontend.contains("imp_backend_env"))
        #expect(resources("aws_sqs_queue", in: prod)["usage_updates"]?["name"] == "usage-updates-queue")
    }

    @Test func keepsNoDataSourcesAndNoSecretLiterals() {
        #expect(prod["data"] == nil)
        #expect(dev["data"] == nil)
        #expect(dev["resource"]?["aws_db_instance"] == nil)
    }

    @Test func aRouteToAnUnknownServiceIsAnInputError() throws {
        let entry = try #require(StackCatalog.entry(named: "aldea"))
        let settings = try TestSupport.read("stacks/aldea/prod.yaml")
            .replacingOccurrences(of: "targets: [imp-frontend]", with: "targets: [imp-frontnd]")
        let outcome = StackPipeline.run(
            entry,
            environment: "prod",
            settings: settings,
            inputs: StackInputs(),
            today: TestSupport.today
        )
        #expect(outcome.rendered == nil)
        #expect(
            outcome.inputErrors.contains {
                $0.description.contains("route 10 targets `imp-frontnd`, which is not a service with a `target_group`")
            },
            "\(outcome.inputErrors)"
        )
    }
}
