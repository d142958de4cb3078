import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_apigatewayv2_api, aws_apigatewayv2_api_mapping, aws_apigatewayv2_authorizer, aws_apigatewayv2_domain_name, aws_apigatewayv2_integration, aws_apigatewayv2_route, aws_apigatewayv2_stage, aws_apigatewayv2_vpc_link).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let apiGateway: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_apigatewayv2_api",
            source: "internal/service/apigatewayv2/api.go",
            [
                .oneOf(
                    "api_key_selection_expression",
                    ["$context.authorizer.usageIdentifierKey", "$request.header.x-api-key"]
                ),
                .arn("credentials_arn"),
                .length("description", 0...1024),
                .oneOf("ip_address_type", ["ipv4", "dualstack"]),
                .length("name", 1...128),
                .oneOf("protocol_type", ["WEBSOCKET", "HTTP"]),
                .length("version", 1...64),
            ]
        ),
        ResourceConstraints("aws_apigatewayv2_api_mapping", source: "internal/service/apigatewayv2/api_mapping.go", []),
        ResourceConstraints(
            "aws_apigatewayv2_authorizer",
            source: "internal/service/apigatewayv2/authorizer.go",
            [
                .arn("authorizer_credentials_arn"),
                .oneOf("authorizer_payload_format_version", ["1.0", "2.0"]),
                .range("authorizer_result_ttl_in_seconds", 0...3600),
                .oneOf("authorizer_type", ["REQUEST", "JWT"]),
                .length("authorizer_uri", 1...2048),
                .length("name", 1...128),
            ]
        ),
        ResourceConstraints(
            "aws_apigatewayv2_domain_name",
            source: "internal/service/apigatewayv2/domain_name.go",
            [
                .length("domain_name", 1...512),
                .arn("domain_name_configuration.certificate_arn"),
                .oneOf("domain_name_configuration.endpoint_type", ["REGIONAL"]),
                .oneOf("domain_name_configuration.ip_address_type", ["ipv4", "dualstack"]),
                .arn("domain_name_configuration.ownership_verification_certificate_arn"),
                .oneOf("domain_name_configuration.security_policy", ["TLS_1_2"]),
            ]
        ),
        ResourceConstraints(
            "aws_apigatewayv2_integration",
            source: "internal/service/apigatewayv2/integration.go",
            [
                .length("connection_id", 1...1024),
                .oneOf("connection_type", ["INTERNET", "VPC_LINK"]),
                .oneOf("content_handling_strategy", ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]),
                .arn("credentials_arn"),
                .oneOf("integration_method", ["ANY", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]),
                .length("integration_subtype", 1...128),
                .oneOf("integration_type", ["AWS", "HTTP", "MOCK", "HTTP_PROXY", "AWS_PROXY"]),
                .oneOf("passthrough_behavior", ["WHEN_NO_MATCH", "NEVER", "WHEN_NO_TEMPLATES"]),
                .oneOf("payload_format_version", ["1.0", "2.0"]),
            ]
        ),
        ResourceConstraints(
            "aws_apigatewayv2_route",
            source: "internal/service/apigatewayv2/route.go",
            [
                .oneOf("authorization_type", ["NONE", "AWS_IAM", "CUSTOM", "JWT"]),
                .length("operation_name", 1...64),
                .length("target", 1...128),
            ]
        ),
        ResourceConstraints(
            "aws_apigatewayv2_stage",
            source: "internal/service/apigatewayv2/stage.go",
            [
                .arn("access_log_settings.destination_arn"),
                .oneOf("default_route_settings.logging_level", ["ERROR", "INFO", "OFF"]),
                .length("description", 0...1024),
                .length("name", 1...128),
                .oneOf("route_settings.logging_level", ["ERROR", "INFO", "OFF"]),
            ]
        ),
        ResourceConstraints(
            "aws_apigatewayv2_vpc_link",
            source: "internal/service/apigatewayv2/vpc_link.go",
            [
                .length("name", 1...128)
            ]
        ),
    ]
}
