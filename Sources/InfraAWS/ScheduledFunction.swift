import InfraCore

extension Events {
    /// Invokes a Lambda function on a schedule: the EventBridge rule, its target, and the permission that lets
    /// EventBridge invoke the function for this rule only (never for any rule of the account).
    ///
    /// The schedule is typed (`Events.Schedule`), so a five-field Unix cron cannot be written where AWS wants its
    /// six-field form; `input` is the constant event the function receives, so one function can serve several
    /// schedules.
    public struct ScheduledFunction: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let schedule: Schedule
        public let function: Lambda.Function
        public let input: JSONValue?

        /// - Parameters:
        ///   - name: the rule name (≤ 64 characters of letters, digits, `.`, `-`, `_`); also the target id.
        ///   - input: the JSON the function is invoked with instead of the scheduled event.
        public init(
            _ label: String,
            name: String,
            description: String,
            schedule: Schedule,
            function: Lambda.Function,
            input: JSONValue? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.schedule = schedule
            self.function = function
            self.input = input
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<ScheduledFunction>> { ref("aws_cloudwatch_event_rule", "arn") }
        private var ruleName: Ref<Name<ScheduledFunction>> { ref("aws_cloudwatch_event_rule", "name") }

        public var parts: [any Construct] {
            [
                Lambda.Permission(
                    label,
                    function: function,
                    principal: IAM.ServicePrincipal.events.rawValue,
                    sourceARN: arn.value,
                    statementID: "AllowEventBridge\(IAM.sidFragment(name))"
                ).declared(at: location)
            ]
        }

        public func expand() -> [Resource] {
            var target: [String: JSONValue] = [
                "rule": ruleName.value, "target_id": .string(name), "arn": function.arn.value,
            ]
            if let input { target["input"] = .embeddedJSON(input) }
            return [
                resource(
                    "aws_cloudwatch_event_rule",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "schedule_expression": .string(schedule.description),
                    ]
                ),
                resource("aws_cloudwatch_event_target", target),
            ]
        }
    }
}
