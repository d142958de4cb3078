import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let apiGatewayAccessLogs: RuleID = "APG001"
    public static let apiGatewayAuthorization: RuleID = "APG002"
    public static let apiGatewayTracing: RuleID = "APG003"
}

/// API Gateway: stage access logs and tracing, and method authorization.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum APIGatewayRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .apiGatewayAccessLogs,
            family: .security,
            severity: .warning,
            title: "API Gateway stages write access logs",
            rationale: "Access logs are the record of who called the API.",
            remediation: "set `access_log_settings` (REST stages) or `access_log_settings` on the HTTP API stage",
            checkov: ["CKV_AWS_76"],
            trivy: ["AVD-AWS-0001"],
            resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
            check: { resource in
                let settings = resource["access_log_settings"]
                return !AttributeValue.isUnknown(settings) && (settings?.blocks.isEmpty ?? true)
                    ? [Violation("access_log_settings", "stage has no access log")] : []
            }
        ),
        Rule(
            .apiGatewayAuthorization,
            family: .security,
            severity: .warning,
            title: "API methods require authorization",
            rationale: "An API method with authorization NONE can be called by anyone who finds the URL.",
            remediation: "use an IAM, Cognito or Lambda authorizer, or waive for a deliberately public method",
            checkov: ["CKV_AWS_59", "CKV_AWS_309", "CKV2_AWS_70"],
            trivy: ["AVD-AWS-0004"],
            resourceTypes: ["aws_api_gateway_method", "aws_apigatewayv2_route"],
            check: { resource in
                // CORS preflight requests carry no credentials, so an OPTIONS method or route cannot require them.
                guard AttributeValue.string(resource["http_method"]) != "OPTIONS",
                    AttributeValue.string(resource["route_key"])?.hasPrefix("OPTIONS ") != true,
                    !APIGatewayRules.isWebSocketRouteAfterConnect(resource)
                else { return [] }
                let key = resource.type == "aws_api_gateway_method" ? "authorization" : "authorization_type"
                let authorization = AttributeValue.text(resource[key])
                let open = authorization == .absent || authorization.isKnown("NONE")
                return open && !AttributeValue.boolean(resource["api_key_required"]).mayBe(true)
                    ? [
                        Violation(
                            resource.type == "aws_api_gateway_method" ? "authorization" : "authorization_type",
                            "no authorization"
                        )
                    ] : []
            }
        ),
        Rule(
            .apiGatewayTracing,
            family: .security,
            severity: .note,
            title: "REST API stages are traced",
            rationale:
                "X-Ray traces follow a request from the stage into its Lambda or HTTP backend, which is where a slow or failing call is found.",
            remediation: "set `xray_tracing_enabled = true` on the stage",
            checkov: ["CKV_AWS_73"],
            trivy: [],
            resourceTypes: ["aws_api_gateway_stage"],
            check: { resource in
                AttributeValue.boolean(resource["xray_tracing_enabled"]).mayBe(true)
                    ? [] : [Violation("xray_tracing_enabled", "stage is not traced")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}

extension APIGatewayRules {
    /// Whether a route is a WebSocket API's route other than `$connect`: API Gateway authorizes a WebSocket
    /// connection once, on `$connect`, and takes no authorization on its other routes. A `$disconnect` route is
    /// WebSocket's whether or not its API is in the document.
    static func isWebSocketRouteAfterConnect(_ route: ResourceView) -> Bool {
        guard route.type == "aws_apigatewayv2_route", let key = AttributeValue.string(route["route_key"]),
            key != "$connect"
        else { return false }
        if key == "$disconnect" { return true }
        let api = route.document.target(of: route["api_id"], ofType: "aws_apigatewayv2_api")
        return api.flatMap { AttributeValue.string($0["protocol_type"]) } == "WEBSOCKET"
    }
}
