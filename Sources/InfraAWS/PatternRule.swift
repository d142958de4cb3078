import InfraCore

extension Events {
    /// An EventBridge rule matching an event pattern, delivering to a Lambda function, with the permission that lets
    /// EventBridge invoke it from this rule only.
    public struct PatternRule: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let pattern: JSONValue
        public let function: Lambda.Function
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            description: String,
            pattern: JSONValue,
            function: Lambda.Function,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.description = description
            self.pattern = pattern
            self.function = function
            self.location = .swift(filePath: file, line: line)
        }

        public func expand() -> [Resource] {
            let rule = ResourceAddress(type: "aws_cloudwatch_event_rule", name: label)
            return [
                Resource(
                    "aws_cloudwatch_event_rule",
                    label,
                    [
                        "name": .string(name), "description": .string(description),
                        "event_pattern": .embeddedJSON(pattern),
                    ],
                    location: location
                ),
                Resource(
                    "aws_cloudwatch_event_target",
                    label,
                    [
                        "rule": Ref<RefKind.Name>(rule, "name").value,
                        "target_id": .string(name),
                        "arn": function.arn.value,
                    ],
                    location: location
                ),
                Resource(
                    "aws_lambda_permission",
                    label,
                    [
                        "statement_id": "AllowEventBridge",
                        "action": "lambda:InvokeFunction",
                        "function_name": function.functionName.value,
                        "principal": .string(IAM.ServicePrincipal.events.rawValue),
                        "source_arn": Ref<RefKind.ARN>(rule, "arn").value,
                    ],
                    location: location
                ),
            ]
        }
    }
}
