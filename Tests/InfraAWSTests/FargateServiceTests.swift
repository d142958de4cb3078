import InfraAWS
import InfraCore
import Testing

@Suite struct FargateServiceTests {
    static let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
    static let subnets = ["a", "b"].map { Ref<ID<EC2.Subnet>>(ResourceAddress(type: "aws_subnet", name: $0), "id") }
    static let group = EC2.SecurityGroup("api", name: "api", description: "API tasks", vpc: vpc)
    static let cluster = ECS.Cluster("main", name: "app")
    static let logs = Logs.LogGroup("api", name: "api", retentionDays: 7)
    static let repository = ECR.Repository("api", name: "api")
    static let secret = SecretsManager.Secret("api", name: "api/env", description: "API env", kmsKey: nil)
    static let container = ECS.Container(
        name: "api",
        image: .ecr(repository, tag: "v1"),
        ports: [3001],
        secrets: ["TOKEN": .secret(secret, key: "token")],
        logging: .init(group: logs, region: "sa-east-1", streamPrefix: "api"),
        initProcessEnabled: false
    )
    static let task = ECS.TaskDefinition(
        "api",
        family: "api",
        compute: .fargate(.halfVCPUOneGB),
        taskRole: nil,
        containers: [container]
    )
    static let targets = ELB.TargetGroup(
        "api",
        name: "api",
        targets: .service(task, container: "api"),
        vpc: vpc,
        healthCheck: .init(path: "/health")
    )

    @Test func fargateSizesAreOnlyAWSPairs() {
        #expect(ECS.FargateSize(cpu: 512, memoryMiB: 1024) == .halfVCPUOneGB)
        #expect(ECS.FargateSize(cpu: 256, memoryMiB: 4096) == nil)
        #expect(ECS.FargateSize(cpu: 300, memoryMiB: 1024) == nil)
        #expect(ECS.FargateSize(cpu: 16384, memoryMiB: 122_880) != nil)
    }

    @Test func fargateTaskRendersSizePlatformAndAGeneratedExecutionRole() throws {
        #expect(
            Snippet.addresses(Self.task) == [
                "aws_ecs_task_definition.api", "aws_iam_role.api_execution", "aws_iam_role_policy.api_execution",
            ]
        )
        let definition = try #require(Self.task.resources.first).attributes
        #expect(definition["cpu"] == "512")
        #expect(definition["memory"] == "1024")
        #expect(definition["network_mode"] == "awsvpc")
        #expect(definition["requires_compatibilities"] == ["FARGATE"])
        #expect(definition["runtime_platform"] == [["operating_system_family": "LINUX", "cpu_architecture": "X86_64"]])
        #expect(definition["task_role_arn"] == nil)
        let policy = try #require(Snippet.json(Self.task, "aws_iam_role_policy.api_execution"))
        for expected in [
            "secretsmanager:GetSecretValue", "${aws_secretsmanager_secret.api.arn}", "ecr:BatchGetImage",
            "${aws_ecr_repository.api.arn}", "${aws_cloudwatch_log_group.api.arn}:*",
        ] {
            #expect(policy.contains(expected), "execution policy lacks \(expected)")
        }
    }

    @Test func targetGroupTakesPortAndTypeFromTheTask() {
        #expect(Self.targets.port == 3001)
        #expect(Self.targets.targetType == "ip")
        #expect(Self.targets.problems.isEmpty)
        let wrong = ELB.TargetGroup(
            "wrong",
            name: "wrong",
            targets: .service(Self.task, container: "web"),
            vpc: Self.vpc,
            healthCheck: .init(path: "/")
        )
        #expect(
            wrong.problems.map(\.message) == [
                "target group `wrong` routes to container `web`, which task `api` does not have"
            ]
        )
        #expect(wrong.problems.first?.id == "CORE004")
    }

    @Test func fargateServiceWithLoadBalancerAndScaling() throws {
        let service = ECS.Service(
            "api",
            name: "api",
            cluster: Self.cluster,
            task: Self.task,
            desiredCount: 1,
            placement: .fargate(subnets: Self.subnets, securityGroups: [Self.group], publicIP: true),
            loadBalancing: .init(targetGroups: [Self.targets], after: []),
            scaling: .init(minTasks: 1, maxTasks: 10, targets: [.cpu(percent: 70), .memory(percent: 80)])
        )
        #expect(service.problems.isEmpty)
        #expect(
            Snippet.addresses(service) == [
                "aws_ecs_service.api", "aws_appautoscaling_target.api_scaling",
                "aws_appautoscaling_policy.api_scaling_cpu", "aws_appautoscaling_policy.api_scaling_memory",
            ]
        )
        let body = try #require(service.resources.first).attributes
        #expect(body["launch_type"] == "FARGATE")
        #expect(body["ordered_placement_strategy"] == nil)
        #expect(
            body["network_configuration"] == [
                [
                    "subnets": [.expression("${aws_subnet.a.id}"), .expression("${aws_subnet.b.id}")],
                    "security_groups": [.expression("${aws_security_group.api.id}")],
                    "assign_public_ip": true,
                ]
            ]
        )
        #expect(
            body["load_balancer"] == [
                [
                    "target_group_arn": .expression("${aws_lb_target_group.api.arn}"),
                    "container_name": "api",
                    "container_port": 3001,
                ]
            ]
        )
        #expect(body["lifecycle"] == ["ignore_changes": [.expression("desired_count")]])
        let target = try #require(Snippet.json(service, "aws_appautoscaling_target.api_scaling"))
        #expect(target.contains(#""resource_id": "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.api.name}""#))
        #expect(target.contains(#""max_capacity": 10"#))
        let memory = try #require(Snippet.json(service, "aws_appautoscaling_policy.api_scaling_memory"))
        #expect(memory.contains("ECSServiceAverageMemoryUtilization"))
        #expect(memory.contains(#""target_value": 80"#))
    }

    @Test func queueDepthScalingWatchesTheQueue() throws {
        let queue = SQS.Queue("work", name: "work", ordering: .fifo(contentBasedDeduplication: true))
        let service = ECS.Service(
            "worker",
            name: "worker",
            cluster: Self.cluster,
            task: Self.task,
            desiredCount: 0,
            placement: .fargate(subnets: Self.subnets, securityGroups: [Self.group]),
            scaling: .init(minTasks: 0, maxTasks: 4, targets: [.queueDepth(queue, visibleMessages: 100)])
        )
        let policy = try #require(Snippet.json(service, "aws_appautoscaling_policy.worker_scaling_work_depth"))
        #expect(policy.contains("ApproximateNumberOfMessagesVisible"))
        #expect(policy.contains("${aws_sqs_queue.work.name}"))
    }

    @Test func mismatchedPlacementIsAProblem() {
        let hosts = ECS.EC2Capacity(
            "hosts",
            name: "hosts",
            cluster: Self.cluster,
            instanceType: "t3a.small",
            instances: 1,
            subnets: Self.subnets,
            securityGroups: [Self.group],
            instanceProfile: IAM.InstanceProfile(
                "hosts",
                name: "hosts",
                role: IAM.Role("hosts", name: "hosts", description: "Hosts", assumedBy: [.ec2])
            )
        )
        let service = ECS.Service(
            "api",
            name: "api",
            cluster: Self.cluster,
            task: Self.task,
            desiredCount: 1,
            placement: .ec2(hosts)
        )
        #expect(
            service.problems.map(\.message) == [
                "service `api` is placed on EC2 capacity but task `api` is a Fargate task"
            ]
        )
    }

    @Test func scheduledFargateTaskGetsNetworkConfigurationAndARunTaskRole() throws {
        let job = Events.ScheduledTask(
            "sync",
            name: "sync-payments",
            description: "Sync payments",
            schedule: .rate(5, .minute),
            cluster: Self.cluster,
            task: Self.task,
            placement: .fargate(subnets: Self.subnets, securityGroups: [Self.group], publicIP: true)
        )
        let target = try #require(Snippet.json(job, "aws_cloudwatch_event_target.sync"))
        #expect(target.contains(#""launch_type": "FARGATE""#))
        #expect(target.contains(#""assign_public_ip": true"#))
        #expect(try #require(Snippet.json(job, "aws_cloudwatch_event_rule.sync")).contains("rate(5 minutes)"))
        #expect(Snippet.addresses(job).contains("aws_iam_role_policy.sync_events"))
    }
}
