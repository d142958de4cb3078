import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let ebsEncrypted: RuleID = "EC2006"
    public static let ec2IMDSv2: RuleID = "EC2001"
    public static let ec2UserDataSecret: RuleID = "EC2010"
    public static let launchTemplatePublicIP: RuleID = "EC2005"
    public static let securityGroupOpenEgress: RuleID = "EC2003"
    public static let securityGroupOpenIngress: RuleID = "EC2002"
    public static let securityGroupRuleDescription: RuleID = "EC2009"
    public static let subnetPublicIPOnLaunch: RuleID = "EC2004"
    public static let vpcDefaultSecurityGroup: RuleID = "EC2008"
    public static let vpcFlowLogs: RuleID = "EC2007"
}

/// EC2 and VPC: security groups, subnets, instances and launch templates, EBS volumes, flow logs.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum EC2Rules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .ec2IMDSv2,
            family: .security,
            severity: .error,
            title: "Instances require IMDSv2",
            rationale:
                "IMDSv1 answers any request that reaches 169.254.169.254, so a server-side request forgery can read the instance role's credentials.",
            remediation: "set `metadata_options { http_tokens = \"required\" }`",
            checkov: ["CKV_AWS_79"],
            trivy: ["AVD-AWS-0028"],
            // Launch configurations are the legacy form of launch templates; Auto Scaling groups still use them.
            resourceTypes: ["aws_launch_template", "aws_instance", "aws_launch_configuration"],
            check: { EC2Rules.imdsViolations(of: $0) }
        ),
        Rule(
            .ec2UserDataSecret,
            family: .security,
            severity: .error,
            title: "Instances carry no secrets in their user data",
            rationale:
                "User data is readable by anyone with ec2:DescribeInstanceAttribute or DescribeLaunchTemplateVersions, by every process on the instance through the metadata service, and is kept in every version of a launch template. A script that sets `DB_PASSWORD=…`, or holds an access key id or a private key, gives it to all of them; a Terraform interpolation (`${var.db_password}`) is written into the user data in plaintext as well.",
            remediation:
                "read the secret at boot from Secrets Manager or SSM Parameter Store with the instance role (`DB_PASSWORD=$(aws secretsmanager get-secret-value …)`), and keep only its name in the user data",
            checkov: ["CKV_AWS_46"],
            resourceTypes: Set(UserDataSecrets.arguments.keys),
            check: { UserDataSecrets.violations(of: $0) }
        ),
        Rule(
            .securityGroupOpenIngress,
            family: .security,
            severity: .error,
            title: "Security groups do not open ports beyond 80/443 to the internet",
            rationale:
                "SSH, databases and admin ports reachable from 0.0.0.0/0 or ::/0 are found and attacked within minutes.",
            remediation:
                "allow the port from a security group or a known CIDR, or put the service behind a load balancer",
            checkov: ["CKV_AWS_24", "CKV_AWS_25"],
            trivy: ["AVD-AWS-0107"],
            resourceTypes: ["aws_vpc_security_group_ingress_rule", "aws_security_group_rule", "aws_security_group"],
            check: { resource in
                EC2Rules.ingresses(of: resource).compactMap { ingress in
                    let (proto, from, to) = (ingress.proto, ingress.from, ingress.to)
                    guard EC2Rules.opensMoreThanWeb(proto: proto, from: from, to: to) else { return nil }
                    guard let cidr = EC2Rules.internetReached(by: ingress, of: resource) else { return nil }
                    let prefix = ingress.prefix
                    // With every protocol open the ports are ignored (AWS reads 0-0 as all of them), so the finding
                    // names the protocol and points at it.
                    if EC2Rules.allProtocols(proto) {
                        return Violation(prefix + ingress.protocolAttribute, "all protocols and ports open to \(cidr)")
                    }
                    if let proto, EC2Rules.ignoresPorts(proto) {
                        return Violation(
                            prefix + ingress.protocolAttribute,
                            "protocol \(proto), every port, open to \(cidr)"
                        )
                    }
                    let opening = EC2Rules.opening(proto: proto, from: from, to: to)
                    return Violation("\(prefix)from_port", "\(opening) open to \(cidr)")
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
            resourceTypes: ["aws_vpc_security_group_egress_rule", "aws_security_group_rule", "aws_security_group"],
            check: { resource in
                // The same egress can be written inline, as an `aws_security_group_rule` or as an
                // `aws_vpc_security_group_egress_rule`; all three are read the same way so the finding does not depend
                // on the style of the file.
                var entries: [(attribute: String, proto: JSONValue?, cidrs: [JSONValue?])] = []
                switch resource.type {
                case "aws_vpc_security_group_egress_rule":
                    entries.append(
                        ("ip_protocol", resource["ip_protocol"], [resource["cidr_ipv4"], resource["cidr_ipv6"]])
                    )
                case "aws_security_group_rule":
                    guard AttributeValue.string(resource["type"]) == "egress" else { return [] }
                    let cidrs =
                        (resource["cidr_blocks"]?.arrayValue ?? []) + (resource["ipv6_cidr_blocks"]?.arrayValue ?? [])
                    entries.append(("protocol", resource["protocol"], cidrs))
                default:
                    for (index, block) in (resource["egress"]?.blocks ?? []).enumerated() {
                        let cidrs =
                            (block["cidr_blocks"]?.arrayValue ?? []) + (block["ipv6_cidr_blocks"]?.arrayValue ?? [])
                        entries.append(("egress[\(index)]", block["protocol"], cidrs))
                    }
                }
                return entries.compactMap { entry in
                    guard PublicAddressRanges.internet(in: entry.cidrs.compactMap(AttributeValue.string)) != nil,
                        EC2Rules.allProtocols(AttributeValue.string(entry.proto))
                    else { return nil }
                    return Violation(entry.attribute, "all protocols and ports open to the internet")
                }
            }
        ),
        Rule(
            .securityGroupRuleDescription,
            family: .security,
            severity: .note,
            title: "Security groups and their rules say why they exist",
            rationale:
                "A group or rule without a description is hard to review and harder to remove safely; a group left without one is described as `Managed by Terraform`, which says nothing.",
            remediation: "set `description` on the group and on each rule (inline or standalone)",
            checkov: ["CKV_AWS_23"],
            trivy: ["AVD-AWS-0124"],
            resourceTypes: [
                "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_security_group_rule",
                "aws_security_group",
            ],
            check: { resource in
                func undescribed(_ value: JSONValue?) -> Bool { (value?.templateText ?? "").isEmpty }
                guard resource.type == "aws_security_group" else {
                    return undescribed(resource["description"])
                        ? [Violation("description", "rule has no description")] : []
                }
                var violations: [Violation] = []
                let description = resource["description"]?.templateText ?? ""
                if description.isEmpty || description == "Managed by Terraform" {
                    violations.append(Violation("description", "security group has no description"))
                }
                for direction in ["ingress", "egress"] {
                    for (index, rule) in (resource[direction]?.blocks ?? []).enumerated()
                    where undescribed(rule["description"]) {
                        violations.append(
                            Violation(
                                "\(direction)[\(index)].description",
                                "\(direction) rule \(index + 1) has no description"
                            )
                        )
                    }
                }
                return violations
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
                AttributeValue.boolean(resource["map_public_ip_on_launch"]).isKnown(true)
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
                if AttributeValue.boolean(resource["associate_public_ip_address"]).isKnown(true) {
                    return [Violation("associate_public_ip_address", "associate_public_ip_address is true")]
                }
                return (resource["network_interfaces"]?.blocks ?? []).enumerated().compactMap { index, block in
                    AttributeValue.boolean(block["associate_public_ip_address"]).isKnown(true)
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
        Rule(
            .ebsEncrypted,
            family: .security,
            severity: .error,
            title: "EBS volumes are encrypted",
            rationale: "Unencrypted volumes and their snapshots can be read by whoever obtains a copy.",
            remediation:
                "set `encrypted = true` on the volume or block-device mapping (or turn on EBS encryption by default)",
            checkov: ["CKV_AWS_3", "CKV_AWS_8"],
            trivy: ["AVD-AWS-0026", "AVD-AWS-0131"],
            resourceTypes: ["aws_ebs_volume", "aws_launch_template", "aws_instance", "aws_launch_configuration"],
            check: { resource in
                let found = EC2Rules.unencryptedVolumes(of: resource)
                // What the remediation offers: with encryption by default on, EC2 encrypts every new volume, even
                // one that asks for `encrypted = false`. Looked up only for a resource with a finding.
                return found.isEmpty || EC2Rules.encryptsVolumesByDefault(resource.document) ? [] : found
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}

extension EC2Rules {
    /// EC2001. An instance launched from a launch template without `metadata_options` of its own takes the
    /// template's (the rule checks the template where it is declared), and an instance or template that leaves
    /// `http_tokens` unset takes the region's defaults, which an `aws_ec2_instance_metadata_defaults` may make
    /// "required" for every launch.
    static func imdsViolations(of resource: ResourceView) -> [Violation] {
        let tokens = AttributeValue.text(AttributeValue.member("http_tokens", of: resource["metadata_options"]))
        if tokens.mayBe("required") { return [] }
        // With the metadata endpoint turned off there is no IMDSv1 to reach.
        let endpoint = AttributeValue.text(AttributeValue.member("http_endpoint", of: resource["metadata_options"]))
        if endpoint.isKnown("disabled") { return [] }
        if resource.type == "aws_instance", AttributeValue.isAbsent(resource["metadata_options"]),
            !AttributeValue.isAbsent(resource["launch_template"])
        {
            return []
        }
        if tokens == .absent,
            resource.document.resources(ofType: "aws_ec2_instance_metadata_defaults").contains(where: {
                AttributeValue.text($0["http_tokens"]).mayBe("required")
            })
        {
            return []
        }
        return [Violation("metadata_options.http_tokens", "IMDSv2 is not required (http_tokens is not \"required\")")]
    }

    /// EC2006's findings on the volumes a resource writes, before EBS encryption by default is considered.
    static func unencryptedVolumes(of resource: ResourceView) -> [Violation] {
        switch resource.type {
        case "aws_ebs_volume":
            return AttributeValue.boolean(resource["encrypted"]).mayBe(true)
                ? [] : [Violation("encrypted", "volume is not encrypted")]
        case "aws_instance":
            let root = resource["root_block_device"]
            return root == nil
                || AttributeValue.boolean(AttributeValue.member("encrypted", of: root)).mayBe(true)
                ? [] : [Violation("root_block_device.encrypted", "root volume is not encrypted")]
        case "aws_launch_configuration":
            // A launch configuration writes its volumes as `root_block_device` and `ebs_block_device` blocks,
            // like an instance; a written block that does not ask for encryption is the finding.
            let root = resource["root_block_device"]
            var found: [Violation] = []
            if root != nil, !AttributeValue.boolean(AttributeValue.member("encrypted", of: root)).mayBe(true) {
                found.append(Violation("root_block_device.encrypted", "root volume is not encrypted"))
            }
            for (index, block) in (resource["ebs_block_device"]?.blocks ?? []).enumerated()
            where !AttributeValue.boolean(block["encrypted"]).mayBe(true) {
                found.append(Violation("ebs_block_device[\(index)].encrypted", "EBS volume is not encrypted"))
            }
            return found
        default:
            return (resource["block_device_mappings"]?.blocks ?? []).enumerated().compactMap { index, mapping in
                guard let ebs = mapping["ebs"]?.firstBlock else { return nil }
                return AttributeValue.boolean(ebs["encrypted"]).mayBe(true)
                    ? nil
                    : Violation("block_device_mappings[\(index)].ebs.encrypted", "EBS volume is not encrypted")
            }
        }
    }

    /// Whether the document turns on EBS encryption by default (`aws_ebs_encryption_by_default`, whose `enabled` is
    /// true unless set otherwise). The setting is the region's; a document is taken to be one account and region.
    static func encryptsVolumesByDefault(_ document: DocumentIndex) -> Bool {
        document.resources(ofType: "aws_ebs_encryption_by_default").contains {
            let enabled = AttributeValue.boolean($0["enabled"])
            return enabled == .absent || enabled.mayBe(true)
        }
    }

    /// The CIDR ranges of the managed prefix lists that `values` refer to (`prefix_list_ids`, `prefix_list_id`) and
    /// the document declares: their `entry` blocks and their `aws_ec2_managed_prefix_list_entry` resources. A rule
    /// naming a list that holds 0.0.0.0/0 is open to the internet as surely as one naming the range.
    static func prefixListRanges(_ values: [JSONValue?], in document: DocumentIndex) -> (
        cidrs: [String], lists: [ResourceAddress]
    ) {
        var cidrs: [String] = []
        var lists: [ResourceAddress] = []
        for value in values {
            guard let list = document.target(of: value, ofType: "aws_ec2_managed_prefix_list") else { continue }
            let entries =
                (list["entry"]?.blocks ?? [])
                + document.referrers(to: list.address, ofType: "aws_ec2_managed_prefix_list_entry").map(\.attributes)
            let ranges = entries.compactMap { AttributeValue.string($0["cidr"]) }
            if !ranges.isEmpty {
                cidrs += ranges
                lists.append(list.address)
            }
        }
        return (cidrs, lists)
    }

    /// Ports a public ingress may open without a finding.
    static let webPorts: Set<Int> = [80, 443]

    /// Whether a rule's protocol is every protocol: `-1`, or `all` as some hand-written files say.
    static func allProtocols(_ proto: String?) -> Bool { proto == "-1" || proto?.lowercased() == "all" }

    /// Whether a literal protocol is one whose rules AWS applies to every port, whatever the port range says: any
    /// protocol but TCP, UDP, ICMP and ICMPv6 (by name or number), e.g. `50` (ESP) or `132` (SCTP).
    static func ignoresPorts(_ proto: String) -> Bool {
        !proto.isEmpty && !allProtocols(proto) && !portedProtocols.contains(proto.lowercased())
    }

    /// The protocols whose rules name ports (or ICMP types), by number, with their names.
    static let portedProtocolNames: [String: String] = ["6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"]

    /// The protocols whose rules name ports (or ICMP types), by name and by number.
    static let portedProtocols = Set(portedProtocolNames.keys).union(portedProtocolNames.values)

    /// Whether an ingress from everywhere on `from...to` (protocol `proto`) opens more than the web ports.
    static func opensMoreThanWeb(proto: String?, from: Int?, to: Int?) -> Bool {
        if allProtocols(proto) { return true }
        if let proto, ignoresPorts(proto) { return true }
        guard let from, let to else { return true }
        if from == -1 || to == -1 { return true }
        return (from...max(from, to)).contains { !webPorts.contains($0) }
    }

    /// What an ingress other than every protocol opens, in a finding's words. For ICMP the two port attributes hold
    /// a message type and code, not ports.
    static func opening(proto: String?, from: Int?, to: Int?) -> String {
        switch proto?.lowercased() {
        case "icmp", "1": return "ICMP"
        case "icmpv6", "58": return "ICMPv6"
        default: break
        }
        guard let from else { return "all ports" }
        guard let to, to != from else { return "port \(from)" }
        return "ports \(from)-\(to)"
    }
}
