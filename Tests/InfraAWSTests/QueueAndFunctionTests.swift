import InfraAWS
import InfraCore
import Testing

@Suite struct QueueAndFunctionTests {
    static let dlq = SQS.Queue("jobs_dlq", name: "jobs-dlq", ordering: .fifo(contentBasedDeduplication: true))

    @Test func fifoQueueWithDeadLetterQueue() throws {
        let queue = SQS.Queue(
            "jobs",
            name: "jobs",
            ordering: .fifo(contentBasedDeduplication: true),
            visibilityTimeoutSeconds: 300,
            deadLetter: .init(Self.dlq, afterReceives: 3)
        )
        #expect(queue.name == "jobs.fifo")
        #expect(queue.problems.isEmpty)
        #expect(
            Snippet.json(queue) == """
                {
                  "aws_sqs_queue": {
                    "jobs": {
                      "content_based_deduplication": true,
                      "fifo_queue": true,
                      "message_retention_seconds": 345600,
                      "name": "jobs.fifo",
                      "redrive_policy": "{\\"deadLetterTargetArn\\":\\"${aws_sqs_queue.jobs_dlq.arn}\\",\\"maxReceiveCount\\":3}",
                      "sqs_managed_sse_enabled": true,
                      "visibility_timeout_seconds": 300
                    }
                  }
                }

                """
        )
    }

    @Test func standardQueueCannotUseAFIFODeadLetterQueue() {
        let queue = SQS.Queue("jobs", name: "jobs", deadLetter: .init(Self.dlq, afterReceives: 3))
        #expect(queue.problems.count == 1)
    }

    @Test func functionOptions() throws {
        let vpc = Ref<ID<EC2.VPC>>(ResourceAddress(type: "aws_vpc", name: "main"), "id")
        let group = EC2.SecurityGroup("fn", name: "fn", description: "Function", vpc: vpc)
        let subnet = Ref<ID<EC2.Subnet>>(ResourceAddress(type: "aws_subnet", name: "a"), "id")
        let function = Lambda.Function(
            "dedupe",
            name: "dedupe",
            description: "De-duplicates mail",
            runtime: .nodejs22,
            architecture: .x86_64,
            handler: "index.handler",
            sources: ["index.js": "exports.handler = async () => {}"],
            timeoutSeconds: 30,
            reservedConcurrency: 2,
            vpc: .init(subnets: [subnet], securityGroups: [group]),
            deadLetterQueue: SQS.Queue("dlq", name: "dedupe-dlq"),
            tracing: true,
            logRetentionDays: 14
        )
        let body = try #require(function.resources.first { $0.address.type == "aws_lambda_function" }).attributes
        #expect(body["runtime"] == "nodejs22.x")
        #expect(body["architectures"] == ["x86_64"])
        #expect(body["tracing_config"] == [["mode": "Active"]])
        #expect(body["dead_letter_config"] == [["target_arn": .expression("${aws_sqs_queue.dlq.arn}")]])
        #expect(
            body["vpc_config"] == [
                [
                    "subnet_ids": [.expression("${aws_subnet.a.id}")],
                    "security_group_ids": [.expression("${aws_security_group.fn.id}")],
                ]
            ]
        )
        let policy = try #require(Snippet.json(function, "aws_iam_role_policy.dedupe_lambda"))
        for action in ["ec2:CreateNetworkInterface", "xray:PutTraceSegments", "sqs:SendMessage", "logs:PutLogEvents"] {
            #expect(policy.contains(action), "role lacks \(action)")
        }
        #expect(function.generatedFiles.map(\.path) == ["dedupe.zip"])
    }

    @Test func repositoryIsImmutableScannedAndExpiresOldImages() throws {
        let repository = ECR.Repository("api", name: "revendiste-backend", keepImages: 10)
        let body = try #require(Snippet.json(repository, "aws_ecr_repository.api"))
        #expect(body.contains(#""image_tag_mutability": "IMMUTABLE""#))
        #expect(body.contains(#""scan_on_push": true"#))
        let lifecycle = try #require(Snippet.json(repository, "aws_ecr_lifecycle_policy.api"))
        #expect(lifecycle.contains(#"\"countNumber\":10"#))
        #expect(repository.image(tag: "v2").templateText == "${aws_ecr_repository.api.repository_url}:v2")
    }
}
