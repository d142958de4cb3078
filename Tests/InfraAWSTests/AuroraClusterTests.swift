import InfraAWS
import InfraCore
import Testing

@Suite struct AuroraClusterTests {
    static let key = KMS.Key(
        "rds",
        alias: "app-rds",
        description: "RDS",
        accountID: "111122223333",
        region: "sa-east-1",
        services: []
    )
    static let group = EC2.SecurityGroup("db", name: "db", description: "DB", vpc: .existing("vpc-1"))

    func cluster(instances: Int = 1, subnets: [Ref<ID<EC2.Subnet>>] = [.existing("subnet-a"), .existing("subnet-b")])
        throws -> RDS.AuroraCluster
    {
        RDS.AuroraCluster(
            "main",
            identifier: "app-prod",
            engineVersion: "15.4",
            capacity: try #require(RDS.ServerlessCapacity(minimumACU: 0.5, maximumACU: 16)),
            instances: instances,
            databaseName: "app",
            username: "app_admin",
            subnets: subnets,
            securityGroups: [Self.group],
            kmsKey: Self.key,
            logRetentionDays: 7
        )
    }

    func json(_ construct: some Construct, _ address: String) throws -> String {
        let resource = try #require(construct.resources.first { $0.address.description == address })
        return JSONEncoding(style: .compact).encode(resource.body)
    }

    @Test func rendersAnEncryptedServerlessV2Cluster() throws {
        #expect(
            try json(cluster(), "aws_rds_cluster.main")
                == #"{"backup_retention_period":7,"cluster_identifier":"app-prod","copy_tags_to_snapshot":true,"#
                + #""database_name":"app","db_subnet_group_name":"${aws_db_subnet_group.main.name}","#
                + #""deletion_protection":true,"depends_on":["aws_cloudwatch_log_group.main_postgresql"],"#
                + #""enabled_cloudwatch_logs_exports":["postgresql"],"engine":"aurora-postgresql","#
                + #""engine_mode":"provisioned","engine_version":"15.4","#
                + #""final_snapshot_identifier":"app-prod-final","iam_database_authentication_enabled":true,"#
                + #""kms_key_id":"${aws_kms_key.rds.arn}","manage_master_user_password":true,"#
                + #""master_user_secret_kms_key_id":"${aws_kms_key.rds.arn}","master_username":"app_admin","#
                + #""port":5432,"preferred_backup_window":"03:00-04:00","#
                + #""preferred_maintenance_window":"sun:04:30-sun:05:30","#
                + #""serverlessv2_scaling_configuration":[{"max_capacity":16.0,"min_capacity":0.5}],"#
                + #""skip_final_snapshot":false,"storage_encrypted":true,"#
                + #""vpc_security_group_ids":["${aws_security_group.db.id}"]}"#
        )
    }

    @Test func instancesAreServerlessAndPrivate() throws {
        let construct = try cluster(instances: 2)
        let instances = construct.resources.filter { $0.address.type == "aws_rds_cluster_instance" }
        #expect(instances.map(\.address.name) == ["main_1", "main_2"])
        #expect(
            try json(construct, "aws_rds_cluster_instance.main_2")
                == #"{"auto_minor_version_upgrade":true,"cluster_identifier":"${aws_rds_cluster.main.id}","#
                + #""copy_tags_to_snapshot":true,"db_subnet_group_name":"${aws_db_subnet_group.main.name}","#
                + #""engine":"aurora-postgresql","engine_version":"15.4","identifier":"app-prod-2","#
                + #""instance_class":"db.serverless","performance_insights_enabled":true,"#
                + #""performance_insights_kms_key_id":"${aws_kms_key.rds.arn}","#
                + #""performance_insights_retention_period":7,"publicly_accessible":false}"#
        )
    }

    @Test func exportedLogsGetAGroupWithRetention() throws {
        #expect(
            try json(cluster(), "aws_cloudwatch_log_group.main_postgresql")
                == #"{"name":"/aws/rds/cluster/app-prod/postgresql","retention_in_days":7}"#
        )
    }

    @Test func masterSecretIsTheManagedOneUnderTheClusterKey() throws {
        let secret = try cluster().masterSecret
        #expect(secret.secretARN.value == .expression("${aws_rds_cluster.main.master_user_secret[0].secret_arn}"))
        #expect(secret.encryptionKey == Self.key)
    }

    @Test(arguments: [
        (0.5, 16.0, true), (0.5, 256, true), (1, 1, true), (0, 16, false), (0.25, 16, false),
        (0.5, 0.5, false), (2, 1, false), (0.5, 300, false), (0.5, 16.3, false),
    ])
    func capacityRange(minimum: Double, maximum: Double, valid: Bool) {
        #expect((RDS.ServerlessCapacity(minimumACU: minimum, maximumACU: maximum) != nil) == valid)
    }

    @Test func reportsWiringMistakes() throws {
        #expect(try cluster(instances: 0).problems.count == 1)
        #expect(try cluster(subnets: [.existing("subnet-a")]).problems.count == 1)
        #expect(try cluster().problems.isEmpty)
    }

    /// A count far past AWS's bound is a problem, and the render stops at the bound instead of building one resource
    /// per requested instance (found by the settings mutation test: `instances: 2147483648` exhausted memory).
    @Test func instanceCountIsBoundedBeforeRendering() throws {
        let oversized = try cluster(instances: 2_147_483_648)
        #expect(
            oversized.problems.map(\.message) == [
                "Aurora cluster `app-prod` asks for 2147483648 instances; a cluster has at most 16 (a writer and 15 replicas)"
            ]
        )
        #expect(oversized.resources.filter { $0.address.type == "aws_rds_cluster_instance" }.count == 16)
        #expect(try cluster(instances: 16).problems.isEmpty)
    }
}
