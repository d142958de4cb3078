import InfraCore

extension CloudWatch.Alarm {
    /// Messages are piling up in `queue`: more than `messages` visible for `minutes` in a row. The consumers are
    /// failing, or at their maximum and not keeping up.
    public static func queueBacklog(
        _ label: String,
        name: String,
        queue: SQS.Queue,
        above messages: Int,
        forMinutes minutes: Int = 5,
        actions: [Ref<ARN<SNS.Topic>>],
        file: String = #filePath,
        line: UInt = #line
    ) -> CloudWatch.Alarm {
        CloudWatch.Alarm(
            label,
            name: name,
            description: "More than \(messages) messages wait in \(queue.name) for \(minutes) minutes",
            namespace: "AWS/SQS",
            metric: "ApproximateNumberOfMessagesVisible",
            statistic: "Maximum",
            comparison: .greaterThan,
            threshold: messages,
            periodSeconds: 60,
            evaluationPeriods: minutes,
            dimensions: ["QueueName": queue.queueName.value],
            actions: actions,
            file: file,
            line: line
        )
    }

    /// A dead-letter queue is not empty: at least one message failed every receive and needs a look. Alarms on the
    /// first message, within a minute.
    public static func deadLetters(
        _ label: String,
        name: String,
        queue: SQS.Queue,
        actions: [Ref<ARN<SNS.Topic>>],
        file: String = #filePath,
        line: UInt = #line
    ) -> CloudWatch.Alarm {
        CloudWatch.Alarm(
            label,
            name: name,
            description: "Messages reached the dead-letter queue \(queue.name)",
            namespace: "AWS/SQS",
            metric: "ApproximateNumberOfMessagesVisible",
            statistic: "Maximum",
            comparison: .greaterThan,
            threshold: 0,
            periodSeconds: 60,
            dimensions: ["QueueName": queue.queueName.value],
            actions: actions,
            file: file,
            line: line
        )
    }
}
