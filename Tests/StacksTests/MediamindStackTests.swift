import Foundation
import InfraCore
import Stacks
import Testing

/// What Mediamind's render must contain (seed 004, STACKS.md §5), independent of the golden's exact bytes.
@Suite struct MediamindStackTests {
    let outcome: StackPipeline.Outcome
    let document: JSONValue

    init() throws {
        outcome = try TestSupport.outcome(try #require(StackCatalog.entry(named: "mediamind")), "prod")
        document = try #require(outcome.rendered?.document)
    }

    private func resources(_ type: String) -> [String: JSONValue] { document["resource"]?[type]?.objectValue ?? [:] }

    @Test func rendersWithoutBlockingFindings() {
        #expect(outcome.inputErrors.isEmpty)
        let blocking = outcome.findings.filter(\.isBlocking)
        #expect(blocking.isEmpty, "\(blocking)")
    }

    @Test(arguments: [
        ("aws_vpc", 1), ("aws_subnet", 4), ("aws_nat_gateway", 1), ("aws_lb", 1), ("aws_lb_listener", 2),
        ("aws_lb_listener_certificate", 2), ("aws_lb_target_group", 3), ("aws_lb_listener_rule", 3),
        ("aws_ecs_cluster", 1), ("aws_ecs_task_definition", 5), ("aws_ecs_service", 5), ("aws_ecr_repository", 2),
        ("aws_db_instance", 1), ("aws_elasticache_replication_group", 1), ("aws_s3_bucket", 1),
        ("aws_efs_file_system", 1), ("aws_efs_mount_target", 2), ("aws_efs_access_point", 1),
        ("aws_ses_domain_identity", 1), ("aws_ses_receipt_rule_set", 1), ("aws_ses_active_receipt_rule_set", 1),
        ("aws_ses_receipt_rule", 1), ("aws_s3_bucket_notification", 1), ("aws_lambda_function", 1),
        ("aws_lambda_permission", 1), ("aws_lambda_function_event_invoke_config", 1),
    ])
    func containsResourceType(type: String, count: Int) {
        #expect(resources(type).count == count, "\(type)")
    }

    @Test func hostRulesAtTenTwentyThirty() throws {
        let rules = resources("aws_lb_listener_rule")
        let byPriority = Dictionary(
            uniqueKeysWithValues: rules.values.compactMap { rule -> (Int, JSONValue)? in
                rule["priority"]?.intValue.map { ($0, rule) }
            }
        )
        #expect(byPriority.keys.sorted() == [10, 20, 30])
        let host = { (priority: Int) in
            byPriority[priority]?["condition"]?.arrayValue?.first?["host_header"]?.blocks.first?["values"]
        }
        let target = { (priority: Int) in
            byPriority[priority]?["action"]?.blocks.first?["target_group_arn"]?.templateText
        }
        #expect(host(10) == ["api.mediamind.csee.tech"])
        #expect(target(10) == "${aws_lb_target_group.prod.arn}")
        #expect(host(20) == ["dev.api.mediamind.csee.tech"])
        #expect(target(20) == "${aws_lb_target_group.dev.arn}")
        #expect(host(30) == ["qdrant.mediamind.csee.tech"])
        #expect(target(30) == "${aws_lb_target_group.qdrant.arn}")
    }

    @Test func listenerCarriesSeveralCertificatesBySNIAndRedirectsHTTP() throws {
        let listeners = resources("aws_lb_listener")
        let https = try #require(listeners["main_https"])
        #expect(https["certificate_arn"]?.literalString?.hasSuffix("a001") == true)
        #expect(https["ssl_policy"] == "ELBSecurityPolicy-TLS13-1-2-2021-06")
        let extra = resources("aws_lb_listener_certificate").values.compactMap { $0["certificate_arn"]?.literalString }
        #expect(extra.count == 2)
        #expect(Set(extra.map { String($0.suffix(4)) }) == ["a002", "a003"])
        let http = try #require(listeners["main_http"])
        #expect(http["default_action"]?.blocks.first?["type"] == "redirect")
    }

    @Test func mailIsStoredAndOnlyPutsTriggerTheFunction() throws {
        let notification = try #require(resources("aws_s3_bucket_notification")["main"])
        let target = try #require(notification["lambda_function"]?.blocks.first)
        #expect(target["events"] == ["s3:ObjectCreated:Put"])
        #expect(target["filter_prefix"] == "mails/")
        #expect(notification["depends_on"] == ["aws_lambda_permission.main_trigger_chat"])

        let function = try #require(resources("aws_lambda_function")["trigger_chat"])
        #expect((function["timeout"]?.intValue ?? 0) >= 30)
        let variables = function["environment"]?.blocks.first?["variables"]
        #expect(variables?["DEDUPE_TTL_SECONDS"] == "86400")
        #expect(variables?["REDIS_URL"]?.templateText?.hasPrefix("rediss://") == true)

        let rule = try #require(resources("aws_ses_receipt_rule")["chat"])
        #expect(rule["name"] == "mediamind-receipt-rule")
        #expect(rule["recipients"] == ["test@chat.csee.tech"])
        #expect(rule["s3_action"]?.blocks.first?["bucket_name"]?.templateText == "${aws_s3_bucket.main.bucket}")
        #expect(resources("aws_ses_receipt_rule_set")["chat"]?["rule_set_name"] == "mediamind-receipt-rule-set")
        let policy = try #require(resources("aws_s3_bucket_policy")["main"]?["policy"]?.templateText)
        #expect(policy.contains("ses.amazonaws.com"))
        #expect(resources("aws_s3_bucket")["main"]?["bucket"] == "eutop-mediamind")
    }

    @Test func theFunctionDeduplicatesForADay() throws {
        let package = try #require(outcome.rendered?.files.first { $0.path == "trigger_chat.zip" })
        let text = String(decoding: package.bytes, as: UTF8.self)
        #expect(text.contains("\"processed:{key}\""))
        #expect(text.contains("\"EX\", ttl"))
    }

    @Test func redisIsTLSAndQdrantIsOnEFS() throws {
        let redis = try #require(resources("aws_elasticache_replication_group")["main"])
        #expect(redis["transit_encryption_enabled"] == true)
        #expect(redis["auth_token"]?.templateText == "${var.redis_auth_token}")
        let qdrant = try #require(resources("aws_ecs_task_definition")["qdrant"])
        let volume = try #require(qdrant["volume"]?.blocks.first?["efs_volume_configuration"]?.blocks.first)
        #expect(volume["transit_encryption"] == "ENABLED")
        #expect(volume["file_system_id"]?.templateText == "${aws_efs_file_system.qdrant.id}")
        let definitions = try #require(qdrant["container_definitions"]?.templateText)
        #expect(definitions.contains("\"containerPath\":\"/qdrant/storage\""))
        #expect(!definitions.contains("\"name\":\"QDRANT__SERVICE__API_KEY\",\"value\""))
        #expect(resources("aws_efs_file_system")["qdrant"]?["encrypted"] == true)
    }

    @Test func prodAndDevRunSideBySide() throws {
        let names = Set(resources("aws_ecs_service").values.compactMap { $0["name"]?.literalString })
        #expect(
            names == [
                "mediamind-service", "mediamind-service-dev", "mediamind-scheduler", "mediamind-scheduler-dev",
                "mediamind-qdrant",
            ]
        )
        let tasks = resources("aws_ecs_task_definition")
        #expect(tasks["prod_service"]?["cpu"] == "2048")
        #expect(tasks["prod_service"]?["memory"] == "4096")
        #expect(tasks["dev_service"]?["cpu"] == "256")
        #expect(tasks["dev_service"]?["memory"] == "1024")
        let repositories = Set(resources("aws_ecr_repository").values.compactMap { $0["name"]?.literalString })
        #expect(repositories == ["mediamind", "mediamind-scheduler"])
        #expect(document["data"] == nil)
    }
}
