import Foundation
import InfraCore
import Stacks
import Testing

/// What the dispatcher's dev and prod renders must contain: the seed's key values (seed 002; STACKS.md §3), and
/// the differences between the environments, which come from the YAML alone.
@Suite struct DispatcherStackTests {
    static func render(_ environment: String) throws -> (StackPipeline.Outcome, JSONValue) {
        let outcome = try TestSupport.outcome(try #require(StackCatalog.entry(named: "dispatcher")), environment)
        return (outcome, try #require(outcome.rendered?.document))
    }

    static func resources(_ document: JSONValue, _ type: String) -> [String: JSONValue] {
        document["resource"]?[type]?.objectValue ?? [:]
    }

    @Test(arguments: ["dev", "prod"])
    func rendersWithoutBlockingFindings(environment: String) throws {
        let (outcome, document) = try Self.render(environment)
        #expect(outcome.inputErrors.isEmpty)
        let blocking = outcome.findings.filter(\.isBlocking)
        #expect(blocking.isEmpty, "\(blocking)")
        #expect(document["data"] == nil)
        let unused = outcome.findings.filter { $0.id == "POL004" }
        #expect(unused.isEmpty, "every waiver matches a finding: \(unused)")
    }

    @Test(arguments: ["dev", "prod"])
    func containsTheSeedsModules(environment: String) throws {
        let (_, document) = try Self.render(environment)
        let expected = [
            ("aws_vpc", 1), ("aws_subnet", 4), ("aws_vpc_endpoint", 3), ("aws_db_instance", 1), ("aws_ecs_cluster", 1),
            ("aws_ecs_service", 4), ("aws_ecs_task_definition", 4), ("aws_appautoscaling_target", 3),
            ("aws_sqs_queue", 6), ("aws_lb", 1), ("aws_lb_target_group", 1), ("aws_apigatewayv2_api", 1),
            ("aws_apigatewayv2_route", 1), ("aws_apigatewayv2_stage", 1), ("aws_lambda_function", 3),
            ("aws_lambda_permission", 3), ("aws_cloudwatch_event_rule", 2), ("aws_s3_bucket", 1),
            ("aws_ecr_repository", 4), ("aws_secretsmanager_secret", 2), ("aws_cloudwatch_metric_alarm", 9),
        ]
        for (type, count) in expected {
            #expect(Self.resources(document, type).count == count, "\(type)")
        }
    }

    @Test func endpointsKeepAWSTrafficInside() throws {
        let (_, document) = try Self.render("prod")
        let endpoints = Self.resources(document, "aws_vpc_endpoint")
        #expect(endpoints["dispatcher_s3"]?["vpc_endpoint_type"] == "Gateway")
        for service in ["sqs", "secretsmanager"] {
            let endpoint = try #require(endpoints["dispatcher_\(service)"])
            #expect(endpoint["vpc_endpoint_type"] == "Interface")
            #expect(endpoint["private_dns_enabled"] == true)
        }
    }

    @Test(arguments: ["polars", "python", "ingest"])
    func workQueuesAreFIFOWithAFIFODeadLetterQueue(queue: String) throws {
        let (_, document) = try Self.render("prod")
        let queues = Self.resources(document, "aws_sqs_queue")
        let work = try #require(queues[queue])
        #expect(work["name"] == .string("dispatcher-prod-\(queue).fifo"))
        #expect(work["fifo_queue"] == true)
        #expect(work["content_based_deduplication"] == true)
        #expect(work["visibility_timeout_seconds"] == 300)
        #expect(
            work["redrive_policy"]?.templateText
                == "{\"deadLetterTargetArn\":\"${aws_sqs_queue.\(queue)_dlq.arn}\",\"maxReceiveCount\":3}"
        )
        let deadLetters = try #require(queues["\(queue)_dlq"])
        #expect(deadLetters["fifo_queue"] == true)
        #expect(deadLetters["name"]?.literalString?.hasSuffix("-dlq.fifo") == true)
    }

    @Test(arguments: ["polars_worker", "python_worker", "ingest_worker"])
    func workersScaleOnTheirQueuesDepth(worker: String) throws {
        let (_, document) = try Self.render("prod")
        let policies = Self.resources(document, "aws_appautoscaling_policy").filter { $0.key.hasPrefix(worker) }
        let policy = try #require(policies.values.first?["target_tracking_scaling_policy_configuration"]?.blocks.first)
        let metric = try #require(policy["customized_metric_specification"]?.blocks.first)
        #expect(metric["metric_name"] == "ApproximateNumberOfMessagesVisible")
        #expect(metric["namespace"] == "AWS/SQS")
        let task = try #require(Self.resources(document, "aws_ecs_task_definition")[worker])
        #expect(task["runtime_platform"]?.blocks.first?["cpu_architecture"] == "X86_64")
        #expect(task["runtime_platform"]?.blocks.first?["operating_system_family"] == "LINUX")
        let service = try #require(Self.resources(document, "aws_ecs_service")[worker])
        #expect(service["network_configuration"]?.blocks.first?["assign_public_ip"] == false)
    }

    @Test func secretsAreInjectedNeverPlaintext() throws {
        let (_, document) = try Self.render("prod")
        let tasks = Self.resources(document, "aws_ecs_task_definition")
        for worker in ["polars_worker", "ingest_worker"] {
            let text = try #require(tasks[worker]?["container_definitions"]?.templateText)
            #expect(
                text.contains("{\"name\":\"RPC_KEYS\",\"valueFrom\":\"${aws_secretsmanager_secret.rpc_keys.arn}\"}")
            )
            #expect(text.contains("\"name\":\"DB_PASSWORD\",\"valueFrom\""))
        }
        let python = try #require(tasks["python_worker"]?["container_definitions"]?.templateText)
        #expect(!python.contains("RPC_KEYS"))
    }

    @Test func dataBucketIsVersionedAndArchivesToGlacierAfterAYear() throws {
        let (_, document) = try Self.render("prod")
        #expect(
            Self.resources(document, "aws_s3_bucket_versioning")["data"]?["versioning_configuration"]?.blocks.first?[
                "status"
            ] == "Enabled"
        )
        let rule = try #require(
            Self.resources(document, "aws_s3_bucket_lifecycle_configuration")["data"]?["rule"]?.blocks.first
        )
        #expect(rule["transition"]?.blocks.first?["days"] == 365)
        #expect(rule["transition"]?.blocks.first?["storage_class"] == "GLACIER")
    }

    @Test func cronRulesUseSixFieldAWSCronAndInvokeTheSourceFunction() throws {
        let (_, document) = try Self.render("prod")
        let rules = Self.resources(document, "aws_cloudwatch_event_rule")
        #expect(rules["nightly"]?["schedule_expression"] == "cron(0 0 * * ? *)")
        for rule in rules.values {
            let expression = try #require(rule["schedule_expression"]?.literalString)
            #expect(expression.hasPrefix("cron(") && expression.dropFirst(5).split(separator: " ").count == 6)
        }
        let target = try #require(Self.resources(document, "aws_cloudwatch_event_target")["nightly"])
        #expect(target["arn"] == .expression("${aws_lambda_function.cron_source.arn}"))
        let principals = Self.resources(document, "aws_lambda_permission").values.compactMap {
            $0["principal"]?.literalString
        }
        #expect(principals.sorted() == ["apigateway.amazonaws.com", "events.amazonaws.com", "events.amazonaws.com"])
    }

    @Test func alarmsWatchBacklogsAndDeadLetters() throws {
        let (_, document) = try Self.render("prod")
        let alarms = Self.resources(document, "aws_cloudwatch_metric_alarm")
        #expect(alarms["polars_worker_backlog"]?["threshold"] == 1000)
        #expect(alarms["polars_worker_dead_letters"]?["threshold"] == 0)
        #expect(
            alarms["polars_worker_dead_letters"]?["dimensions"]?["QueueName"]
                == .expression("${aws_sqs_queue.polars_dlq.name}")
        )
    }

    /// dev and prod differ in Multi-AZ, NAT count, deletion protection and worker maximums, all from the YAML.
    @Test func environmentsDifferOnlyWhereTheSettingsSay() throws {
        let (_, dev) = try Self.render("dev")
        let (_, prod) = try Self.render("prod")
        let devDatabase = try #require(Self.resources(dev, "aws_db_instance")["main"])
        let prodDatabase = try #require(Self.resources(prod, "aws_db_instance")["main"])
        #expect(devDatabase["engine"] == "postgres")
        #expect(devDatabase["engine_version"]?.literalString?.hasPrefix("15.") == true)
        #expect(devDatabase["storage_encrypted"] == true && prodDatabase["storage_encrypted"] == true)
        #expect(devDatabase["multi_az"] == false)
        #expect(prodDatabase["multi_az"] == true)
        #expect(devDatabase["deletion_protection"] == false)
        #expect(prodDatabase["deletion_protection"] == true)
        #expect(Self.resources(dev, "aws_nat_gateway").count == 1)
        #expect(Self.resources(prod, "aws_nat_gateway").count == 2)
        #expect(Self.resources(dev, "aws_lb")["main"]?["enable_deletion_protection"] == false)
        #expect(Self.resources(prod, "aws_lb")["main"]?["enable_deletion_protection"] == true)
        let maximum = { (document: JSONValue) in
            Self.resources(document, "aws_appautoscaling_target").values.compactMap { $0["max_capacity"]?.intValue }
        }
        #expect(maximum(dev) == [2, 2, 2])
        #expect(maximum(prod) == [20, 20, 20])
    }
}
