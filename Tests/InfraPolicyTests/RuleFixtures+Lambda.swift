import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the Lambda rules (Sources/InfraPolicy/Services/Lambda.swift), every family.
    static let lambda: [RuleFixture] = [
        RuleFixture(
            .lambdaPlaintextSecret,
            passing: [
                Doc.one(
                    "aws_lambda_function",
                    ["environment": [["variables": ["SECRET_ARN": "arn:aws:secretsmanager:x"]]]]
                )
            ],
            failing: [Doc.one("aws_lambda_function", ["environment": [["variables": ["CHAT_API_KEY": "abc123"]]]])],
            unknown: [
                .at("environment")
            ]
        ),
        RuleFixture(
            .lambdaEnvironmentKMS,
            passing: [
                Doc.one("aws_lambda_function", ["environment": [["variables": ["A": "b"]]], "kms_key_arn": "arn:k"]),
                Doc.one("aws_lambda_function", [:]),
            ],
            failing: [Doc.one("aws_lambda_function", ["environment": [["variables": ["A": "b"]]]])],
            unknown: [
                .at("kms_key_arn")
            ]
        ),
        RuleFixture(
            .lambdaTracing,
            passing: [Doc.one("aws_lambda_function", ["tracing_config": [["mode": "Active"]]])],
            failing: [Doc.one("aws_lambda_function", [:])],
            unknown: [
                .at("tracing_config.mode")
            ]
        ),
        RuleFixture(
            .lambdaDeprecatedRuntime,
            passing: [
                Doc.one("aws_lambda_function", ["runtime": "python3.12"]),
                Doc.one("aws_lambda_function", ["runtime": "nodejs22.x"]),
            ],
            failing: [
                Doc.one("aws_lambda_function", ["runtime": "python3.8"]),
                // Deprecated by AWS in 2025 and 2026.
                Doc.one("aws_lambda_function", ["runtime": "nodejs18.x"]),
                Doc.one("aws_lambda_function", ["runtime": "nodejs20.x"]),
                Doc.one("aws_lambda_function", ["runtime": "python3.9"]),
            ],
            unknown: [
                .at("runtime")
            ]
        ),
        RuleFixture(
            .lambdaFunctionName,
            passing: [
                Doc.one("aws_lambda_function", ["function_name": "AggregatorStoppedTask"]),
                Doc.one("aws_lambda_function", ["function_name": Doc.name(64)]),
            ],
            failing: [
                Doc.one("aws_lambda_function", ["function_name": Doc.name(65)]),
                Doc.one("aws_lambda_function", ["function_name": "stopped.task"]),
            ],
            unknown: [
                .at("function_name")
            ]
        ),
        RuleFixture(
            .lambdaSettings,
            passing: [
                Doc.one(
                    "aws_lambda_function",
                    ["memory_size": 128, "timeout": 900, "reserved_concurrent_executions": -1]
                ),
                Doc.one(
                    "aws_lambda_function",
                    ["memory_size": 10240, "timeout": 1, "reserved_concurrent_executions": 0]
                ),
            ],
            failing: [
                Doc.one("aws_lambda_function", ["memory_size": 64]),
                Doc.one("aws_lambda_function", ["memory_size": 10241]),
                Doc.one("aws_lambda_function", ["timeout": 901]),
                Doc.one("aws_lambda_function", ["timeout": 0]),
                Doc.one("aws_lambda_function", ["reserved_concurrent_executions": -2]),
            ],
            unknown: [
                .at("memory_size")
            ]
        ),
        RuleFixture(
            .lambdaDeadLetterQueue,
            passing: [
                Doc.one("aws_lambda_function", ["dead_letter_config": [["target_arn": Doc.ref("aws_sqs_queue.dlq")]]]),
                Doc.resources([
                    ("aws_lambda_function", "fn", [:]),
                    (
                        "aws_lambda_function_event_invoke_config", "fn",
                        [
                            "function_name": Doc.ref("aws_lambda_function.fn", "function_name"),
                            "destination_config": [["on_failure": [["destination": Doc.ref("aws_sqs_queue.dlq")]]]],
                        ]
                    ),
                ]),
            ],
            failing: [
                Doc.one("aws_lambda_function", [:]),
                Doc.one("aws_lambda_function", ["dead_letter_config": [["target_arn": ""]]]),
            ],
            unknown: [
                .at("dead_letter_config"),
                .at("dead_letter_config.target_arn"),
            ]
        ),
        RuleFixture(
            .lambdaReservedConcurrency,
            passing: [
                Doc.one("aws_lambda_function", ["reserved_concurrent_executions": 10]),
                Doc.one("aws_lambda_function", ["reserved_concurrent_executions": 0]),
            ],
            failing: [
                Doc.one("aws_lambda_function", [:]),
                Doc.one("aws_lambda_function", ["reserved_concurrent_executions": -1]),
            ],
            unknown: [
                .at("reserved_concurrent_executions")
            ]
        ),
        RuleFixture(
            .lambdaInVPC,
            passing: [
                Doc.one(
                    "aws_lambda_function",
                    ["vpc_config": [["subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]]]]
                )
            ],
            failing: [
                Doc.one("aws_lambda_function", [:]),
                Doc.one("aws_lambda_function", ["vpc_config": [["subnet_ids": [], "security_group_ids": []]]]),
            ],
            unknown: [
                .at("vpc_config"),
                .at("vpc_config.subnet_ids", inFailing: 1),
            ]
        ),
        RuleFixture(
            .lambdaFunctionURLAuth,
            passing: [
                Doc.one(
                    "aws_lambda_function_url",
                    [
                        "function_name": Doc.ref("aws_lambda_function.main", "function_name"),
                        "authorization_type": "AWS_IAM",
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_lambda_function_url",
                    [
                        "function_name": Doc.ref("aws_lambda_function.main", "function_name"),
                        "authorization_type": "NONE",
                    ]
                )
            ],
            pinned: PinnedFinding(
                attribute: "authorization_type",
                message: "the function URL takes requests without authentication"
            ),
            unknown: [
                .at("authorization_type")
            ]
        ),
        RuleFixture(
            .lambdaPublicPermission,
            passing: [
                Doc.one(
                    "aws_lambda_permission",
                    [
                        "action": "lambda:InvokeFunction", "function_name": "f",
                        "principal": "apigateway.amazonaws.com",
                        "source_arn": Doc.ref("aws_apigatewayv2_api.http", "execution_arn"),
                    ]
                ),
                // A service limited by the account its resources are in.
                Doc.one(
                    "aws_lambda_permission",
                    [
                        "action": "lambda:InvokeFunction", "function_name": "f", "principal": "s3.amazonaws.com",
                        "source_account": "111122223333",
                    ]
                ),
                // An account, not a service or everyone.
                Doc.one(
                    "aws_lambda_permission",
                    ["action": "lambda:InvokeFunction", "function_name": "f", "principal": "111122223333"]
                ),
                // `*` limited to an organization, and the permission of a function URL (LMB010's).
                Doc.one(
                    "aws_lambda_permission",
                    [
                        "action": "lambda:InvokeFunction", "function_name": "f", "principal": "*",
                        "principal_org_id": "o-abc123",
                    ]
                ),
                Doc.one(
                    "aws_lambda_permission",
                    [
                        "action": "lambda:InvokeFunctionUrl", "function_name": "f", "principal": "*",
                        "function_url_auth_type": "NONE",
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_lambda_permission",
                    ["action": "lambda:InvokeFunction", "function_name": "f", "principal": "*"]
                ),
                // A service with no source: a rule or bucket of any account could have it invoke the function; an
                // organization limits `*`, not a service.
                Doc.one(
                    "aws_lambda_permission",
                    [
                        "action": "lambda:InvokeFunction", "function_name": "f", "principal": "events.amazonaws.com",
                        "principal_org_id": "o-abc123",
                    ]
                ),
                Doc.one(
                    "aws_lambda_permission",
                    ["action": "lambda:InvokeFunction", "function_name": "f", "principal": "s3.amazonaws.com.cn"]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "principal",
                message: "principal `*` may invoke the function from any AWS account"
            ),
            unknown: [
                .at("principal")
            ]
        ),
    ]
}
