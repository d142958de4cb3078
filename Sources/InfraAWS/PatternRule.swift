import InfraCore

extension Events {
    /// An EventBridge rule that sends events matching a pattern to a Lambda function, with the permission that lets
    /// EventBridge invoke it for this rule only.
    public struct PatternRule: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let pattern: JSONValue
        public let function: Lambda.Function

        public init(
            _ label: String,
            name: String,
            description: String,
            pattern: JSONValue,
            function: Lambda.Function,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.pattern = pattern
            self.function = function
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<PatternRule>> { ref("aws_cloudwatch_event_rule", "arn") }
        private var ruleName: Ref<Name<PatternRule>> { ref("aws_cloudwatch_event_rule", "name") }

        public var parts: [any Construct] {
            [
                Lambda.Permission(
                    label,
                    function: function,
                    principal: IAM.ServicePrincipal.events.rawValue,
                    sourceARN: arn.value,
                    statementID: "AllowEventBridge"
                ).declared(at: location)
            ]
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_cloudwatch_event_rule",
                    [
                        "name": .string(name), "description": .string(description),
                        "event_pattern": .embeddedJSON(pattern),
                    ]
                ),
                resource(
                    "aws_cloudwatch_event_target",
                    ["rule": ruleName.value, "target_id": .string(name), "arn": function.arn.value]
                ),
            ]
        }
    }
}
