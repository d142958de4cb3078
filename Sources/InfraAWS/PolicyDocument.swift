import InfraCore

extension IAM {
    /// An IAM policy document built from typed statements, rendered as the JSON string IAM expects.
    public struct PolicyDocument: Hashable, Sendable {
        public var statements: [Statement]

        public init(_ statements: [Statement]) {
            self.statements = statements
        }

        public var json: JSONValue {
            .embeddedJSON([
                "Version": "2012-10-17",
                "Statement": .array(statements.map(\.json)),
            ])
        }

        /// The trust policy that lets the given AWS services assume a role.
        public static func trust(_ services: [ServicePrincipal]) -> PolicyDocument {
            PolicyDocument([
                Statement(
                    sid: "AssumedBy",
                    actions: ["sts:AssumeRole"],
                    principals: .service(services.map(\.rawValue))
                )
            ])
        }
    }

    /// Who a statement applies to, in a resource or trust policy.
    public enum Principals: Hashable, Sendable {
        case service([String])
        case aws([JSONValue])
    }

    /// One IAM statement.
    public struct Statement: Hashable, Sendable {
        public enum Effect: String, Sendable { case allow = "Allow", deny = "Deny" }

        public var sid: String
        public var effect: Effect
        public var actions: [String]
        public var resources: [JSONValue]
        public var principals: Principals?
        /// `Condition` as IAM writes it: operator → key → values.
        public var conditions: [String: [String: JSONValue]]

        public init(
            sid: String,
            effect: Effect = .allow,
            actions: [String],
            resources: [JSONValue] = [],
            principals: Principals? = nil,
            conditions: [String: [String: JSONValue]] = [:]
        ) {
            self.sid = sid
            self.effect = effect
            self.actions = actions
            self.resources = resources
            self.principals = principals
            self.conditions = conditions
        }

        var json: JSONValue {
            var members: [String: JSONValue] = [
                "Sid": .string(sid),
                "Effect": .string(effect.rawValue),
                "Action": actions.count == 1 ? .string(actions[0]) : .strings(actions),
            ]
            if !resources.isEmpty { members["Resource"] = resources.count == 1 ? resources[0] : .array(resources) }
            switch principals {
            case .service(let services):
                members["Principal"] = ["Service": services.count == 1 ? .string(services[0]) : .strings(services)]
            case .aws(let arns):
                members["Principal"] = ["AWS": arns.count == 1 ? arns[0] : .array(arns)]
            case nil:
                break
            }
            if !conditions.isEmpty { members["Condition"] = .object(conditions.mapValues { .object($0) }) }
            return .object(members)
        }
    }

    /// The service principals infragen's constructs use.
    public enum ServicePrincipal: String, Hashable, Sendable {
        case ec2 = "ec2.amazonaws.com"
        case ecsTasks = "ecs-tasks.amazonaws.com"
        case events = "events.amazonaws.com"
        case lambda = "lambda.amazonaws.com"
        case cloudWatch = "cloudwatch.amazonaws.com"
        case ssm = "ssm.amazonaws.com"
        case vpcFlowLogs = "vpc-flow-logs.amazonaws.com"
    }
}
