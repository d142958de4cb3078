import InfraAWS
import InfraCore
import Testing

/// Snippet in, Terraform JSON out, for ElastiCache, WAFv2, Global Accelerator, EFS and SES receiving.
@Suite struct EdgeAndDataConstructTests {
    static let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
    static let subnets = ["a", "b"].map { Ref<ID<EC2.Subnet>>(ResourceAddress(type: "aws_subnet", name: $0), "id") }
    static let group = EC2.SecurityGroup("redis", name: "redis", description: "Redis", vpc: vpc)
    static let alb = ELB.ApplicationLoadBalancer(
        "main",
        name: "edge",
        subnets: subnets,
        securityGroups: [group],
        certificates: [.existing("arn:aws:acm:us-west-2:111122223333:certificate/x")],
        deletionProtection: false
    )
    static let token = ElastiCache.ReplicationGroup.authTokenVariable("redis_auth_token", secret: "redis-auth-token")

    private func resource(_ construct: some Construct, _ type: String, _ name: String? = nil) throws -> Resource {
        try #require(
            construct.resources.first { $0.address.type == type && (name == nil || $0.address.name == name) },
            "no \(type)"
        )
    }

    @Test func multiAZRedisFailsOverEncryptsAndTakesTheTokenFromAVariable() throws {
        let redis = ElastiCache.ReplicationGroup(
            "main",
            id: "prod-ws-proxy",
            description: "cache",
            engineVersion: "7.1",
            nodeType: "cache.t4g.small",
            topology: .multiAZ(nodes: 2),
            subnets: Self.subnets,
            securityGroups: [Self.group],
            authToken: Self.token
        )
        let group = try resource(redis, "aws_elasticache_replication_group").attributes
        #expect(group["engine_version"] == "7.1")
        #expect(group["parameter_group_name"] == "default.redis7")
        #expect(group["num_cache_clusters"] == 2)
        #expect(group["multi_az_enabled"] == true)
        #expect(group["automatic_failover_enabled"] == true)
        #expect(group["transit_encryption_enabled"] == true)
        #expect(group["at_rest_encryption_enabled"] == "true")
        #expect(group["auth_token"]?.templateText == "${var.redis_auth_token}")
        #expect(group["subnet_group_name"]?.templateText == "${aws_elasticache_subnet_group.main.name}")
        let subnetGroup = try resource(redis, "aws_elasticache_subnet_group").attributes
        #expect(subnetGroup["subnet_ids"]?.arrayValue?.count == 2)
        #expect(
            redis.url.templateText == "rediss://${aws_elasticache_replication_group.main.primary_endpoint_address}:6379"
        )
        #expect(redis.problems.isEmpty)
        #expect(Self.token.sensitive)
    }

    @Test func singleNodeRedisHasNoFailoverAndMultiAZNeedsAReplica() throws {
        let single = ElastiCache.ReplicationGroup(
            "dev",
            id: "dev-ws-proxy",
            description: "cache",
            engineVersion: "7.1",
            nodeType: "cache.t4g.micro",
            topology: .singleNode,
            subnets: Self.subnets,
            securityGroups: [Self.group],
            authToken: Self.token
        )
        let group = try resource(single, "aws_elasticache_replication_group").attributes
        #expect(group["num_cache_clusters"] == 1)
        #expect(group["multi_az_enabled"] == false)
        #expect(group["automatic_failover_enabled"] == false)
        let broken = ElastiCache.ReplicationGroup(
            "broken",
            id: "broken",
            description: "cache",
            engineVersion: "7.1",
            nodeType: "cache.t4g.micro",
            topology: .multiAZ(nodes: 1),
            subnets: [Self.subnets[0]],
            securityGroups: [Self.group],
            authToken: nil
        )
        #expect(broken.problems.count == 2)
    }

    @Test func webACLAllowsListedAddressesBlocksCountriesAndRateLimits() throws {
        let acl = WAFv2.WebACL(
            "main",
            name: "edge",
            description: "edge",
            allowedAddresses: ["203.0.113.0/24"],
            blockedCountries: ["KP"],
            rateLimit: 1000,
            protects: [Self.alb]
        )
        let web = try resource(acl, "aws_wafv2_web_acl").attributes
        #expect(web["scope"] == "REGIONAL")
        let rules = web["rule"]?.arrayValue ?? []
        #expect(rules.compactMap { $0["priority"]?.intValue } == [0, 1, 2])
        #expect(rules[0]["action"]?.blocks.first?.keys.first == "allow")
        #expect(
            rules[0]["statement"]?.blocks.first?["ip_set_reference_statement"]?.blocks.first?["arn"]?.templateText
                == "${aws_wafv2_ip_set.main_allow_list.arn}"
        )
        #expect(rules[1]["statement"]?.blocks.first?["geo_match_statement"]?.blocks.first?["country_codes"] == ["KP"])
        let rate = rules[2]["statement"]?.blocks.first?["rate_based_statement"]?.blocks.first
        #expect(rate?["limit"] == 1000)
        #expect(rate?["aggregate_key_type"] == "IP")
        let set = try resource(acl, "aws_wafv2_ip_set").attributes
        #expect(set["addresses"] == ["203.0.113.0/24"])
        let association = try resource(acl, "aws_wafv2_web_acl_association").attributes
        #expect(association["resource_arn"]?.templateText == "${aws_lb.main.arn}")
        #expect(association["web_acl_arn"]?.templateText == "${aws_wafv2_web_acl.main.arn}")
        #expect(acl.problems.isEmpty)

        let wrong = WAFv2.WebACL(
            "wrong",
            name: "w",
            description: "w",
            allowedAddresses: [],
            blockedCountries: ["Korea"],
            rateLimit: 5,
            rateWindowSeconds: 90,
            protects: []
        )
        #expect(wrong.problems.count == 3)
    }

    @Test func acceleratorForwardsTCP443ToTheALBKeepingClientAddresses() throws {
        let accelerator = GlobalAccelerator.Accelerator(
            "main",
            name: "edge",
            loadBalancer: Self.alb,
            region: "us-west-2"
        )
        let listener = try resource(accelerator, "aws_globalaccelerator_listener").attributes
        #expect(listener["protocol"] == "TCP")
        #expect(listener["port_range"] == [["from_port": 443, "to_port": 443]])
        #expect(listener["accelerator_arn"]?.templateText == "${aws_globalaccelerator_accelerator.main.id}")
        let endpoints = try resource(accelerator, "aws_globalaccelerator_endpoint_group").attributes
        #expect(endpoints["endpoint_group_region"] == "us-west-2")
        let endpoint = endpoints["endpoint_configuration"]?.blocks.first
        #expect(endpoint?["endpoint_id"]?.templateText == "${aws_lb.main.arn}")
        #expect(endpoint?["client_ip_preservation_enabled"] == true)
        #expect(accelerator.dnsName.value.templateText == "${aws_globalaccelerator_accelerator.main.dns_name}")
        #expect(accelerator.zoneID.value.templateText == "${aws_globalaccelerator_accelerator.main.hosted_zone_id}")
        #expect(accelerator.resources.allSatisfy { $0.attributes["provider"] == nil })
        #expect(accelerator.problems.isEmpty)

        let record = Route53.AliasRecord("api", zone: .existing("Z1"), name: "api.example.org", target: accelerator)
        #expect(
            try resource(record, "aws_route53_record").attributes["alias"]?.blocks.first?["name"]?.templateText
                == "${aws_globalaccelerator_accelerator.main.dns_name}"
        )
    }

    @Test func acceleratorOutsideOregonNeedsTheUSWest2Provider() {
        let elsewhere = GlobalAccelerator.Accelerator(
            "main",
            name: "edge",
            loadBalancer: Self.alb,
            region: "eu-central-1"
        )
        #expect(elsewhere.problems.count == 1)
        let aliased = GlobalAccelerator.Accelerator(
            "main",
            name: "edge",
            loadBalancer: Self.alb,
            region: "eu-central-1",
            provider: "aws.us_west_2"
        )
        #expect(aliased.problems.isEmpty)
        #expect(aliased.resources.allSatisfy { $0.attributes["provider"] == "aws.us_west_2" })
    }

    @Test func fileSystemIsEncryptedWithMountTargetsAndATLSOnlyPolicy() throws {
        let storage = EFS.FileSystem(
            "qdrant",
            name: "qdrant-efs",
            subnets: Self.subnets,
            securityGroups: [Self.group],
            infrequentAccessAfterDays: 7
        )
        let fileSystem = try resource(storage, "aws_efs_file_system").attributes
        #expect(fileSystem["encrypted"] == true)
        #expect(fileSystem["lifecycle_policy"]?.arrayValue?.first?["transition_to_ia"] == "AFTER_7_DAYS")
        #expect(storage.resources.filter { $0.address.type == "aws_efs_mount_target" }.count == 2)
        let policy = try resource(storage, "aws_efs_file_system_policy").attributes["policy"]?.templateText
        #expect(policy?.contains("aws:SecureTransport") == true)
        #expect(storage.problems.isEmpty)
        #expect(
            EFS.FileSystem("x", name: "x", subnets: [], securityGroups: [], infrequentAccessAfterDays: 8).problems.count
                == 2
        )

        let accessPoint = EFS.AccessPoint("qdrant", fileSystem: storage, path: "/qdrant")
        let point = try resource(accessPoint, "aws_efs_access_point").attributes
        #expect(point["file_system_id"]?.templateText == "${aws_efs_file_system.qdrant.id}")
        #expect(point["root_directory"]?.blocks.first?["path"] == "/qdrant")
        #expect(
            try resource(accessPoint, "aws_efs_access_point").dependsOn.map(\.traversal)
                == ["aws_efs_mount_target.qdrant_1", "aws_efs_mount_target.qdrant_2"]
        )
        let grant = IAM.Grant.mount(accessPoint)
        #expect(grant.statements.first?.actions == ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"])
    }

    @Test func mailReceiverStoresMailInTheBucketAfterItsPolicy() throws {
        let bucket = S3.PrivateBucket(
            "mail",
            bucket: "example-mail",
            writers: [.ses(prefix: "mails/", accountID: "111122223333")]
        )
        let receiver = SES.MailReceiver(
            "chat",
            domain: "chat.example.org",
            ruleSetName: "rules",
            ruleName: "store",
            recipients: ["test@chat.example.org"],
            bucket: bucket,
            prefix: "mails/",
            region: "eu-central-1",
            zone: .existing("Z1")
        )
        #expect(try resource(receiver, "aws_ses_domain_identity").attributes["domain"] == "chat.example.org")
        let rule = try resource(receiver, "aws_ses_receipt_rule")
        #expect(rule.attributes["recipients"] == ["test@chat.example.org"])
        #expect(rule.attributes["tls_policy"] == "Require")
        #expect(rule.attributes["scan_enabled"] == true)
        let action = rule.attributes["s3_action"]?.blocks.first
        #expect(action?["bucket_name"]?.templateText == "${aws_s3_bucket.mail.bucket}")
        #expect(action?["object_key_prefix"] == "mails/")
        #expect(rule.dependsOn.map(\.traversal).contains("aws_s3_bucket_policy.mail"))
        #expect(
            try resource(receiver, "aws_ses_active_receipt_rule_set").attributes["rule_set_name"]?.templateText
                == "${aws_ses_receipt_rule_set.chat.rule_set_name}"
        )
        let mx = try resource(receiver, "aws_route53_record", "chat_mx").attributes
        #expect(mx["records"] == ["10 inbound-smtp.eu-central-1.amazonaws.com"])
        #expect(receiver.problems.isEmpty)

        let unwritable = SES.MailReceiver(
            "chat",
            domain: "chat.example.org",
            ruleSetName: "rules",
            ruleName: "store",
            recipients: [],
            bucket: S3.PrivateBucket("plain", bucket: "example-plain"),
            prefix: "mails/",
            region: "eu-central-1"
        )
        #expect(unwritable.problems.count == 1)
    }
}
