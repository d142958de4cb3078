import InfraAWS
import InfraCore
import Testing

@Suite struct HTTPAPITests {
    static let hook = Lambda.Function(
        "hook",
        name: "app-webhook",
        description: "Webhooks",
        runtime: .python312,
        handler: "main.handler",
        sources: ["main.py": "def handler(event, context):\n    return {}\n"],
        logRetentionDays: 30
    )

    static let api = APIGateway.HTTPAPI(
        "webhooks",
        name: "app-webhooks",
        description: "Webhooks",
        routes: [.init("POST /webhooks/{source}", to: hook), .init("GET /health", to: hook)],
        logRetentionDays: 30
    )

    func json(_ construct: some Construct, _ address: String) throws -> String {
        let resource = try #require(construct.resources.first { $0.address.description == address })
        return JSONEncoding(style: .compact).encode(resource.body)
    }

    @Test func addresses() {
        #expect(
            Self.api.resources.map(\.address.description) == [
                "aws_apigatewayv2_api.webhooks",
                "aws_apigatewayv2_stage.webhooks",
                "aws_apigatewayv2_integration.webhooks_hook",
                "aws_apigatewayv2_route.webhooks_post_webhooks_source",
                "aws_apigatewayv2_route.webhooks_get_health",
                "aws_cloudwatch_log_group.webhooks_access",
                "aws_lambda_permission.webhooks_hook",
            ]
        )
    }

    @Test func stageDeploysItselfAndWritesAccessLogs() throws {
        let stage = try json(Self.api, "aws_apigatewayv2_stage.webhooks")
        #expect(
            stage.hasPrefix(
                #"{"access_log_settings":[{"destination_arn":"${aws_cloudwatch_log_group.webhooks_access.arn}","#
            )
        )
        #expect(stage.contains(#""auto_deploy":true"#))
        #expect(stage.contains(#""name":"$default""#))
        #expect(stage.contains(#""throttling_burst_limit":100,"throttling_rate_limit":50"#))
        #expect(stage.contains(#"\"routeKey\":\"$context.routeKey\""#))
    }

    @Test func routesProxyToTheFunction() throws {
        #expect(
            try json(Self.api, "aws_apigatewayv2_integration.webhooks_hook")
                == #"{"api_id":"${aws_apigatewayv2_api.webhooks.id}","integration_method":"POST","#
                + #""integration_type":"AWS_PROXY","integration_uri":"${aws_lambda_function.hook.invoke_arn}","#
                + #""payload_format_version":"2.0"}"#
        )
        #expect(
            try json(Self.api, "aws_apigatewayv2_route.webhooks_post_webhooks_source")
                == #"{"api_id":"${aws_apigatewayv2_api.webhooks.id}","authorization_type":"NONE","#
                + #""route_key":"POST /webhooks/{source}","#
                + #""target":"integrations/${aws_apigatewayv2_integration.webhooks_hook.id}"}"#
        )
    }

    @Test func permissionAdmitsOnlyThisAPI() throws {
        #expect(
            try json(Self.api, "aws_lambda_permission.webhooks_hook")
                == #"{"action":"lambda:InvokeFunction","function_name":"${aws_lambda_function.hook.function_name}","#
                + #""principal":"apigateway.amazonaws.com","#
                + #""source_arn":"${aws_apigatewayv2_api.webhooks.execution_arn}/*/*","#
                + #""statement_id":"AllowAPIGatewayAppWebhooks"}"#
        )
    }

    @Test func reportsBadRouteKeys() {
        let api = APIGateway.HTTPAPI(
            "bad",
            name: "bad",
            description: "Bad",
            routes: [
                .init("POST webhooks", to: Self.hook), .init("GET /a", to: Self.hook), .init("GET /a", to: Self.hook),
            ],
            logRetentionDays: 30
        )
        #expect(api.problems.count == 2)
        #expect(Self.api.problems.isEmpty)
    }
}
