import InfraCore
import InfraPolicy

extension RuleFixtures {
    static let networkSecurity: [RuleFixture] = [
        RuleFixture(
            .securityGroupOpenIngress,
            passing: [
                Doc.one(
                    "aws_vpc_security_group_ingress_rule",
                    ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 443, "to_port": 443]
                ),
                Doc.one(
                    "aws_vpc_security_group_ingress_rule",
                    ["cidr_ipv4": "10.0.0.0/8", "ip_protocol": "tcp", "from_port": 22, "to_port": 22]
                ),
                Doc.one(
                    "aws_security_group_rule",
                    ["type": "egress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_vpc_security_group_ingress_rule",
                    ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 22, "to_port": 22]
                ),
                Doc.one("aws_vpc_security_group_ingress_rule", ["cidr_ipv6": "::/0", "ip_protocol": "-1"]),
                Doc.one(
                    "aws_security_group_rule",
                    [
                        "type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "tcp", "from_port": 0,
                        "to_port": 65535,
                    ]
                ),
                Doc.one(
                    "aws_security_group",
                    [
                        "ingress": [
                            ["cidr_blocks": ["0.0.0.0/0"], "protocol": "tcp", "from_port": 3306, "to_port": 3306]
                        ]
                    ]
                ),
            ]
        ),
        RuleFixture(
            .securityGroupOpenEgress,
            passing: [
                Doc.one(
                    "aws_vpc_security_group_egress_rule",
                    ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 443, "to_port": 443]
                )
            ],
            failing: [
                Doc.one("aws_vpc_security_group_egress_rule", ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1"]),
                Doc.one(
                    "aws_security_group",
                    ["egress": [["cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]]]
                ),
            ]
        ),
        RuleFixture(
            .securityGroupRuleDescription,
            passing: [Doc.one("aws_vpc_security_group_ingress_rule", ["description": "HTTPS"])],
            failing: [
                Doc.one("aws_vpc_security_group_egress_rule", [:]),
                Doc.one("aws_security_group_rule", ["description": ""]),
            ]
        ),
        RuleFixture(
            .subnetPublicIPOnLaunch,
            passing: [Doc.one("aws_subnet", ["map_public_ip_on_launch": false]), Doc.one("aws_subnet", [:])],
            failing: [Doc.one("aws_subnet", ["map_public_ip_on_launch": true])]
        ),
        RuleFixture(
            .launchTemplatePublicIP,
            passing: [
                Doc.one("aws_launch_template", ["network_interfaces": [["associate_public_ip_address": "false"]]])
            ],
            failing: [
                Doc.one("aws_launch_template", ["network_interfaces": [["associate_public_ip_address": "true"]]]),
                Doc.one("aws_instance", ["associate_public_ip_address": true]),
            ]
        ),
        RuleFixture(
            .vpcFlowLogs,
            passing: [
                Doc.resources([
                    ("aws_vpc", "main", ["cidr_block": "10.0.0.0/16"]),
                    ("aws_flow_log", "main", ["vpc_id": .expression("${aws_vpc.main.id}")]),
                ])
            ],
            failing: [Doc.one("aws_vpc", ["cidr_block": "10.0.0.0/16"])]
        ),
        RuleFixture(
            .vpcDefaultSecurityGroup,
            passing: [
                Doc.resources([
                    ("aws_vpc", "main", [:]),
                    ("aws_default_security_group", "main", ["vpc_id": .expression("${aws_vpc.main.id}")]),
                ])
            ],
            failing: [
                Doc.one("aws_vpc", [:]),
                Doc.resources([
                    ("aws_vpc", "main", [:]),
                    (
                        "aws_default_security_group", "main",
                        ["vpc_id": .expression("${aws_vpc.main.id}"), "ingress": [["self": true, "protocol": "-1"]]]
                    ),
                ]),
            ]
        ),
        RuleFixture(
            .httpRedirectsToHTTPS,
            passing: [
                Doc.one(
                    "aws_lb_listener",
                    [
                        "protocol": "HTTP",
                        "default_action": [
                            [
                                "type": "redirect",
                                "redirect": [["protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"]],
                            ]
                        ],
                    ]
                ),
                Doc.one("aws_lb_listener", ["protocol": "HTTPS"]),
            ],
            failing: [
                Doc.one(
                    "aws_lb_listener",
                    ["protocol": "HTTP", "default_action": [["type": "forward", "target_group_arn": "arn"]]]
                )
            ]
        ),
        RuleFixture(
            .albDropInvalidHeaders,
            passing: [
                Doc.one("aws_lb", ["drop_invalid_header_fields": true]),
                Doc.one("aws_lb", ["load_balancer_type": "network"]),
            ],
            failing: [Doc.one("aws_lb", [:])]
        ),
        RuleFixture(
            .albDeletionProtection,
            passing: [Doc.one("aws_lb", ["enable_deletion_protection": true])],
            failing: [Doc.one("aws_lb", ["enable_deletion_protection": false])]
        ),
        RuleFixture(
            .albAccessLogs,
            passing: [Doc.one("aws_lb", ["access_logs": [["bucket": "logs", "enabled": true]]])],
            failing: [Doc.one("aws_lb", [:])]
        ),
    ]
}
