import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the APIGateway rules (Sources/InfraPolicy/Services/APIGateway.swift), every family.
    static let apiGateway: [RuleFixture] = [
        RuleFixture(
            .apiGatewayAccessLogs,
            passing: [
                Doc.one(
                    "aws_apigatewayv2_stage",
                    ["access_log_settings": [["destination_arn": "arn", "format": "$context.requestId"]]]
                )
            ],
            failing: [Doc.one("aws_api_gateway_stage", [:])],
            unknown: [
                .at("access_log_settings")
            ]
        ),
        RuleFixture(
            .apiGatewayAuthorization,
            passing: [
                Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "AWS_IAM"]),
                // CORS preflight, and a WebSocket API's routes after `$connect`, which take no authorization.
                Doc.one("aws_apigatewayv2_route", ["route_key": "OPTIONS /{proxy+}"]),
                Doc.one("aws_apigatewayv2_route", ["route_key": "$disconnect"]),
                Doc.resources([
                    ("aws_apigatewayv2_api", "ws", ["name": "ws", "protocol_type": "WEBSOCKET"]),
                    (
                        "aws_apigatewayv2_route", "main",
                        ["api_id": .expression("${aws_apigatewayv2_api.ws.id}"), "route_key": "$default"]
                    ),
                ]),
            ],
            failing: [
                Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "NONE"]),
                Doc.one("aws_apigatewayv2_route", [:]),
                Doc.resources([
                    ("aws_apigatewayv2_api", "http", ["name": "http", "protocol_type": "HTTP"]),
                    (
                        "aws_apigatewayv2_route", "main",
                        ["api_id": .expression("${aws_apigatewayv2_api.http.id}"), "route_key": "$default"]
                    ),
                ]),
                Doc.resources([
                    ("aws_apigatewayv2_api", "ws", ["name": "ws", "protocol_type": "WEBSOCKET"]),
                    (
                        "aws_apigatewayv2_route", "main",
                        ["api_id": .expression("${aws_apigatewayv2_api.ws.id}"), "route_key": "$connect"]
                    ),
                ]),
            ],
            unknown: [
                .at("authorization")
            ]
        ),
        RuleFixture(
            .apiGatewayTracing,
            passing: [Doc.one("aws_api_gateway_stage", ["stage_name": "prod", "xray_tracing_enabled": true])],
            failing: [
                Doc.one("aws_api_gateway_stage", ["stage_name": "prod"]),
                Doc.one("aws_api_gateway_stage", ["stage_name": "prod", "xray_tracing_enabled": false]),
            ],
            unknown: [
                .at("xray_tracing_enabled")
            ]
        ),
    ]
}
