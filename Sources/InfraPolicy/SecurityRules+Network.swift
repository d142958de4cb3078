import InfraCore

let networkSecurityRules: [Rule] = [
    Rule(
        .securityGroupOpenIngress,
        family: .security,
        severity: .error,
        title: "Security groups do not open ports beyond 80/443 to the internet",
        rationale:
            "SSH, databases and admin ports reachable from 0.0.0.0/0 or ::/0 are found and attacked within minutes.",
        remediation: "allow the port from a security group or a known CIDR, or put the service behind a load balancer",
        checkov: ["CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_260"],
        trivy: ["AVD-AWS-0107"],
        resourceTypes: ["aws_vpc_security_group_ingress_rule", "aws_security_group_rule", "aws_security_group"],
        check: { resource in
            var open: [(String, JSONValue?, JSONValue?, JSONValue?, [String])] = []
            switch resource.address.type {
            case "aws_vpc_security_group_ingress_rule":
                let cidrs = [resource["cidr_ipv4"], resource["cidr_ipv6"]].compactMap { $0?.literalString }
                open.append(("", resource["ip_protocol"], resource["from_port"], resource["to_port"], cidrs))
            case "aws_security_group_rule":
                guard resource["type"]?.literalString == "ingress" else { return [] }
                let cidrs =
                    (resource["cidr_blocks"]?.arrayValue ?? []) + (resource["ipv6_cidr_blocks"]?.arrayValue ?? [])
                open.append(
                    (
                        "", resource["protocol"], resource["from_port"], resource["to_port"],
                        cidrs.compactMap(\.literalString)
                    )
                )
            default:
                for (index, block) in (resource["ingress"]?.blocks ?? []).enumerated() {
                    let cidrs = (block["cidr_blocks"]?.arrayValue ?? []) + (block["ipv6_cidr_blocks"]?.arrayValue ?? [])
                    open.append(
                        (
                            "ingress[\(index)].", block["protocol"], block["from_port"], block["to_port"],
                            cidrs.compactMap(\.literalString)
                        )
                    )
                }
            }
            return open.compactMap { prefix, proto, from, to, cidrs in
                guard let cidr = cidrs.first(where: SecurityChecks.everywhere.contains),
                    SecurityChecks.opensMoreThanWeb(proto: proto?.literalString, from: from?.intValue, to: to?.intValue)
                else { return nil }
                let ports =
                    from?.intValue.map { f in
                        to?.intValue.map { $0 == f ? "port \(f)" : "ports \(f)-\($0)" } ?? "port \(f)"
                    } ?? "all ports"
                return Violation("\(prefix)from_port", "\(ports) open to \(cidr)")
            }
        }
    ),
    Rule(
        .securityGroupOpenEgress,
        family: .security,
        severity: .note,
        title: "Security groups do not allow all traffic out to the internet",
        rationale:
            "Unrestricted egress lets a compromised workload exfiltrate data or reach command-and-control on any port.",
        remediation:
            "allow only the ports the workload needs (e.g. 443), or waive for hosts that must reach arbitrary ports",
        checkov: ["CKV_AWS_382"],
        trivy: ["AVD-AWS-0104"],
        resourceTypes: ["aws_vpc_security_group_egress_rule", "aws_security_group"],
        check: { resource in
            if resource.address.type == "aws_vpc_security_group_egress_rule" {
                let everywhere = [resource["cidr_ipv4"], resource["cidr_ipv6"]].contains {
                    $0?.literalString.map(SecurityChecks.everywhere.contains) == true
                }
                return everywhere && resource["ip_protocol"]?.literalString == "-1"
                    ? [Violation("ip_protocol", "all protocols and ports open to the internet")] : []
            }
            return (resource["egress"]?.blocks ?? []).enumerated().compactMap { index, block in
                let cidrs = (block["cidr_blocks"]?.arrayValue ?? []).compactMap(\.literalString)
                guard cidrs.contains(where: SecurityChecks.everywhere.contains),
                    block["protocol"]?.literalString == "-1"
                else { return nil }
                return Violation("egress[\(index)]", "all protocols and ports open to the internet")
            }
        }
    ),
    Rule(
        .securityGroupRuleDescription,
        family: .security,
        severity: .note,
        title: "Security group rules say why they exist",
        rationale: "A rule without a description is hard to review and harder to remove safely.",
        remediation: "set `description` on the rule",
        checkov: ["CKV_AWS_23"],
        trivy: ["AVD-AWS-0124"],
        resourceTypes: [
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_security_group_rule",
        ],
        check: { resource in
            (resource["description"]?.templateText ?? "").isEmpty
                ? [Violation("description", "rule has no description")] : []
        }
    ),
    Rule(
        .subnetPublicIPOnLaunch,
        family: .security,
        severity: .warning,
        title: "Subnets do not give instances public IPs by default",
        rationale:
            "map_public_ip_on_launch puts every instance and task launched there on the internet unless it opts out.",
        remediation:
            "set `map_public_ip_on_launch = false`; give public addresses only to load balancers or NAT gateways",
        checkov: ["CKV_AWS_130"],
        trivy: ["AVD-AWS-0164"],
        resourceTypes: ["aws_subnet"],
        check: { resource in
            AttributeValue.isTrue(resource["map_public_ip_on_launch"])
                ? [Violation("map_public_ip_on_launch", "map_public_ip_on_launch is true")] : []
        }
    ),
    Rule(
        .launchTemplatePublicIP,
        family: .security,
        severity: .warning,
        title: "Instances do not get public IP addresses",
        rationale:
            "A public address exposes the host directly; hosts behind a load balancer reach the internet through NAT.",
        remediation: "set `associate_public_ip_address = false` and launch into private subnets",
        checkov: ["CKV_AWS_88"],
        trivy: ["AVD-AWS-0009"],
        resourceTypes: ["aws_launch_template", "aws_instance"],
        check: { resource in
            if AttributeValue.isTrue(resource["associate_public_ip_address"]) {
                return [Violation("associate_public_ip_address", "associate_public_ip_address is true")]
            }
            return (resource["network_interfaces"]?.blocks ?? []).enumerated().compactMap { index, block in
                AttributeValue.isTrue(block["associate_public_ip_address"])
                    ? Violation(
                        "network_interfaces[\(index)].associate_public_ip_address",
                        "associate_public_ip_address is true"
                    ) : nil
            }
        }
    ),
    Rule(
        .vpcFlowLogs,
        family: .security,
        severity: .warning,
        title: "VPCs record flow logs",
        rationale:
            "Without flow logs there is no record of which addresses talked to what, which incident response needs.",
        remediation: "add an `aws_flow_log` for the VPC (to CloudWatch Logs or S3)",
        checkov: ["CKV2_AWS_11"],
        trivy: ["AVD-AWS-0178"],
        resourceTypes: ["aws_vpc"],
        check: { resource in
            resource.companions(ofType: "aws_flow_log").isEmpty
                ? [Violation(nil, "VPC has no flow log")] : []
        }
    ),
    Rule(
        .vpcDefaultSecurityGroup,
        family: .security,
        severity: .note,
        title: "The default security group of a VPC allows nothing",
        rationale:
            "Resources created without a security group land in the default one, which by default lets members talk freely.",
        remediation: "manage it with an empty `aws_default_security_group` for the VPC",
        checkov: ["CKV2_AWS_12"],
        trivy: ["AVD-AWS-0173"],
        resourceTypes: ["aws_vpc"],
        check: { resource in
            let defaults = resource.companions(ofType: "aws_default_security_group")
            guard let group = defaults.first else {
                return [Violation(nil, "the VPC's default security group is not restricted")]
            }
            let hasRules = !(group["ingress"]?.blocks.isEmpty ?? true) || !(group["egress"]?.blocks.isEmpty ?? true)
            return hasRules ? [Violation(nil, "the VPC's default security group \(group.address) has rules")] : []
        }
    ),
]
