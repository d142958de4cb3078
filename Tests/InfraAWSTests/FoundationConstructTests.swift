import InfraAWS
import InfraCore
import Testing

/// Snippet tests for the small constructs every stack uses: keys, secrets, topics, log groups, roles, clusters,
/// EC2 capacity, alarms, alias records, event pattern rules and S3 objects.
@Suite struct FoundationConstructTests {
    static let key = Snippet.key

    @Test func keyRotatesAndHasAnAliasAndAServicePolicy() throws {
        #expect(Snippet.addresses(Self.key) == ["aws_kms_key.main", "aws_kms_alias.main"])
        let body = try #require(Snippet.json(Self.key, "aws_kms_key.main"))
        #expect(body.contains(#""enable_key_rotation": true"#))
        #expect(body.contains("logs.eu-central-1.amazonaws.com"))
        #expect(try #require(Snippet.json(Self.key, "aws_kms_alias.main")).contains(#""name": "alias/app""#))
    }

    @Test func secretLogGroupAndTopicUseTheKey() {
        let secret = SecretsManager.Secret("db", name: "app/db", description: "DB", kmsKey: Self.key)
        #expect(secret.resources.first?.attributes["kms_key_id"] == .expression("${aws_kms_key.main.arn}"))
        #expect(secret.resources.first?.attributes["recovery_window_in_days"] == 7)
        let logs = Logs.LogGroup("app", name: "app", retentionDays: 30, kmsKey: Self.key)
        #expect(
            logs.resources.first?.attributes == [
                "name": "app", "retention_in_days": 30, "kms_key_id": .expression("${aws_kms_key.main.arn}"),
            ]
        )
        let topic = SNS.Topic("alerts", name: "alerts", kmsKey: Self.key)
        #expect(topic.resources.first?.attributes["kms_master_key_id"] == .expression("${aws_kms_key.main.arn}"))
    }

    @Test func roleWithGrantsManagedPoliciesAndAnInstanceProfile() throws {
        let role = IAM.Role(
            "hosts",
            name: "hosts",
            description: "Hosts",
            assumedBy: [.ec2],
            managedPolicies: ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]
        )
        #expect(
            Snippet.addresses(role) == [
                "aws_iam_role.hosts", "aws_iam_role_policy_attachment.hosts_amazonssmmanagedinstancecore",
            ]
        )
        let profile = IAM.InstanceProfile("hosts", name: "hosts", role: role)
        #expect(
            profile.resources.first?.attributes == ["name": "hosts", "role": .expression("${aws_iam_role.hosts.name}")]
        )
        #expect(try #require(Snippet.json(role, "aws_iam_role.hosts")).contains("ec2.amazonaws.com"))
    }

    @Test func ec2CapacityIsIMDSv2EncryptedAndTheClusterDefault() throws {
        let cluster = ECS.Cluster("main", name: "app")
        #expect(cluster.resources.first?.attributes["setting"] == [["name": "containerInsights", "value": "enabled"]])
        let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
        let capacity = ECS.EC2Capacity(
            "hosts",
            name: "app-hosts",
            cluster: cluster,
            instanceType: "t3a.small",
            instances: 2,
            subnets: [Ref(ResourceAddress(type: "aws_subnet", name: "a"), "id")],
            securityGroups: [EC2.SecurityGroup("hosts", name: "hosts", description: "Hosts", vpc: vpc)],
            instanceProfile: IAM.InstanceProfile(
                "hosts",
                name: "hosts",
                role: IAM.Role("hosts", name: "hosts", description: "Hosts", assumedBy: [.ec2])
            )
        )
        #expect(
            Snippet.addresses(capacity) == [
                "aws_launch_template.hosts", "aws_autoscaling_group.hosts", "aws_ecs_capacity_provider.hosts",
                "aws_ecs_cluster_capacity_providers.hosts",
            ]
        )
        let template = try #require(Snippet.json(capacity, "aws_launch_template.hosts"))
        #expect(template.contains(#""http_tokens": "required""#))
        #expect(template.contains(#""encrypted": "true""#))
        #expect(template.contains("resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"))
        #expect(try #require(Snippet.json(capacity, "aws_autoscaling_group.hosts")).contains(#""max_size": 2"#))
    }

    @Test func alarmAliasRecordPatternRuleAndObject() throws {
        let topic = SNS.Topic("alerts", name: "alerts", kmsKey: Self.key)
        let alarm = CloudWatch.Alarm(
            "no_host",
            name: "no-host",
            description: "No healthy host",
            namespace: "AWS/ApplicationELB",
            metric: "HealthyHostCount",
            statistic: "Maximum",
            comparison: .lessThan,
            threshold: 1,
            periodSeconds: 300,
            dimensions: ["TargetGroup": "tg"],
            actions: [topic.arn]
        )
        let body = try #require(alarm.resources.first).attributes
        #expect(body["alarm_actions"] == [.expression("${aws_sns_topic.alerts.arn}")])
        #expect(body["ok_actions"] == body["alarm_actions"])
        #expect(body["comparison_operator"] == "LessThanThreshold")

        let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
        let subnets = [Ref<ID<EC2.Subnet>>(ResourceAddress(type: "aws_subnet", name: "a"), "id")]
        let alb = ELB.ApplicationLoadBalancer(
            "main",
            name: "app",
            subnets: subnets,
            securityGroups: [EC2.SecurityGroup("alb", name: "alb", description: "ALB", vpc: vpc)],
            certificates: [.existing("arn:aws:acm:eu-central-1:111122223333:certificate/one")],
            deletionProtection: true
        )
        let record = Route53.AliasRecord("api", zone: .existing("Z0EXAMPLE"), name: "api.example.org", target: alb)
        #expect(
            record.resources.first?.attributes["alias"] == [
                [
                    "name": .expression("${aws_lb.main.dns_name}"),
                    "zone_id": .expression("${aws_lb.main.zone_id}"),
                    "evaluate_target_health": true,
                ]
            ]
        )
        #expect(record.resources.first?.attributes["zone_id"] == "Z0EXAMPLE")

        let function = Lambda.Function(
            "monitor",
            name: "monitor",
            description: "Monitor",
            runtime: .python312,
            handler: "m.handler",
            sources: ["m.py": "def handler(e, c): pass"],
            logRetentionDays: 7
        )
        let rule = Events.PatternRule(
            "stopped",
            name: "stopped",
            description: "Stopped tasks",
            pattern: ["source": ["aws.ecs"]],
            function: function
        )
        #expect(
            Snippet.addresses(rule) == [
                "aws_cloudwatch_event_rule.stopped", "aws_cloudwatch_event_target.stopped",
                "aws_lambda_permission.stopped",
            ]
        )
        #expect(
            try #require(Snippet.json(rule, "aws_cloudwatch_event_rule.stopped")).contains(
                #"{\"source\":[\"aws.ecs\"]}"#
            )
        )

        let object = S3.Object(
            "list",
            bucket: S3.PrivateBucket("list", bucket: "app-list"),
            key: "list.json",
            content: "[]",
            contentType: "application/json"
        )
        #expect(object.uri.templateText == "s3://${aws_s3_bucket.list.bucket}/list.json")
        #expect(object.resources.first?.attributes["content"] == "[]")
    }
}
