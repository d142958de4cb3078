import InfraCore

extension APIGateway {
    /// An API Gateway HTTP API whose routes invoke Lambda functions: the API, its `$default` stage (deployed
    /// automatically, throttled, writing JSON access logs to its own log group), one proxy integration and one
    /// permission per function, and one route per route key.
    ///
    /// The permission lets only this API invoke each function (`source_arn` is the API's execution ARN), never any
    /// API of the account. HTTP APIs write access logs through a service-linked role, so no account-level CloudWatch
    /// role is needed.
    public struct HTTPAPI: Construct, Hashable {
        /// One route: a route key (`POST /webhooks/{source}`, `$default`) and the function that answers it.
        public struct Route: Hashable, Sendable {
            public var key: String
            public var function: Lambda.Function
            public var authorization: Authorization

            public init(_ key: String, to function: Lambda.Function, authorization: Authorization = .none) {
                self.key = key
                self.function = function
                self.authorization = authorization
            }

            var label: String {
                let text = key == "$default" ? "default" : key.lowercased()
                return ResourceAddress.label(from: text)
            }
        }

        /// Who may call a route.
        public enum Authorization: String, Hashable, Sendable {
            /// Anyone with the URL; the function must authenticate the request itself (e.g. a webhook signature).
            case none = "NONE"
            /// Callers that sign the request with AWS credentials allowed `execute-api:Invoke`.
            case iam = "AWS_IAM"
        }

        public var declaration: Declaration
        public let name: String
        public let description: String
        public let routes: [Route]
        public let throttlingBurstLimit: Int
        public let throttlingRateLimit: Int
        public let logRetentionDays: Int
        public let logKey: KMS.Key?

        /// - Parameters:
        ///   - name: the API name.
        ///   - routes: route keys and the functions that answer them; a function may serve several routes.
        ///   - throttlingBurstLimit / throttlingRateLimit: the stage's default limits (requests, requests/s).
        ///   - logRetentionDays: retention of the access-log group `/aws/apigateway/<name>`.
        public init(
            _ label: String,
            name: String,
            description: String,
            routes: [Route],
            throttlingBurstLimit: Int = 100,
            throttlingRateLimit: Int = 50,
            logRetentionDays: Int,
            logKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.routes = routes
            self.throttlingBurstLimit = throttlingBurstLimit
            self.throttlingRateLimit = throttlingRateLimit
            self.logRetentionDays = logRetentionDays
            self.logKey = logKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var apiID: Ref<ID<HTTPAPI>> { ref("aws_apigatewayv2_api", "id") }

        /// The base URL of the API (`https://<id>.execute-api.<region>.amazonaws.com`).
        public var endpoint: Ref<URLString> { ref("aws_apigatewayv2_api", "api_endpoint") }

        /// The execution ARN, the prefix of every `source_arn` that names this API.
        public var executionARN: Ref<ARN<HTTPAPI>> { ref("aws_apigatewayv2_api", "execution_arn") }

        /// The functions behind the routes, each once, in the order they first appear.
        private var functions: [Lambda.Function] {
            var seen: [Lambda.Function] = []
            for route in routes where !seen.contains(route.function) { seen.append(route.function) }
            return seen
        }

        private func integrationLabel(_ function: Lambda.Function) -> String { "\(label)_\(function.label)" }

        private var accessLogs: Logs.LogGroup {
            Logs.LogGroup(
                "\(label)_access",
                name: "/aws/apigateway/\(name)",
                retentionDays: logRetentionDays,
                kmsKey: logKey
            ).declared(at: location)
        }

        public var parts: [any Construct] {
            [accessLogs]
                + functions.map { function in
                    Lambda.Permission(
                        integrationLabel(function),
                        function: function,
                        principal: "apigateway.amazonaws.com",
                        sourceARN: executionARN.interpolated(suffix: "/*/*"),
                        statementID: "AllowAPIGateway\(IAM.sidFragment(name))"
                    ).declared(at: location)
                }
        }

        /// The fields of each access-log line: who called what, and how it went.
        static let accessLogFormat: JSONValue = [
            "requestId": "$context.requestId",
            "ip": "$context.identity.sourceIp",
            "requestTime": "$context.requestTime",
            "httpMethod": "$context.httpMethod",
            "routeKey": "$context.routeKey",
            "status": "$context.status",
            "protocol": "$context.protocol",
            "responseLength": "$context.responseLength",
            "integrationError": "$context.integrationErrorMessage",
        ]

        public func expand() -> [Resource] {
            var resources = [
                resource(
                    "aws_apigatewayv2_api",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "protocol_type": "HTTP",
                    ]
                ),
                resource(
                    "aws_apigatewayv2_stage",
                    [
                        "api_id": apiID.value,
                        "name": "$default",
                        "auto_deploy": true,
                        "default_route_settings": [
                            [
                                "throttling_burst_limit": .int(throttlingBurstLimit),
                                "throttling_rate_limit": .int(throttlingRateLimit),
                            ]
                        ],
                        "access_log_settings": [
                            [
                                "destination_arn": accessLogs.arn.value,
                                "format": .embeddedJSON(Self.accessLogFormat),
                            ]
                        ],
                    ]
                ),
            ]
            for function in functions {
                resources.append(
                    resource(
                        "aws_apigatewayv2_integration",
                        label: integrationLabel(function),
                        [
                            "api_id": apiID.value,
                            "integration_type": "AWS_PROXY",
                            "integration_method": "POST",
                            "integration_uri": function.invokeARN.value,
                            "payload_format_version": "2.0",
                        ]
                    )
                )
            }
            for route in routes {
                let integration: Ref<ID<HTTPAPI>> = ref(
                    "aws_apigatewayv2_integration",
                    "id",
                    label: integrationLabel(route.function)
                )
                resources.append(
                    resource(
                        "aws_apigatewayv2_route",
                        label: "\(label)_\(route.label)",
                        [
                            "api_id": apiID.value,
                            "route_key": .string(route.key),
                            "target": integration.interpolated(prefix: "integrations/"),
                            "authorization_type": .string(route.authorization.rawValue),
                        ]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if routes.isEmpty {
                problems.append(problem("HTTP API `\(name)` has no route", hint: "pass at least one `.init(key, to:)`"))
            }
            var seen: Set<String> = []
            for route in routes {
                if !seen.insert(route.key).inserted {
                    problems.append(
                        problem(
                            "HTTP API `\(name)` declares route `\(route.key)` twice",
                            hint: "give each route key one function"
                        )
                    )
                }
                let parts = route.key.split(separator: " ", omittingEmptySubsequences: false)
                let methods = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
                if route.key != "$default",
                    parts.count != 2 || !methods.contains(String(parts[0])) || !parts[1].hasPrefix("/")
                {
                    problems.append(
                        problem(
                            "route key `\(route.key)` is neither `$default` nor `METHOD /path`",
                            hint: "write e.g. `POST /webhooks/{source}` or `ANY /{proxy+}`"
                        )
                    )
                }
            }
            return problems
        }
    }
}
