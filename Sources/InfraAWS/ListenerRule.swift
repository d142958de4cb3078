import InfraCore

extension ELB {
    /// What a listener rule matches. A rule's conditions must all hold; AWS allows at most five condition values
    /// per rule (the limits family checks it).
    public enum Condition: Hashable, Sendable {
        /// The `Host` header is one of these names (wildcards `*` and `?` allowed).
        case host([String])
        /// The path matches one of these patterns, e.g. `/api/*`.
        case path([String])
        /// A header has one of these values, e.g. `.header("Upgrade", ["websocket"])`.
        case header(String, [String])
        /// The HTTP method is one of these.
        case method([String])
        /// The client address is in one of these ranges.
        case sourceIP([String])

        var json: JSONValue {
            switch self {
            case .host(let hosts): ["host_header": [["values": .strings(hosts)]]]
            case .path(let paths): ["path_pattern": [["values": .strings(paths)]]]
            case .header(let name, let values):
                ["http_header": [["http_header_name": .string(name), "values": .strings(values)]]]
            case .method(let methods): ["http_request_method": [["values": .strings(methods)]]]
            case .sourceIP(let ranges): ["source_ip": [["values": .strings(ranges)]]]
            }
        }
    }

    /// What a listener does with a request: forward (to one group, or weighted across several), redirect, or answer.
    public enum Action: Hashable, Sendable {
        case forward(TargetGroup)
        /// Spreads requests across groups by weight (0–999 each), e.g. two backends live side by side.
        case weightedForward([WeightedTarget])
        /// A redirect; `nil` parts keep the request's own.
        case redirect(
            host: String? = nil,
            path: String? = nil,
            port: String? = nil,
            protocol: String? = nil,
            permanent: Bool = true
        )
        case fixedResponse(status: Int, body: String, contentType: String = "text/plain")

        /// One group of a weighted forward.
        public struct WeightedTarget: Hashable, Sendable {
            public var group: TargetGroup
            public var weight: Int

            public init(_ group: TargetGroup, weight: Int) {
                self.group = group
                self.weight = weight
            }
        }

        /// A redirect to HTTPS on 443, keeping host, path and query.
        public static let redirectToHTTPS = Action.redirect(port: "443", protocol: "HTTPS")

        var json: JSONValue {
            switch self {
            case .forward(let group): return ["type": "forward", "target_group_arn": group.arn.value]
            case .weightedForward(let targets):
                return [
                    "type": "forward",
                    "forward": [
                        [
                            "target_group": .array(
                                targets.map { target -> JSONValue in
                                    ["arn": target.group.arn.value, "weight": .int(target.weight)]
                                }
                            )
                        ]
                    ],
                ]
            case .redirect(let host, let path, let port, let scheme, let permanent):
                var redirect: [String: JSONValue] = ["status_code": permanent ? "HTTP_301" : "HTTP_302"]
                if let host { redirect["host"] = .string(host) }
                if let path { redirect["path"] = .string(path) }
                if let port { redirect["port"] = .string(port) }
                if let scheme { redirect["protocol"] = .string(scheme) }
                return ["type": "redirect", "redirect": [.object(redirect)]]
            case .fixedResponse(let status, let body, let contentType):
                return [
                    "type": "fixed-response",
                    "fixed_response": [
                        [
                            "content_type": JSONValue.string(contentType),
                            "message_body": JSONValue.string(body),
                            "status_code": JSONValue.string(String(status)),
                        ]
                    ],
                ]
            }
        }
    }

    /// A listener rule: an explicit priority, conditions that must all match, and one action.
    public struct ListenerRule: Construct, Hashable {
        public var declaration: Declaration
        public let listener: Ref<ARN<Listener>>
        public let priority: Int
        public let conditions: [Condition]
        public let action: Action

        /// - Parameters:
        ///   - priority: explicit, so the order of rules is reviewed rather than left to the provider; unique per
        ///     listener, 1–50000 (AWS rejects duplicates only at apply).
        ///   - conditions: all must match; at most five values in all.
        public init(
            _ label: String,
            listener: Ref<ARN<Listener>>,
            priority: Int,
            when conditions: [Condition],
            then action: Action,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.listener = listener
            self.priority = priority
            self.conditions = conditions
            self.action = action
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The rule itself, for a service that must wait until its target group is attached.
        public var ruleDependency: Reference { dependency("aws_lb_listener_rule") }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_lb_listener_rule",
                    [
                        "listener_arn": listener.value,
                        "priority": .int(priority),
                        "action": [action.json],
                        "condition": .array(conditions.map(\.json)),
                    ]
                )
            ]
        }
    }
}
