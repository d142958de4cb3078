import InfraCore
import InfraPolicy

extension RuleFixtures {
    static var security: [RuleFixture] { coreSecurity + networkSecurity + dataSecurity + computeSecurity }

    static let coreSecurity: [RuleFixture] = [
        RuleFixture(
            .ecsPlaintextSecret,
            passing: [
                Doc.one(
                    "aws_ecs_task_definition",
                    [
                        "container_definitions": .string(
                            #"[{"name":"app","environment":[{"name":"DB_HOST","value":"db"}],"secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:x"}]}]"#
                        )
                    ]
                )
            ],
            failing: [
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
            ]
        ),
        RuleFixture(
            .rdsPublic,
            passing: [Doc.one("aws_db_instance", ["publicly_accessible": false]), Doc.one("aws_db_instance", [:])],
            failing: [Doc.one("aws_db_instance", ["publicly_accessible": true])]
        ),
        RuleFixture(
            .rdsStorageEncrypted,
            passing: [Doc.one("aws_db_instance", ["storage_encrypted": true])],
            failing: [Doc.one("aws_db_instance", ["storage_encrypted": false]), Doc.one("aws_db_instance", [:])]
        ),
        RuleFixture(
            .rdsMultiAZInProduction,
            passing: [Doc.one("aws_db_instance", ["multi_az": true])],
            failing: [Doc.one("aws_db_instance", ["multi_az": false])]
        ),
        RuleFixture(
            .logRetentionSet,
            passing: [Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 30])],
            failing: [
                Doc.one("aws_cloudwatch_log_group", [:]), Doc.one("aws_cloudwatch_log_group", ["retention_in_days": 0]),
            ]
        ),
        RuleFixture(
            .iamPassRoleWildcard,
            passing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"P","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::1:role/x"}]}"#
                        )
                    ]
                )
            ],
            failing: [
                Doc.one(
                    "aws_iam_role_policy",
                    [
                        "policy": .string(
                            #"{"Statement":[{"Sid":"P","Effect":"Allow","Action":["ecs:RunTask","iam:PassRole"],"Resource":"*"}]}"#
                        )
                    ]
                ),
                Doc.one(
                    "aws_iam_policy",
                    ["policy": .string(#"{"Statement":{"Effect":"Allow","Action":"iam:*","Resource":["*"]}}"#)]
                ),
            ]
        ),
        RuleFixture(
            .ec2IMDSv2,
            passing: [Doc.one("aws_launch_template", ["metadata_options": [["http_tokens": "required"]]])],
            failing: [
                Doc.one("aws_launch_template", [:]),
                Doc.one("aws_instance", ["metadata_options": ["http_tokens": "optional"]]),
            ]
        ),
        RuleFixture(
            .listenerTLSPolicy,
            passing: [
                Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"]),
                Doc.one("aws_lb_listener", ["protocol": "HTTP"]),
            ],
            failing: [Doc.one("aws_lb_listener", ["protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"])]
        ),
        RuleFixture(
            .albWAF,
            passing: [Doc.one("aws_lb", ["internal": true])],
            failing: [Doc.one("aws_lb", ["internal": false])]
        ),
    ]
}
