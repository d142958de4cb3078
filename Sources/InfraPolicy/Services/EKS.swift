import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let eksAuditLogs: RuleID = "EKS003"
    public static let eksNodeGroupSSH: RuleID = "EKS002"
    public static let eksPublicEndpoint: RuleID = "EKS001"
}

/// EKS clusters and their managed node groups. No stack renders them; the rules are for `lint --tf-json`.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum EKSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .eksPublicEndpoint,
            family: .security,
            severity: .warning,
            title: "EKS API endpoints are not open to the internet",
            rationale:
                "The Kubernetes API server answers anyone who can reach it; open to the internet, every unpatched API-server flaw and every leaked kubeconfig is exploitable from anywhere. A cluster's endpoint is public, to 0.0.0.0/0, unless the configuration says otherwise.",
            remediation:
                "set `vpc_config { endpoint_private_access = true, endpoint_public_access = false }`, or list the networks that need it in `public_access_cidrs`",
            checkov: ["CKV_AWS_38", "CKV_AWS_39"],
            trivy: ["AVD-AWS-0040", "AVD-AWS-0041"],
            resourceTypes: ["aws_eks_cluster"],
            check: { EKSRules.publicEndpointViolations(of: $0) }
        ),
        Rule(
            .eksNodeGroupSSH,
            family: .security,
            severity: .error,
            title: "EKS node groups do not open SSH to the internet",
            rationale:
                "A node group given an SSH key and no source security groups gets port 22 of every node opened to 0.0.0.0/0 by EKS.",
            remediation:
                "set `remote_access { source_security_group_ids = [...] }` with the groups that may connect, or drop `ec2_ssh_key` and use SSM Session Manager",
            checkov: ["CKV_AWS_100"],
            resourceTypes: ["aws_eks_node_group"],
            check: { resource in
                // A key known only at plan may be null, and then no port is opened.
                guard let remote = resource.block("remote_access"), AttributeValue.string(remote["ec2_ssh_key"]) != nil,
                    remote["source_security_group_ids"] == nil
                else { return [] }
                return [
                    Violation(
                        "remote_access.ec2_ssh_key",
                        "port 22 of the nodes is open to 0.0.0.0/0: remote_access names an SSH key and no "
                            + "source_security_group_ids"
                    )
                ]
            }
        ),
        Rule(
            .eksAuditLogs,
            family: .security,
            severity: .note,
            title: "EKS clusters send their audit and authenticator logs to CloudWatch",
            rationale:
                "The audit log records every call to the Kubernetes API and the authenticator log who each caller was; EKS keeps neither unless they are turned on, and they cannot be had afterwards.",
            remediation: "add `audit` and `authenticator` to `enabled_cluster_log_types`",
            trivy: ["AVD-AWS-0038"],
            resourceTypes: ["aws_eks_cluster"],
            check: { cluster in
                let value = cluster["enabled_cluster_log_types"]
                guard !AttributeValue.isUnknown(value) else { return [] }
                let enabled = (value?.arrayValue ?? []).compactMap { AttributeValue.string($0) }
                // An element known only at plan may be either type.
                guard enabled.count == (value?.arrayValue?.count ?? 0) else { return [] }
                let missing = ["audit", "authenticator"].filter { !enabled.contains($0) }
                guard !missing.isEmpty else { return [] }
                return [
                    Violation(
                        "enabled_cluster_log_types",
                        "the control plane's \(missing.joined(separator: " and ")) "
                            + (missing.count == 1 ? "log is off" : "logs are off")
                    )
                ]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []

    /// EKS001: a public endpoint (the default) whose allowed ranges (`public_access_cidrs`, 0.0.0.0/0 when not set)
    /// hold every public address. A value known only at plan is not reported.
    static func publicEndpointViolations(of cluster: ResourceView) -> [Violation] {
        let config = cluster.block("vpc_config") ?? [:]
        let isPublic = AttributeValue.boolean(config["endpoint_public_access"])
        guard isPublic == .absent || isPublic.isKnown(true) else { return [] }
        guard let written = config["public_access_cidrs"] else {
            return [
                Violation(
                    "vpc_config",
                    "the API endpoint is public and open to 0.0.0.0/0: public_access_cidrs is not set, and EKS "
                        + "then allows every address"
                )
            ]
        }
        let ranges = written.arrayValue?.compactMap { AttributeValue.string($0) } ?? []
        guard let reached = PublicAddressRanges.internet(in: ranges) else { return [] }
        return [Violation("vpc_config.public_access_cidrs", "the API endpoint is public and open to \(reached)")]
    }
}
