import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_api_gateway_deployment, aws_api_gateway_integration, aws_api_gateway_method, aws_api_gateway_resource, aws_api_gateway_rest_api, aws_api_gateway_stage).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let apiGatewayV1: [ResourceConstraints] = [
        ResourceConstraints("aws_api_gateway_deployment", source: "internal/service/apigateway/deployment.go", []),
        ResourceConstraints(
            "aws_api_gateway_integration",
            source: "internal/service/apigateway/integration.go",
            [
                .oneOf("connection_type", ["INTERNET", "VPC_LINK"]),
                .oneOf("content_handling", ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]),
                .oneOf("http_method", ["ANY", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]),
                .oneOf("integration_http_method", ["ANY", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]),
                .oneOf("passthrough_behavior", ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]),
                .range("timeout_milliseconds", 50...300000),
                .oneOf("type", ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"]),
            ]
        ),
        ResourceConstraints(
            "aws_api_gateway_method",
            source: "internal/service/apigateway/method.go",
            [
                .oneOf("http_method", ["ANY", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"])
            ]
        ),
        ResourceConstraints("aws_api_gateway_resource", source: "internal/service/apigateway/resource.go", []),
        ResourceConstraints(
            "aws_api_gateway_rest_api",
            source: "internal/service/apigateway/rest_api.go",
            [
                .oneOf("api_key_source", ["HEADER", "AUTHORIZER"]),
                .oneOf("endpoint_configuration.ip_address_type", ["ipv4", "dualstack"]),
                .oneOf("endpoint_configuration.types", ["REGIONAL", "EDGE", "PRIVATE"]),
                .json("policy"),
                .oneOf("put_rest_api_mode", ["merge", "overwrite"]),
            ]
        ),
        ResourceConstraints(
            "aws_api_gateway_stage",
            source: "internal/service/apigateway/stage.go",
            [
                .arn("access_log_settings.destination_arn"),
                .oneOf("cache_cluster_size", ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]),
            ]
        ),
    ]
}
