import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the EKS rules (Sources/InfraPolicy/Services/EKS.swift), every family.
    static let eks: [RuleFixture] = [
        RuleFixture(
            .eksPublicEndpoint,
            passing: [
                Doc.one(
                    "aws_eks_cluster",
                    [
                        "name": "apps", "role_arn": "arn:aws:iam::111122223333:role/eks",
                        "vpc_config": [
                            [
                                "subnet_ids": ["subnet-1", "subnet-2"], "endpoint_private_access": true,
                                "endpoint_public_access": false,
                            ]
                        ],
                    ]
                ),
                Doc.one(
                    "aws_eks_cluster",
                    [
                        "name": "apps", "role_arn": "arn:aws:iam::111122223333:role/eks",
                        "vpc_config": [
                            ["subnet_ids": ["subnet-1", "subnet-2"], "public_access_cidrs": ["203.0.113.0/24"]]
                        ],
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_eks_cluster",
                    [
                        "name": "apps", "role_arn": "arn:aws:iam::111122223333:role/eks",
                        "vpc_config": [["subnet_ids": ["subnet-1", "subnet-2"]]],
                    ]
                ),
                Doc.one(
                    "aws_eks_cluster",
                    [
                        "name": "apps", "role_arn": "arn:aws:iam::111122223333:role/eks",
                        "vpc_config": [
                            [
                                "subnet_ids": ["subnet-1", "subnet-2"], "endpoint_public_access": true,
                                "public_access_cidrs": ["0.0.0.0/0"],
                            ]
                        ],
                    ]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "vpc_config",
                message:
                    "the API endpoint is public and open to 0.0.0.0/0: public_access_cidrs is not set, and EKS then "
                    + "allows every address"
            ),
            unknown: [
                .at("vpc_config.endpoint_public_access", inFailing: 1),
                .at("vpc_config.public_access_cidrs", inFailing: 1),
            ]
        ),
        RuleFixture(
            .eksNodeGroupSSH,
            passing: [
                Doc.one(
                    "aws_eks_node_group",
                    [
                        "cluster_name": "apps", "node_role_arn": "arn:aws:iam::111122223333:role/nodes",
                        "subnet_ids": ["subnet-1"],
                        "scaling_config": [["desired_size": 2, "max_size": 3, "min_size": 1]],
                        "remote_access": [
                            ["ec2_ssh_key": "ops", "source_security_group_ids": ["sg-0123456789abcdef0"]]
                        ],
                    ]
                ),
                Doc.one(
                    "aws_eks_node_group",
                    [
                        "cluster_name": "apps", "node_role_arn": "arn:aws:iam::111122223333:role/nodes",
                        "subnet_ids": ["subnet-1"],
                        "scaling_config": [["desired_size": 2, "max_size": 3, "min_size": 1]],
                    ]
                ),
            ],
            failing: [
                Doc.one(
                    "aws_eks_node_group",
                    [
                        "cluster_name": "apps", "node_role_arn": "arn:aws:iam::111122223333:role/nodes",
                        "subnet_ids": ["subnet-1"],
                        "scaling_config": [["desired_size": 2, "max_size": 3, "min_size": 1]],
                        "remote_access": [["ec2_ssh_key": "ops"]],
                    ]
                )
            ],
            pinned: PinnedFinding(
                attribute: "remote_access.ec2_ssh_key",
                message: "port 22 of the nodes is open to 0.0.0.0/0: remote_access names an SSH key and no "
                    + "source_security_group_ids"
            ),
            unknown: [
                .at("remote_access.ec2_ssh_key")
            ]
        ),
    ]
}
