import InfraCore
import InfraPolicy

/// An EKS cluster with `vpc_config` (two subnets and `network`) and `attributes`, and a node group with
/// `remote_access` when given.
private enum EKSFixture {
    static func cluster(_ network: [String: JSONValue] = [:], _ attributes: [String: JSONValue] = [:]) -> JSONValue {
        var config: [String: JSONValue] = ["subnet_ids": ["subnet-1", "subnet-2"]]
        config.merge(network) { _, given in given }
        var body: [String: JSONValue] = [
            "name": "apps", "role_arn": "arn:aws:iam::111122223333:role/eks", "vpc_config": [.object(config)],
        ]
        body.merge(attributes) { _, given in given }
        return Doc.one("aws_eks_cluster", .object(body))
    }

    static func nodeGroup(remoteAccess: [String: JSONValue]? = nil) -> JSONValue {
        var body: [String: JSONValue] = [
            "cluster_name": "apps", "node_role_arn": "arn:aws:iam::111122223333:role/nodes",
            "subnet_ids": ["subnet-1"], "scaling_config": [["desired_size": 2, "max_size": 3, "min_size": 1]],
        ]
        if let remoteAccess { body["remote_access"] = [.object(remoteAccess)] }
        return Doc.one("aws_eks_node_group", .object(body))
    }
}

extension RuleFixtures {
    /// The fixtures of the EKS rules (Sources/InfraPolicy/Services/EKS.swift), every family.
    static let eks: [RuleFixture] = [
        RuleFixture(
            .eksPublicEndpoint,
            passing: [
                EKSFixture.cluster(["endpoint_private_access": true, "endpoint_public_access": false]),
                EKSFixture.cluster(["public_access_cidrs": ["203.0.113.0/24"]]),
            ],
            failing: [
                EKSFixture.cluster(),
                EKSFixture.cluster(["endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]]),
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
                EKSFixture.nodeGroup(
                    remoteAccess: ["ec2_ssh_key": "ops", "source_security_group_ids": ["sg-0123456789abcdef0"]]
                ),
                EKSFixture.nodeGroup(),
            ],
            failing: [EKSFixture.nodeGroup(remoteAccess: ["ec2_ssh_key": "ops"])],
            pinned: PinnedFinding(
                attribute: "remote_access.ec2_ssh_key",
                message: "port 22 of the nodes is open to 0.0.0.0/0: remote_access names an SSH key and no "
                    + "source_security_group_ids"
            ),
            unknown: [
                .at("remote_access.ec2_ssh_key")
            ]
        ),
        RuleFixture(
            .eksAuditLogs,
            passing: [
                EKSFixture.cluster([:], ["enabled_cluster_log_types": ["api", "audit", "authenticator"]])
            ],
            failing: [
                EKSFixture.cluster([:], ["enabled_cluster_log_types": ["api", "audit"]]),
                EKSFixture.cluster(),
            ],
            pinned: PinnedFinding(
                attribute: "enabled_cluster_log_types",
                message: "the control plane's authenticator log is off"
            ),
            unknown: [
                .at("enabled_cluster_log_types"),
                // One element known only at plan may be the missing type.
                .document(
                    EKSFixture.cluster([:], ["enabled_cluster_log_types": ["audit", .expression("${var.more_logs}")]])
                ),
            ]
        ),
    ]
}
