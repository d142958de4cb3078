import InfraAWS
import InfraCore
import Testing

@Suite struct GrantTests {
    static let secretA = SecretsManager.Secret("a", name: "app/a", description: "A", kmsKey: Snippet.key)
    static let secretB = SecretsManager.Secret("b", name: "app/b", description: "B", kmsKey: Snippet.key)
    static let topic = SNS.Topic("alerts", name: "alerts", kmsKey: Snippet.key)

    @Test func readingTwoSecretsUnderOneKeyMergesIntoTwoStatements() {
        let role = IAM.Role(
            "task",
            name: "task",
            description: "Task",
            assumedBy: [.ecsTasks],
            grants: [.read(Self.secretA), .read(Self.secretB)]
        )
        #expect(
            Snippet.json(role, "aws_iam_role_policy.task") == """
                {
                  "name": "task",
                  "policy": "{\\"Statement\\":[{\\"Action\\":\\"secretsmanager:GetSecretValue\\",\\"Effect\\":\\"Allow\\",\\"Resource\\":[\\"${aws_secretsmanager_secret.a.arn}\\",\\"${aws_secretsmanager_secret.b.arn}\\"],\\"Sid\\":\\"ReadSecrets\\"},{\\"Action\\":\\"kms:Decrypt\\",\\"Condition\\":{\\"StringEquals\\":{\\"kms:ViaService\\":\\"secretsmanager.eu-central-1.amazonaws.com\\"}},\\"Effect\\":\\"Allow\\",\\"Resource\\":\\"${aws_kms_key.main.arn}\\",\\"Sid\\":\\"DecryptSecrets\\"}],\\"Version\\":\\"2012-10-17\\"}",
                  "role": "${aws_iam_role.task.name}"
                }

                """
        )
    }

    @Test func publishingIncludesTheTopicKeyThroughSNSOnly() {
        let statements = IAM.Grant.publish(to: Self.topic).statements
        #expect(statements.map(\.sid) == ["Publish", "EncryptMessages"])
        #expect(statements[1].conditions == ["StringEquals": ["kms:ViaService": "sns.eu-central-1.amazonaws.com"]])
    }

    @Test func runTaskPassesExactlyTheTaskRoles() throws {
        let cluster = ECS.Cluster("main", name: "app")
        let taskRole = IAM.Role("app", name: "app", description: "App", assumedBy: [.ecsTasks])
        let task = ECS.TaskDefinition(
            "job",
            family: "job",
            compute: .fargate(.quarterVCPUHalfGB),
            taskRole: taskRole,
            containers: [ECS.Container(name: "job", image: "busybox")]
        )
        let statements = IAM.Grant.runTask(task, on: cluster).statements
        let passRole = try #require(statements.first { $0.sid == "PassTaskRoles" })
        #expect(passRole.actions == ["iam:PassRole"])
        #expect(
            passRole.resources.map { $0.templateText ?? "" } == [
                "${aws_iam_role.job_execution.arn}", "${aws_iam_role.app.arn}",
            ]
        )
        #expect(!statements.contains { $0.resources.contains("*") })
    }

    @Test func queueGrantsFollowTheirDirection() {
        let queue = SQS.Queue("work", name: "work", kmsKey: Snippet.key)
        #expect(IAM.Grant.send(to: queue).statements.first?.actions.contains("sqs:SendMessage") == true)
        #expect(IAM.Grant.send(to: queue).statements.first?.actions.contains("sqs:DeleteMessage") == false)
        #expect(IAM.Grant.consume(queue).statements.first?.actions.contains("sqs:DeleteMessage") == true)
        #expect(IAM.Grant.consume(queue).statements.map(\.sid) == ["ConsumeMessages", "DecryptMessages"])
    }

    @Test func bucketGrantsAreLimitedToTheirKeys() {
        let bucket = S3.PrivateBucket("data", bucket: "app-data")
        let read = IAM.Grant.read(bucket, keys: "reports/*").statements
        #expect(read.count == 1)
        #expect(read[0].resources.map { $0.templateText ?? "" } == ["${aws_s3_bucket.data.arn}/reports/*"])
        #expect(IAM.Grant.write(bucket).statements[0].actions == ["s3:PutObject"])
    }

    @Test func statementsWithTheSameSidButDifferentShapeGetDistinctSids() {
        let role = IAM.Role(
            "task",
            name: "task",
            description: "Task",
            assumedBy: [.ecsTasks],
            grants: [
                .read(S3.PrivateBucket("a", bucket: "a")),
                .read(S3.PrivateBucket("b", bucket: "b", kmsKey: Snippet.key)),
            ],
            statements: [IAM.Statement(sid: "ReadObjects", actions: ["s3:ListBucket"], resources: ["*"])]
        )
        #expect(role.policyStatements.map(\.sid) == ["ReadObjects", "DecryptObjects", "ReadObjects2"])
    }
}
