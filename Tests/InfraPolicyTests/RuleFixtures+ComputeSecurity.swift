import InfraCore
import InfraPolicy

extension RuleFixtures {
    static func taskDefinition(_ containers: String, _ extra: [String: JSONValue] = [:]) -> JSONValue {
        var body: [String: JSONValue] = ["container_definitions": .string(containers)]
        for (key, value) in extra { body[key] = value }
        return Doc.one("aws_ecs_task_definition", .object(body))
    }

    static let computeSecurity: [RuleFixture] = [
        RuleFixture(
            .ecsImagePinned,
            passing: [
                taskDefinition(#"[{"name":"a","image":"nginx:1.27.2"}]"#),
                taskDefinition(#"[{"name":"a","image":"123.dkr.ecr.us-east-1.amazonaws.com/app@sha256:abc"}]"#),
            ],
            failing: [
                taskDefinition(#"[{"name":"a","image":"qdrant/qdrant:latest"}]"#),
                taskDefinition(#"[{"name":"a","image":"localhost:5000/app"}]"#),
            ]
        ),
        RuleFixture(
            .ecsDistinctRoles,
            passing: [
                taskDefinition(
                    "[]",
                    [
                        "task_role_arn": .expression("${aws_iam_role.task.arn}"),
                        "execution_role_arn": .expression("${aws_iam_role.exec.arn}"),
                    ]
                )
            ],
            failing: [
                taskDefinition(
                    "[]",
                    [
                        "task_role_arn": .expression("${aws_iam_role.task.arn}"),
                        "execution_role_arn": .expression("${aws_iam_role.task.arn}"),
                    ]
                )
            ]
        ),
        RuleFixture(
            .ecsPrivileged,
            passing: [taskDefinition(#"[{"name":"a","privileged":false}]"#)],
            failing: [taskDefinition(#"[{"name":"a","privileged":true}]"#)]
        ),
        RuleFixture(
            .ecsContainerLogging,
            passing: [taskDefinition(#"[{"name":"a","logConfiguration":{"logDriver":"awslogs"}}]"#)],
            failing: [taskDefinition(#"[{"name":"a"}]"#)]
        ),
        RuleFixture(
            .ecsEFSTransitEncryption,
            passing: [
                taskDefinition(
                    "[]",
                    [
                        "volume": [
                            [
                                "name": "data",
                                "efs_volume_configuration": [
                                    ["file_system_id": "fs-1", "transit_encryption": "ENABLED"]
                                ],
                            ]
                        ]
                    ]
                )
            ],
            failing: [
                taskDefinition(
                    "[]",
                    ["volume": [["name": "data", "efs_volume_configuration": [["file_system_id": "fs-1"]]]]]
                )
            ]
        ),
        RuleFixture(
            .ecsContainerInsights,
            passing: [Doc.one("aws_ecs_cluster", ["setting": [["name": "containerInsights", "value": "enabled"]]])],
            failing: [Doc.one("aws_ecs_cluster", [:])]
        ),
        RuleFixture(
            .ecsPublicIP,
            passing: [Doc.one("aws_ecs_service", ["network_configuration": [["assign_public_ip": false]]])],
            failing: [Doc.one("aws_ecs_service", ["network_configuration": [["assign_public_ip": true]]])]
        ),
        RuleFixture(
            .ebsEncrypted,
            passing: [
                Doc.one(
                    "aws_launch_template",
                    ["block_device_mappings": [["device_name": "/dev/xvda", "ebs": [["encrypted": "true"]]]]]
                ),
                Doc.one("aws_ebs_volume", ["encrypted": true]),
            ],
            failing: [
                Doc.one(
                    "aws_launch_template",
                    ["block_device_mappings": [["device_name": "/dev/xvda", "ebs": [["volume_size": 30]]]]]
                ),
                Doc.one("aws_ebs_volume", [:]),
                Doc.one("aws_instance", ["root_block_device": [["encrypted": false]]]),
            ]
        ),
        RuleFixture(
            .lambdaPlaintextSecret,
            passing: [
                Doc.one(
                    "aws_lambda_function",
                    ["environment": [["variables": ["SECRET_ARN": "arn:aws:secretsmanager:x"]]]]
                )
            ],
            failing: [Doc.one("aws_lambda_function", ["environment": [["variables": ["CHAT_API_KEY": "abc123"]]]])]
        ),
        RuleFixture(
            .lambdaEnvironmentKMS,
            passing: [
                Doc.one("aws_lambda_function", ["environment": [["variables": ["A": "b"]]], "kms_key_arn": "arn:k"]),
                Doc.one("aws_lambda_function", [:]),
            ],
            failing: [Doc.one("aws_lambda_function", ["environment": [["variables": ["A": "b"]]]])]
        ),
        RuleFixture(
            .lambdaTracing,
            passing: [Doc.one("aws_lambda_function", ["tracing_config": [["mode": "Active"]]])],
            failing: [Doc.one("aws_lambda_function", [:])]
        ),
        RuleFixture(
            .lambdaDeprecatedRuntime,
            passing: [Doc.one("aws_lambda_function", ["runtime": "python3.12"])],
            failing: [Doc.one("aws_lambda_function", ["runtime": "python3.8"])]
        ),
        RuleFixture(
            .ecrScanOnPush,
            passing: [Doc.one("aws_ecr_repository", ["image_scanning_configuration": [["scan_on_push": true]]])],
            failing: [Doc.one("aws_ecr_repository", [:])]
        ),
        RuleFixture(
            .ecrImmutableTags,
            passing: [Doc.one("aws_ecr_repository", ["image_tag_mutability": "IMMUTABLE"])],
            failing: [Doc.one("aws_ecr_repository", ["image_tag_mutability": "MUTABLE"])]
        ),
        RuleFixture(
            .iamWildcardAction,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#)]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#)]
                )
            ]
        ),
        RuleFixture(
            .iamWildcardServiceOnAnyResource,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"*"}]}"#)]
                )
            ]
        ),
        RuleFixture(
            .iamAssumeAnyRole,
            passing: [
                Doc.one(
                    "aws_iam_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::1:role/x"}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"Refresh","Effect":"Allow","Action":["autoscaling:StartInstanceRefresh","sts:AssumeRole"],"Resource":"*"}]}"#
                        )
                    ]
                )
            ]
        ),
        RuleFixture(
            .iamAdministratorAccess,
            passing: [
                Doc.one("aws_iam_role_policy_attachment", ["policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"])
            ],
            failing: [
                Doc.one("aws_iam_role_policy_attachment", ["policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"])
            ]
        ),
        RuleFixture(
            .iamPublicTrust,
            passing: [
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"ecs-tasks.amazonaws.com"}}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role",
                    [
                        "assume_role_policy": .string(
                            #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"*"}}]}"#
                        )
                    ]
                )
            ]
        ),
        RuleFixture(
            .apiGatewayAccessLogs,
            passing: [
                Doc.one(
                    "aws_apigatewayv2_stage",
                    ["access_log_settings": [["destination_arn": "arn", "format": "$context.requestId"]]]
                )
            ],
            failing: [Doc.one("aws_api_gateway_stage", [:])]
        ),
        RuleFixture(
            .apiGatewayAuthorization,
            passing: [Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "AWS_IAM"])],
            failing: [
                Doc.one("aws_api_gateway_method", ["http_method": "GET", "authorization": "NONE"]),
                Doc.one("aws_apigatewayv2_route", [:]),
            ]
        ),
    ]
}
