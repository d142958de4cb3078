import InfraCore

extension CloudWatch {
    /// A CloudWatch metric alarm that notifies on both ALARM and OK.
    public struct Alarm: Construct {
        public enum Comparison: String, Hashable, Sendable {
            case lessThan = "LessThanThreshold"
            case greaterThan = "GreaterThanThreshold"
            case greaterThanOrEqual = "GreaterThanOrEqualToThreshold"
        }

        public var declaration: Declaration
        public let name: String
        public let description: String
        public let namespace: String
        public let metric: String
        public let statistic: String
        public let comparison: Comparison
        public let threshold: Int
        public let periodSeconds: Int
        public let evaluationPeriods: Int
        public let dimensions: [String: JSONValue]
        public let actions: [Ref<ARN<SNS.Topic>>]

        public init(
            _ label: String,
            name: String,
            description: String,
            namespace: String,
            metric: String,
            statistic: String,
            comparison: Comparison,
            threshold: Int,
            periodSeconds: Int,
            evaluationPeriods: Int = 1,
            dimensions: [String: JSONValue],
            actions: [Ref<ARN<SNS.Topic>>],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.namespace = namespace
            self.metric = metric
            self.statistic = statistic
            self.comparison = comparison
            self.threshold = threshold
            self.periodSeconds = periodSeconds
            self.evaluationPeriods = evaluationPeriods
            self.dimensions = dimensions
            self.actions = actions
            self.declaration = Declaration(label, file: file, line: line)
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_cloudwatch_metric_alarm",
                    [
                        "alarm_name": .string(name),
                        "alarm_description": .string(description),
                        "namespace": .string(namespace),
                        "metric_name": .string(metric),
                        "statistic": .string(statistic),
                        "comparison_operator": .string(comparison.rawValue),
                        "threshold": .int(threshold),
                        "period": .int(periodSeconds),
                        "evaluation_periods": .int(evaluationPeriods),
                        "datapoints_to_alarm": .int(evaluationPeriods),
                        "treat_missing_data": "missing",
                        "dimensions": .object(dimensions),
                        "alarm_actions": .array(actions.map(\.value)),
                        "ok_actions": .array(actions.map(\.value)),
                    ]
                )
            ]
        }
    }
}
