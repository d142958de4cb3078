import InfraAWS
import InfraCore
import Testing

@Suite struct ScheduledFunctionTests {
    static let source = Lambda.Function(
        "cron_source",
        name: "app-cron-source",
        description: "Cron source",
        runtime: .python312,
        handler: "main.handler",
        sources: ["main.py": "def handler(event, context):\n    return event\n"],
        logRetentionDays: 30
    )

    static let nightly = Events.ScheduledFunction(
        "nightly",
        name: "app-nightly",
        description: "Nightly run",
        schedule: .cron("0 0 * * ? *"),
        function: source,
        input: ["dag": "nightly"]
    )

    func json(_ address: String) throws -> String {
        let resource = try #require(Self.nightly.resources.first { $0.address.description == address })
        return JSONEncoding(style: .compact).encode(resource.body)
    }

    @Test func rendersRuleTargetAndPermission() throws {
        #expect(
            Self.nightly.resources.map(\.address.description) == [
                "aws_cloudwatch_event_rule.nightly", "aws_cloudwatch_event_target.nightly",
                "aws_lambda_permission.nightly",
            ]
        )
        #expect(
            try json("aws_cloudwatch_event_rule.nightly")
                == #"{"description":"Nightly run","name":"app-nightly","schedule_expression":"cron(0 0 * * ? *)"}"#
        )
        #expect(
            try json("aws_cloudwatch_event_target.nightly")
                == #"{"arn":"${aws_lambda_function.cron_source.arn}","input":"{\"dag\":\"nightly\"}","#
                + #""rule":"${aws_cloudwatch_event_rule.nightly.name}","target_id":"app-nightly"}"#
        )
        #expect(
            try json("aws_lambda_permission.nightly")
                == #"{"action":"lambda:InvokeFunction","function_name":"${aws_lambda_function.cron_source.function_name}","#
                + #""principal":"events.amazonaws.com","source_arn":"${aws_cloudwatch_event_rule.nightly.arn}","#
                + #""statement_id":"AllowEventBridgeAppNightly"}"#
        )
    }

    @Test func queueAlarmsWatchTheQueueByName() throws {
        let dlq = SQS.Queue("jobs_dlq", name: "jobs-dlq", ordering: .fifo(contentBasedDeduplication: true))
        let topic = SNS.Topic(
            "alerts",
            name: "alerts",
            kmsKey: KMS.Key(
                "k",
                alias: "k",
                description: "k",
                accountID: "111122223333",
                region: "sa-east-1",
                services: []
            )
        )
        let alarm = CloudWatch.Alarm.deadLetters(
            "jobs_dlq",
            name: "jobs-dlq-not-empty",
            queue: dlq,
            actions: [topic.arn]
        )
        let resource = try #require(alarm.resources.first)
        #expect(resource.attributes["threshold"] == 0)
        #expect(resource.attributes["comparison_operator"] == "GreaterThanThreshold")
        #expect(resource.attributes["dimensions"]?["QueueName"] == .expression("${aws_sqs_queue.jobs_dlq.name}"))
        let backlog = CloudWatch.Alarm.queueBacklog(
            "jobs_backlog",
            name: "jobs-backlog",
            queue: dlq,
            above: 1000,
            forMinutes: 5,
            actions: [topic.arn]
        )
        #expect(backlog.resources.first?.attributes["evaluation_periods"] == 5)
        #expect(backlog.resources.first?.attributes["threshold"] == 1000)
    }
}
