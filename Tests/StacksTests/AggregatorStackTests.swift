import Foundation
import InfraConfig
import InfraCore
import Stacks
import Testing

/// What the aggregator's production render must contain, independent of the golden's exact bytes.
@Suite struct AggregatorStackTests {
    let outcome: StackPipeline.Outcome
    let document: JSONValue

    init() throws {
        outcome = try TestSupport.outcome(try #require(StackCatalog.entry(named: "aggregator")), "prod")
        document = try #require(outcome.rendered?.document)
    }

    private func resources(_ type: String) -> [String: JSONValue] { document["resource"]?[type]?.objectValue ?? [:] }

    @Test func rendersWithoutBlockingFindings() {
        #expect(outcome.inputErrors.isEmpty)
        let blocking = outcome.findings.filter(\.isBlocking)
        #expect(blocking.isEmpty, "\(blocking)")
    }

    /// STACKS.md §1.2, with a self-contained ALB, VPC and IAM instead of data sources.
    @Test(arguments: [
        ("aws_ecs_cluster", 1), ("aws_launch_template", 1), ("aws_autoscaling_group", 1),
        ("aws_ecs_task_definition", 2),
        ("aws_ecs_service", 1), ("aws_lb_target_group", 1), ("aws_lb_listener_rule", 4), ("aws_lb", 1),
        ("aws_lb_listener", 2),
        ("aws_route53_record", 4), ("aws_db_subnet_group", 1), ("aws_db_instance", 1), ("aws_cloudwatch_log_group", 4),
        ("aws_flow_log", 1),
        ("aws_cloudwatch_event_rule", 2), ("aws_cloudwatch_event_target", 2), ("aws_cloudwatch_metric_alarm", 2),
        ("aws_sns_topic", 1), ("aws_lambda_function", 1), ("aws_lambda_permission", 1), ("aws_vpc", 1),
        ("aws_subnet", 4),
        ("aws_ecs_capacity_provider", 1), ("aws_s3_bucket", 1), ("aws_s3_object", 1), ("aws_secretsmanager_secret", 2),
    ])
    func containsResourceType(type: String, count: Int) {
        #expect(resources(type).count == count, "\(type)")
    }

    @Test func carriesTheServerListContent() throws {
        let object = try #require(resources("aws_s3_object")["server_list"])
        let real = try TestSupport.read("serverList.json")
        #expect(object["content"] == .string(real))
        #expect(try ServerList.decode(real, file: "serverList.json").count == 42)
    }

    @Test func keepsNoDataSourcesAndNoPlaintextSecrets() throws {
        #expect(document["data"] == nil)
        let definitions = try #require(
            resources("aws_ecs_task_definition").values.compactMap { $0["container_definitions"]?.templateText }
        )
        for text in definitions {
            #expect(!text.contains("\"name\":\"DB_PASSWORD\",\"value\""))
            #expect(text.contains("\"secrets\""))
        }
    }

    @Test func pinsVersionsAndEncryptsState() throws {
        let terraform = try #require(document["terraform"])
        #expect(terraform["required_providers"]?["aws"]?["version"] == "~> 5.100")
        #expect(terraform["backend"]?["s3"]?["encrypt"] == true)
        #expect(terraform["backend"]?["s3"]?["use_lockfile"] == true)
        let tags = document["provider"]?["aws"]?["default_tags"]?.blocks.first?["tags"]
        #expect(tags?["managed-by"] == "infragen")
        #expect(tags?["stack"] == "aggregator")
        #expect(tags?["environment"] == "prod")
    }

    @Test func matchesTheSeed() throws {
        #expect(resources("aws_cloudwatch_event_rule")["import"]?["schedule_expression"] == "rate(4 hours)")
        #expect(resources("aws_launch_template")["hosts"]?["instance_type"] == "t3a.small")
        #expect(resources("aws_autoscaling_group")["hosts"]?["desired_capacity"] == 2)
        #expect(resources("aws_ecs_service")["aggregator"]?["desired_count"] == 2)
        let database = try #require(resources("aws_db_instance")["main"])
        #expect(database["engine"] == "mysql")
        #expect(database["instance_class"] == "db.t3.micro")
        #expect(database["allocated_storage"] == 100)
        #expect(database["manage_master_user_password"] == true)
        let alarms = resources("aws_cloudwatch_metric_alarm")
        #expect(alarms["fewer_than_two_healthy"]?["threshold"] == 2)
        #expect(alarms["fewer_than_two_healthy"]?["period"] == 1200)
        #expect(alarms["no_healthy_host"]?["threshold"] == 1)
        #expect(alarms["no_healthy_host"]?["period"] == 300)
        let app = try #require(
            resources("aws_ecs_task_definition")["aggregator"]?["container_definitions"]?.templateText
        )
        #expect(app.contains("\"containerPort\":8000"))
        #expect(app.contains("{\"condition\":\"COMPLETE\",\"containerName\":\"aggregator-init\"}"))
    }

    @Test func rendersTheSameBytesTwice() throws {
        let again = try TestSupport.outcome(try #require(StackCatalog.entry(named: "aggregator")), "prod")
        #expect(again.rendered?.files == outcome.rendered?.files)
        #expect(outcome.rendered?.files.map(\.path) == ["main.tf.json", "versions.tf", "stopped_task_monitor.zip"])
    }
}
