import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the ECS rules (Sources/InfraPolicy/Services/ECS.swift), every family.
    static let ecs: [RuleFixture] = [
        RuleFixture(
            .ecsPlaintextSecret,
            passing: [
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .expression(
                            #"[{"environment":[{"name":"LOG_LEVEL","value":"info"}],"name":"web","#
                                + #""secrets":[{"name":"DB_PASSWORD","valueFrom":"${aws_secretsmanager_secret.db.arn}"}]}]"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .string(
                            #"[{"name":"app","environment":[{"name":"DB_HOST","value":"db"}],"secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:x"}]}]"#
                        )
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .expression(
                            #"[{"environment":[{"name":"LOG_LEVEL","value":"info"},{"name":"DB_PASSWORD","value":"hunter2"}],"name":"web"}]"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .string(
                            #"[{"name":"app","environment":[{"name":"DB_PASSWORD","value":"hunter2"}]}]"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .expression(
                            #"[{"name":"app","environment":[{"name":"DATABASE_URL","value":"postgres://u:p@${aws_db_instance.x.address}/db"}]}]"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .string(
                            #"[{"name":"app","environment":[{"name":"ID","value":"AKIAABCDEFGHIJKLMNOP"}]}]"#
                        )
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "container_definitions[0].environment.DB_PASSWORD",
                message:
                    "container `web` passes DB_PASSWORD as a plaintext environment variable (its name contains PASSWORD)"
            ),
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsImagePinned,
            passing: [
                taskDefinition(#"[{"name":"a","image":"nginx:1.27.2"}]"#),
                taskDefinition(#"[{"name":"a","image":"123.dkr.ecr.us-east-1.amazonaws.com/app@sha256:abc"}]"#),
            ],
            failing: [
                taskDefinition(#"[{"name":"a","image":"qdrant/qdrant:latest"}]"#),
                taskDefinition(#"[{"name":"a","image":"localhost:5000/app"}]"#),
            ],
            unknown: [
                .at("container_definitions")
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
            ],
            unknown: [
                .at("task_role_arn")
            ]
        ),
        RuleFixture(
            .ecsPrivileged,
            passing: [
                taskDefinition(#"[{"name":"a","privileged":false}]"#),
                taskDefinition(#"[{"name":"a"}]"#, ["pid_mode": "task", "ipc_mode": "none"]),
            ],
            failing: [
                taskDefinition(#"[{"name":"a","privileged":true}]"#),
                taskDefinition(#"[{"name":"a"}]"#, ["pid_mode": "host"]),
                taskDefinition(#"[{"name":"a"}]"#, ["ipc_mode": "host"]),
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsContainerLogging,
            passing: [taskDefinition(#"[{"name":"a","logConfiguration":{"logDriver":"awslogs"}}]"#)],
            failing: [taskDefinition(#"[{"name":"a"}]"#)],
            unknown: [
                .at("container_definitions")
            ]
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
            ],
            unknown: [
                .at("volume.efs_volume_configuration.transit_encryption")
            ]
        ),
        RuleFixture(
            .ecsContainerInsights,
            passing: [Doc.one("aws_ecs_cluster", ["setting": [["name": "containerInsights", "value": "enabled"]]])],
            failing: [Doc.one("aws_ecs_cluster", [:])],
            unknown: [
                .at("setting"),
                .document(
                    Doc.one(
                        "aws_ecs_cluster",
                        ["setting": [["name": "containerInsights", "value": Doc.ref("var", "insights")]]]
                    )
                ),
            ]
        ),
        RuleFixture(
            .ecsPublicIP,
            passing: [
                Doc.one("aws_ecs_service", ["network_configuration": [["assign_public_ip": false]]]),
                Doc.one(
                    "aws_cloudwatch_event_target",
                    ["ecs_target": [["network_configuration": [["assign_public_ip": false]]]]]
                ),
                Doc.one("aws_cloudwatch_event_target", ["arn": .expression("${aws_lambda_function.f.arn}")]),
            ],
            failing: [
                Doc.one("aws_ecs_service", ["network_configuration": [["assign_public_ip": true]]]),
                // A scheduled task EventBridge runs gets its address from the target, not from a service.
                Doc.one(
                    "aws_cloudwatch_event_target",
                    ["ecs_target": [["network_configuration": [["assign_public_ip": true]]]]]
                ),
            ],
            unknown: [
                .at("network_configuration.assign_public_ip"),
                .at("ecs_target.network_configuration.assign_public_ip", inFailing: 1),
            ]
        ),
        RuleFixture(
            .fargateCPUMemory,
            passing: [
                Doc.fargate(cpu: "256", memory: "512"),
                Doc.fargate(cpu: 2048, memory: 4096),
                Doc.fargate(cpu: "1 vCPU", memory: "2 GB"),
                Doc.fargate(cpu: 8192, memory: 61440),
                Doc.fargate(cpu: 16384, memory: 32768),
                Doc.fargate(cpu: .expression("${var.cpu}"), memory: 1024),
            ],
            failing: [
                Doc.fargate(cpu: 256, memory: 4096),
                Doc.fargate(cpu: "512", memory: "512"),
                Doc.fargate(cpu: 300, memory: 1024),
                Doc.fargate(cpu: 1024, memory: nil),
                Doc.fargate(cpu: 8192, memory: 18432),
                Doc.fargate(cpu: 4096, memory: 31744),
            ],
            unknown: [
                .at("memory")
            ]
        ),
        RuleFixture(
            .fargateNetworkMode,
            passing: [
                Doc.fargate(cpu: 256, memory: 512),
                Doc.containers("[]", network: "bridge", compatibilities: ["EC2"]),
            ],
            failing: [
                Doc.fargate(cpu: 256, memory: 512, network: "bridge"),
                Doc.fargate(cpu: 256, memory: 512, network: nil),
            ],
            unknown: [
                .at("network_mode")
            ]
        ),
        RuleFixture(
            .ecsAwsvpcHostPort,
            passing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":80},{"containerPort":443,"hostPort":443}]}]"#,
                    network: "awsvpc"
                ),
                Doc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":8000,"hostPort":0}]}]"#,
                    network: "bridge"
                ),
            ],
            failing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":80,"hostPort":8080}]}]"#,
                    network: "awsvpc"
                ),
                Doc.containers(
                    #"[{"name":"web","memory":256,"portMappings":[{"containerPort":8000,"hostPort":0}]}]"#,
                    network: "awsvpc"
                ),
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsEssentialContainer,
            passing: [
                Doc.containers(#"[{"name":"web","memory":256},{"name":"init","memory":64,"essential":false}]"#),
                Doc.containers(#"[{"name":"web","memory":256,"essential":true}]"#),
            ],
            failing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"essential":false},{"name":"init","memory":64,"essential":false}]"#
                )
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsDependsOnTarget,
            passing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64,"essential":false}]"#
                )
            ],
            failing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"migrate","condition":"SUCCESS"}]},{"name":"init","memory":64,"essential":false}]"#
                )
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsDependsOnEssential,
            passing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64,"essential":false}]"#
                ),
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"proxy","condition":"START"}]},{"name":"proxy","memory":64}]"#
                ),
            ],
            failing: [
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"COMPLETE"}]},{"name":"init","memory":64}]"#
                ),
                Doc.containers(
                    #"[{"name":"web","memory":256,"dependsOn":[{"containerName":"init","condition":"SUCCESS"}]},{"name":"init","memory":64,"essential":true}]"#
                ),
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsContainerMemory,
            passing: [
                Doc.containers(#"[{"name":"web","memoryReservation":256},{"name":"sidecar","memory":64}]"#),
                Doc.containers(#"[{"name":"web"}]"#, memory: 512),
                Doc.one(
                    "aws_ecs_task_definition",
                    Doc.task(
                        network: "awsvpc",
                        compatibilities: ["FARGATE"],
                        cpu: 256,
                        memory: 512,
                        containers: #"[{"name":"web"}]"#
                    )
                ),
            ],
            failing: [
                Doc.containers(#"[{"name":"web","memoryReservation":256},{"name":"sidecar"}]"#),
                Doc.containers(#"[{"name":"web"}]"#, compatibilities: nil),
            ],
            unknown: [
                .at("container_definitions")
            ]
        ),
        RuleFixture(
            .ecsServiceLoadBalancerContainer,
            passing: [
                Doc.service(targetType: "ip", network: "awsvpc"),
                Doc.service(targetType: nil, network: "bridge"),
            ],
            failing: [
                Doc.service(
                    network: "bridge",
                    [
                        "load_balancer": [
                            [
                                "target_group_arn": Doc.ref("aws_lb_target_group.app"), "container_name": "api",
                                "container_port": 80,
                            ]
                        ]
                    ]
                ),
                Doc.service(
                    network: "bridge",
                    [
                        "load_balancer": [
                            [
                                "target_group_arn": Doc.ref("aws_lb_target_group.app"), "container_name": "web",
                                "container_port": 8080,
                            ]
                        ]
                    ]
                ),
            ],
            unknown: [
                .at("load_balancer.container_name", of: "aws_ecs_service.web")
            ]
        ),
        RuleFixture(
            .ecsServiceNetworkConfiguration,
            passing: [
                Doc.service(network: "awsvpc", ["network_configuration": [["subnets": .strings(["subnet-1"])]]]),
                Doc.service(network: "bridge", ["iam_role": Doc.ref("aws_iam_role.ecs_service")]),
            ],
            failing: [
                Doc.service(network: "awsvpc", [:]),
                Doc.service(
                    network: "awsvpc",
                    [
                        "network_configuration": [["subnets": .strings(["subnet-1"])]],
                        "iam_role": Doc.ref("aws_iam_role.ecs_service"),
                    ]
                ),
                Doc.service(network: "bridge", ["network_configuration": [["subnets": .strings(["subnet-1"])]]]),
            ],
            unknown: [
                .at("task_definition", of: "aws_ecs_service.web")
            ]
        ),
        RuleFixture(
            .ecsScalableTarget,
            passing: [
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "service/main/web",
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs",
                        "resource_id": .expression("service/${aws_ecs_cluster.main.name}/${aws_ecs_service.web.name}"),
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "dynamodb", "resource_id": "table/orders",
                        "scalable_dimension": "dynamodb:table:ReadCapacityUnits",
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "main/web",
                        "scalable_dimension": "ecs:service:DesiredCount",
                    ]
                ),
                Doc.one(
                    "aws_appautoscaling_target",
                    [
                        "service_namespace": "ecs", "resource_id": "service/main/web",
                        "scalable_dimension": "ecs:service:Count",
                    ]
                ),
            ],
            unknown: [
                .at("resource_id")
            ]
        ),
    ]
}
