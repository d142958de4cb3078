import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the EC2 rules (Sources/InfraPolicy/Services/EC2.swift), every family.
    static let ec2: [RuleFixture] = [
        RuleFixture(
            .ec2IMDSv2,
            passing: [
                Doc.one(
                    "aws_launch_template",
                    ["metadata_options": [["http_tokens": "required", "http_endpoint": "enabled"]]]
                ), Doc.one("aws_launch_template", ["metadata_options": [["http_tokens": "required"]]]),
                Doc.one("aws_launch_configuration", ["metadata_options": [["http_tokens": "required"]]]),
                // An instance without metadata options of its own takes its launch template's, checked there.
                Doc.one(
                    "aws_instance",
                    ["launch_template": ["id": Doc.ref("aws_launch_template.web", "id"), "version": "$Latest"]]
                ),
                // No metadata endpoint, no IMDSv1.
                Doc.one("aws_instance", ["metadata_options": [["http_endpoint": "disabled"]]]),
                Doc.one(
                    "aws_launch_template",
                    ["metadata_options": [["http_endpoint": "disabled", "http_tokens": "optional"]]]
                ),
                // The region's defaults apply where http_tokens is left unset.
                Doc.resources([
                    ("aws_instance", "main", ["ami": "ami-12345678", "instance_type": "t3.micro"]),
                    ("aws_ec2_instance_metadata_defaults", "imds", ["http_tokens": "required"]),
                ]),
            ],
            failing: [
                Doc.one("aws_launch_template", ["metadata_options": [["http_tokens": "optional"]]]),
                Doc.resources([
                    (
                        "aws_instance", "main",
                        ["launch_template": ["id": "lt-1"], "metadata_options": ["http_tokens": "optional"]]
                    ),
                    ("aws_ec2_instance_metadata_defaults", "imds", ["http_tokens": "required"]),
                ]),
                Doc.resources([
                    ("aws_instance", "main", ["ami": "ami-12345678", "instance_type": "t3.micro"]),
                    ("aws_ec2_instance_metadata_defaults", "imds", ["http_tokens": "optional"]),
                ]),
                Doc.one("aws_launch_template", [:]),
                Doc.one("aws_instance", ["metadata_options": ["http_tokens": "optional"]]),
                Doc.one("aws_instance", ["metadata_options": [["http_endpoint": "enabled"]]]),
                Doc.one("aws_launch_configuration", ["image_id": "ami-12345678", "instance_type": "t3.micro"]),
                Doc.one("aws_launch_configuration", ["metadata_options": [["http_tokens": "optional"]]]),
            ],
            pinned: PinnedFinding(
                attribute: "metadata_options.http_tokens",
                message: #"IMDSv2 is not required (http_tokens is not "required")"#
            ),
            unknown: [
                .at("metadata_options.http_tokens"),
                .at("metadata_options"),
            ]
        ),
        RuleFixture(
            .ec2UserDataSecret,
            passing: [
                Doc.one(
                    "aws_instance",
                    ["user_data": "#!/bin/bash\nexport LOG_LEVEL=info\nDB_PASSWORD_ARN=arn:aws:x\n"]
                ),
                // Fetched at boot, or a shell variable written as `$${…}`.
                Doc.one(
                    "aws_instance",
                    [
                        "user_data": .string(
                            "#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db)\n"
                                + "TOKEN=\"$TOKEN_FROM_SSM\"\nAPI_KEY=${API_KEY_FROM_ENV}\n"
                        )
                    ]
                ),
                Doc.one("aws_launch_template", ["user_data": .string(Base64.encode("#!/bin/bash\necho ok\n"))]),
                // Known only at plan.
                Doc.one("aws_launch_template", ["user_data": "${base64encode(templatefile(\"boot.sh\", {}))}"]),
            ],
            failing: [
                Doc.one("aws_instance", ["user_data": "#!/bin/bash\nexport DB_PASSWORD=hunter2\n"]),
                // Written into the user data by terraform, in plaintext all the same.
                Doc.one("aws_instance", ["user_data": .expression("#!/bin/bash\nAPI_TOKEN=\"${var.api_token}\"\n")]),
                Doc.one(
                    "aws_launch_template",
                    [
                        "user_data": .string(
                            Base64.encode("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n")
                        )
                    ]
                ),
                Doc.one(
                    "aws_launch_configuration",
                    [
                        "user_data":
                            "#cloud-config\nwrite_files:\n  - content: |\n      -----BEGIN RSA PRIVATE KEY-----\n"
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "user_data",
                message: "the user data sets DB_PASSWORD in plaintext (its name contains PASSWORD)"
            ),
            unknown: [
                .at("user_data")
            ]
        ),
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
            ],
            unknown: [
                .at("cidr_ipv4")
            ]
        ),
        RuleFixture(
            .securityGroupOpenEgress,
            passing: [
                Doc.one(
                    "aws_vpc_security_group_egress_rule",
                    ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 443, "to_port": 443]
                ),
                Doc.one(
                    "aws_security_group_rule",
                    [
                        "type": "egress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "tcp", "from_port": 443,
                        "to_port": 443,
                    ]
                ),
                Doc.one(
                    "aws_security_group_rule",
                    ["type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]
                ),
                Doc.one(
                    "aws_security_group_rule",
                    ["type": "egress", "cidr_blocks": ["10.0.0.0/8"], "protocol": "-1", "from_port": 0, "to_port": 0]
                ),
            ],
            failing: [
                Doc.one("aws_vpc_security_group_egress_rule", ["cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1"]),
                Doc.one("aws_vpc_security_group_egress_rule", ["cidr_ipv6": "::/0", "ip_protocol": "-1"]),
                Doc.one(
                    "aws_security_group_rule",
                    ["type": "egress", "cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]
                ),
                Doc.one(
                    "aws_security_group_rule",
                    ["type": "egress", "ipv6_cidr_blocks": ["::/0"], "protocol": "all", "from_port": 0, "to_port": 0]
                ),
                Doc.one(
                    "aws_security_group",
                    ["egress": [["ipv6_cidr_blocks": ["::/0"], "protocol": "-1", "from_port": 0, "to_port": 0]]]
                ),
                Doc.one(
                    "aws_security_group",
                    ["egress": [["cidr_blocks": ["0.0.0.0/0"], "protocol": "-1", "from_port": 0, "to_port": 0]]]
                ),
            ],
            unknown: [
                .at("ip_protocol")
            ]
        ),
        RuleFixture(
            .securityGroupRuleDescription,
            passing: [
                Doc.one("aws_vpc_security_group_ingress_rule", ["description": "HTTPS"]),
                Doc.one(
                    "aws_security_group",
                    ["description": "Web tier", "ingress": [["description": "HTTPS", "from_port": 443]]]
                ),
            ],
            failing: [
                Doc.one("aws_vpc_security_group_egress_rule", [:]),
                Doc.one("aws_security_group_rule", ["description": ""]),
                // The group's own description, absent or the provider's default, and an inline rule's.
                Doc.one("aws_security_group", ["name": "web"]),
                Doc.one("aws_security_group", ["description": "Managed by Terraform"]),
                Doc.one("aws_security_group", ["description": "Web tier", "egress": [["from_port": 0]]]),
            ],
            unknown: [
                .at("description"),
                .at("description", inFailing: 2),
            ]
        ),
        RuleFixture(
            .subnetPublicIPOnLaunch,
            passing: [Doc.one("aws_subnet", ["map_public_ip_on_launch": false]), Doc.one("aws_subnet", [:])],
            failing: [Doc.one("aws_subnet", ["map_public_ip_on_launch": true])],
            unknown: [
                .at("map_public_ip_on_launch")
            ]
        ),
        RuleFixture(
            .launchTemplatePublicIP,
            passing: [
                Doc.one("aws_launch_template", ["network_interfaces": [["associate_public_ip_address": "false"]]])
            ],
            failing: [
                Doc.one("aws_launch_template", ["network_interfaces": [["associate_public_ip_address": "true"]]]),
                Doc.one("aws_instance", ["associate_public_ip_address": true]),
            ],
            unknown: [
                .at("network_interfaces.associate_public_ip_address")
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
            .ebsEncrypted,
            passing: [
                Doc.one(
                    "aws_launch_template",
                    ["block_device_mappings": [["device_name": "/dev/xvda", "ebs": [["encrypted": "true"]]]]]
                ),
                Doc.one("aws_ebs_volume", ["encrypted": true]),
                Doc.one(
                    "aws_launch_configuration",
                    [
                        "root_block_device": [["encrypted": true]],
                        "ebs_block_device": [["device_name": "/dev/sdb", "encrypted": "true"]],
                    ]
                ),
                Doc.one("aws_launch_configuration", ["image_id": "ami-12345678"]),
                // The remediation's other way: EBS encryption by default (`enabled` is true unless set).
                Doc.resources([
                    ("aws_ebs_volume", "main", ["availability_zone": "eu-west-1a", "size": 20]),
                    ("aws_ebs_encryption_by_default", "on", [:]),
                ]),
            ],
            failing: [
                Doc.one(
                    "aws_launch_template",
                    ["block_device_mappings": [["device_name": "/dev/xvda", "ebs": [["volume_size": 30]]]]]
                ),
                Doc.one("aws_ebs_volume", [:]),
                Doc.resources([
                    ("aws_ebs_volume", "main", ["availability_zone": "eu-west-1a", "size": 20]),
                    ("aws_ebs_encryption_by_default", "off", ["enabled": false]),
                ]),
                Doc.one("aws_instance", ["root_block_device": [["encrypted": false]]]),
                Doc.one("aws_launch_configuration", ["root_block_device": [["volume_size": 30]]]),
                Doc.one(
                    "aws_launch_configuration",
                    ["ebs_block_device": [["device_name": "/dev/sdb", "encrypted": false]]]
                ),
            ],
            unknown: [
                .at("block_device_mappings.ebs.encrypted")
            ]
        ),
    ]
}
