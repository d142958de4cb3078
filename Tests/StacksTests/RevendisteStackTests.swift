import Foundation
import InfraCore
import Stacks
import Testing

/// What Revendiste's production render must contain: the seed's key values (seed 003; STACKS.md §4).
@Suite struct RevendisteStackTests {
    let outcome: StackPipeline.Outcome
    let document: JSONValue

    init() throws {
        outcome = try TestSupport.outcome(try #require(StackCatalog.entry(named: "revendiste")), "prod")
        document = try #require(outcome.rendered?.document)
    }

    private func resources(_ type: String) -> [String: JSONValue] { document["resource"]?[type]?.objectValue ?? [:] }

    @Test func rendersWithoutBlockingFindings() {
        #expect(outcome.inputErrors.isEmpty)
        let blocking = outcome.findings.filter(\.isBlocking)
        #expect(blocking.isEmpty, "\(blocking)")
        let unused = outcome.findings.filter { $0.id == "POL004" }
        #expect(unused.isEmpty, "every waiver matches a finding: \(unused)")
    }

    @Test(arguments: [
        ("aws_vpc", 1), ("aws_subnet", 4), ("aws_internet_gateway", 1), ("aws_nat_gateway", 0), ("aws_eip", 0),
        ("aws_lb", 1), ("aws_lb_listener", 2), ("aws_lb_listener_rule", 2), ("aws_lb_target_group", 2),
        ("aws_ecs_cluster", 1), ("aws_ecs_task_definition", 6), ("aws_ecs_service", 2),
        ("aws_appautoscaling_target", 2), ("aws_appautoscaling_policy", 4),
        ("aws_cloudwatch_event_rule", 4), ("aws_cloudwatch_event_target", 4),
        ("aws_rds_cluster", 1), ("aws_rds_cluster_instance", 1), ("aws_db_subnet_group", 1),
        ("aws_kms_key", 2), ("aws_kms_alias", 2), ("aws_secretsmanager_secret", 1),
        ("aws_ecr_repository", 2), ("aws_ecr_lifecycle_policy", 2), ("aws_security_group", 3),
    ])
    func containsResourceType(type: String, count: Int) {
        #expect(resources(type).count == count, "\(type)")
    }

    @Test func vpcSpansTwoZonesWithoutNAT() throws {
        #expect(resources("aws_vpc")["revendiste"]?["cidr_block"] == "10.0.0.0/16")
        let subnets = resources("aws_subnet").values
        #expect(Set(subnets.compactMap { $0["availability_zone"]?.literalString }) == ["sa-east-1a", "sa-east-1b"])
        #expect(
            Set(subnets.compactMap { $0["cidr_block"]?.literalString })
                == ["10.0.0.0/24", "10.0.1.0/24", "10.0.20.0/24", "10.0.21.0/24"]
        )
        #expect(!resources("aws_route").values.contains { $0["nat_gateway_id"] != nil })
    }

    /// The ALB admits HTTP and HTTPS from Cloudflare's ranges and from nothing else.
    @Test func loadBalancerAdmitsOnlyCloudflare() throws {
        let settings = try TestSupport.read("stacks/revendiste/prod.yaml")
        let ingress = resources("aws_vpc_security_group_ingress_rule").values.filter {
            $0["security_group_id"] == .expression("${aws_security_group.alb.id}")
        }
        #expect(ingress.count == 2 * (15 + 7))
        for rule in ingress {
            let range = rule["cidr_ipv4"]?.literalString ?? rule["cidr_ipv6"]?.literalString ?? ""
            #expect(!range.isEmpty && settings.contains("- \(range)\n"), "\(range)")
            #expect(range != "0.0.0.0/0" && range != "::/0")
            #expect([80, 443].contains(rule["from_port"]?.intValue ?? 0))
        }
        #expect(ingress.contains { $0["cidr_ipv4"] == "173.245.48.0/20" && $0["from_port"] == 443 })
        #expect(ingress.contains { $0["cidr_ipv6"] == "2400:cb00::/32" && $0["from_port"] == 80 })
    }

    @Test func listenersRedirectAndTerminateModernTLS() throws {
        let listeners = resources("aws_lb_listener")
        let http = try #require(listeners["main_http"])
        #expect(http["default_action"]?.blocks.first?["type"] == "redirect")
        let https = try #require(listeners["main_https"])
        #expect(https["ssl_policy"] == "ELBSecurityPolicy-TLS13-1-2-2021-06")
        #expect(https["certificate_arn"]?.literalString?.hasPrefix("arn:aws:acm:sa-east-1:") == true)
    }

    @Test func routesApiToBackendAndHostsToFrontend() throws {
        let rules = resources("aws_lb_listener_rule")
        let api = try #require(rules["api"])
        #expect(api["priority"] == 100)
        #expect(api["condition"]?.blocks.first?["path_pattern"]?.blocks.first?["values"] == ["/api/*"])
        #expect(api["action"]?.blocks.first?["target_group_arn"] == .expression("${aws_lb_target_group.backend.arn}"))
        let site = try #require(rules["site"])
        #expect(site["priority"] == 200)
        #expect(
            site["condition"]?.blocks.first?["host_header"]?.blocks.first?["values"]
                == ["revendiste.com", "www.revendiste.com"]
        )
        let groups = resources("aws_lb_target_group")
        #expect(groups["backend"]?["name"] == "rev-prod-backend-tg")
        #expect(groups["backend"]?["port"] == 3001)
        #expect(groups["frontend"]?["name"] == "rev-prod-frontend-tg")
        #expect(groups["frontend"]?["port"] == 3000)
        for group in groups.values {
            #expect((group["name"]?.literalString?.count ?? 99) <= 32)
            #expect(group["target_type"] == "ip")
        }
    }

    @Test func fargateSizesMatchTheSeed() throws {
        let tasks = resources("aws_ecs_task_definition")
        #expect(tasks["backend"]?["cpu"] == "512")
        #expect(tasks["backend"]?["memory"] == "1024")
        #expect(tasks["frontend"]?["cpu"] == "256")
        #expect(tasks["frontend"]?["memory"] == "512")
        let backend = try #require(tasks["backend"]?["container_definitions"]?.templateText)
        #expect(backend.contains("\"containerPort\":3001"))
        #expect(backend.contains("\"name\":\"DB_PASSWORD\",\"valueFrom\""))
        #expect(!backend.contains("\"name\":\"DB_PASSWORD\",\"value\""))
        let frontend = try #require(tasks["frontend"]?["container_definitions"]?.templateText)
        #expect(frontend.contains("\"containerPort\":3000"))
    }

    @Test func servicesScaleOneToTenOnCPUAndMemory() throws {
        for target in resources("aws_appautoscaling_target").values {
            #expect(target["min_capacity"] == 1)
            #expect(target["max_capacity"] == 10)
        }
        let policies = resources("aws_appautoscaling_policy").values.compactMap {
            $0["target_tracking_scaling_policy_configuration"]?.blocks.first
        }
        let byMetric = Dictionary(
            grouping: policies,
            by: { $0["predefined_metric_specification"]?.blocks.first?["predefined_metric_type"]?.literalString ?? "" }
        )
        #expect(byMetric["ECSServiceAverageCPUUtilization"]?.map { $0["target_value"] } == [70, 70])
        #expect(byMetric["ECSServiceAverageMemoryUtilization"]?.map { $0["target_value"] } == [80, 80])
        for service in resources("aws_ecs_service").values {
            #expect(service["network_configuration"]?.blocks.first?["assign_public_ip"] == true)
        }
    }

    @Test func auroraServerlessV2IsEncryptedWithItsOwnKey() throws {
        let cluster = try #require(resources("aws_rds_cluster")["main"])
        #expect(cluster["engine"] == "aurora-postgresql")
        #expect(cluster["engine_version"] == "15.4")
        #expect(cluster["engine_mode"] == "provisioned")
        let scaling = try #require(cluster["serverlessv2_scaling_configuration"]?.blocks.first)
        #expect(scaling["min_capacity"] == .double(0.5))
        #expect(scaling["max_capacity"] == .double(16))
        #expect(cluster["storage_encrypted"] == true)
        #expect(cluster["kms_key_id"] == .expression("${aws_kms_key.rds.arn}"))
        #expect(cluster["manage_master_user_password"] == true)
        #expect(resources("aws_kms_alias")["rds"]?["name"] == "alias/revendiste-production-rds")
        #expect(resources("aws_rds_cluster_instance")["main_1"]?["instance_class"] == "db.serverless")
        #expect(resources("aws_rds_cluster_instance")["main_1"]?["publicly_accessible"] == false)
    }

    @Test(arguments: [
        ("sync_payments", "cron(*/5 * * * ? *)"),
        ("notify_upload", "cron(0 * * * ? *)"),
        ("check_payout", "cron(0 * * * ? *)"),
        ("process_notifications", "cron(*/5 * * * ? *)"),
    ])
    func cronJobsRunECSTasks(label: String, schedule: String) throws {
        #expect(resources("aws_cloudwatch_event_rule")[label]?["schedule_expression"] == .string(schedule))
        let target = try #require(resources("aws_cloudwatch_event_target")[label]?["ecs_target"]?.blocks.first)
        #expect(target["launch_type"] == "FARGATE")
        #expect(target["task_count"] == 1)
        let task = try #require(resources("aws_ecs_task_definition")[label])
        #expect(task["cpu"] == "256")
        let job = label.replacingOccurrences(of: "_", with: "-")
        #expect(task["container_definitions"]?.templateText?.contains("run-job.js\",\"\(job)\"") == true)
    }

    @Test func logsAreKeptSevenDays() {
        let groups = resources("aws_cloudwatch_log_group")
        #expect(groups.count >= 3)
        for (label, group) in groups {
            #expect(group["retention_in_days"] == 7, "\(label)")
        }
        #expect(groups["backend"]?["name"] == "/ecs/revendiste-production-backend")
    }

    @Test func repositoriesKeepTheNewestImages() throws {
        let repositories = resources("aws_ecr_repository")
        #expect(repositories["backend"]?["name"] == "revendiste/backend-production")
        #expect(repositories["frontend"]?["name"] == "revendiste/frontend-production")
        let policy = try #require(resources("aws_ecr_lifecycle_policy")["backend"]?["policy"]?.templateText)
        #expect(policy.contains("\"countNumber\":20"))
    }

    @Test func keepsNoDataSources() {
        #expect(document["data"] == nil)
    }
}
