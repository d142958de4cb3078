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
            passing: [Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "AWS_IAM"])],
            failing: [
                Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "NONE"]),
                Doc.one("aws_apigatewayv2_route", [:]),
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
