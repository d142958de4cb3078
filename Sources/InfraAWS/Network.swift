import InfraCore

extension EC2 {
    /// A VPC with one public and one private subnet per availability zone, an internet gateway, NAT for the private
    /// subnets, and the default security group emptied so nothing lands in it by accident.
    ///
    /// Subnet ranges are carved from the VPC range like `cidrsubnet(cidr, 8, n)`: public subnets take `n = 0, 1, …`,
    /// private ones `n = 10, 11, …`, so a `/16` gives `/24`s that are easy to read in a plan.
    public struct Network: Construct {
        /// How private subnets reach the internet.
        public enum NAT: String, Hashable, Sendable, Codable, CaseIterable {
            /// One NAT gateway shared by every zone: cheapest; a zone outage cuts private egress.
            case single
            /// One NAT gateway per zone: what production with strict availability wants.
            case perZone = "per_zone"
            /// No NAT: private subnets have no internet route at all.
            case none
        }

        /// Where the VPC's flow logs go: a CloudWatch log group with this retention, encrypted with this key.
        public struct FlowLogs: Hashable, Sendable {
            public var retentionDays: Int
            public var kmsKey: Ref<RefKind.ARN>?

            public init(retentionDays: Int, kmsKey: Ref<RefKind.ARN>?) {
                self.retentionDays = retentionDays
                self.kmsKey = kmsKey
            }
        }

        public let name: String
        public let cidr: IPv4CIDR
        public let zones: [String]
        public let nat: NAT
        public let flowLogs: FlowLogs?
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ name: String,
            cidr: IPv4CIDR,
            zones: [String],
            nat: NAT = .single,
            flowLogs: FlowLogs?,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.cidr = cidr
            self.zones = zones
            self.nat = nat
            self.flowLogs = flowLogs
            self.location = .swift(filePath: file, line: line)
        }

        public var vpcID: Ref<RefKind.ID> { Ref(ResourceAddress(type: "aws_vpc", name: name), "id") }

        public var publicSubnets: [Ref<RefKind.ID>] { zones.indices.map { subnetRef(.public, $0) } }

        public var privateSubnets: [Ref<RefKind.ID>] { zones.indices.map { subnetRef(.private, $0) } }

        enum Tier: String { case `public`, `private` }

        private func zoneSuffix(_ index: Int) -> String {
            let zone = zones[index]
            return zone.last.map { String($0) } ?? String(index)
        }

        private func subnetLabel(_ tier: Tier, _ index: Int) -> String {
            "\(name)_\(tier.rawValue)_\(zoneSuffix(index))"
        }

        private func subnetRef(_ tier: Tier, _ index: Int) -> Ref<RefKind.ID> {
            Ref(ResourceAddress(type: "aws_subnet", name: subnetLabel(tier, index)), "id")
        }

        /// How subnets are carved: `/24`s from a `/16` with private subnets from slot 10 (easy to read), or, for a
        /// smaller range, the fewest extra bits that fit every subnet with private ones right after the public ones.
        var layout: (extraBits: Int, privateBase: Int) {
            let needed = max(1, (2 * zones.count - 1).bitWidth - (2 * zones.count - 1).leadingZeroBitCount)
            let extraBits = max(needed, 24 - cidr.prefixLength)
            let privateBase = 10 + zones.count <= 1 << extraBits ? 10 : zones.count
            return (extraBits, privateBase)
        }

        public func expand() -> [Resource] {
            var resources: [Resource] = []
            func add(
                _ type: String,
                _ label: String,
                _ attributes: [String: JSONValue],
                dependsOn: [ResourceAddress] = []
            ) {
                resources.append(Resource(type, label, attributes, dependsOn: dependsOn, location: location))
            }
            add(
                "aws_vpc",
                name,
                [
                    "cidr_block": .string(cidr.description),
                    "enable_dns_hostnames": true,
                    "enable_dns_support": true,
                    "tags": ["Name": .string(name)],
                ]
            )
            add(
                "aws_default_security_group",
                name,
                ["vpc_id": vpcID.value, "tags": ["Name": .string("\(name)-default-unused")]]
            )
            add("aws_internet_gateway", name, ["vpc_id": vpcID.value, "tags": ["Name": .string(name)]])

            let internet = ResourceAddress(type: "aws_internet_gateway", name: name)
            add(
                "aws_route_table",
                "\(name)_public",
                [
                    "vpc_id": vpcID.value,
                    "tags": ["Name": .string("\(name)-public")],
                ]
            )
            add(
                "aws_route",
                "\(name)_public_internet",
                [
                    "route_table_id": Ref<RefKind.ID>(
                        ResourceAddress(type: "aws_route_table", name: "\(name)_public"),
                        "id"
                    ).value,
                    "destination_cidr_block": "0.0.0.0/0",
                    "gateway_id": Ref<RefKind.ID>(internet, "id").value,
                ]
            )

            for (index, zone) in zones.enumerated() {
                for tier in [Tier.public, .private] {
                    let netnum = tier == .public ? index : layout.privateBase + index
                    let range = cidr.subnet(extraBits: layout.extraBits, index: netnum)
                    let label = subnetLabel(tier, index)
                    let attributes: [String: JSONValue] = [
                        "vpc_id": vpcID.value,
                        "availability_zone": .string(zone),
                        "cidr_block": .string(range?.description ?? cidr.description),
                        "map_public_ip_on_launch": false,
                        "tags": [
                            "Name": .string("\(name)-\(tier.rawValue)-\(zoneSuffix(index))"),
                            "Tier": .string(tier.rawValue),
                        ],
                    ]
                    add("aws_subnet", label, attributes)
                }
                add(
                    "aws_route_table_association",
                    "\(subnetLabel(.public, index))",
                    [
                        "subnet_id": subnetRef(.public, index).value,
                        "route_table_id": Ref<RefKind.ID>(
                            ResourceAddress(type: "aws_route_table", name: "\(name)_public"),
                            "id"
                        ).value,
                    ]
                )
            }

            let gateways: [Int]
            switch nat {
            case .none: gateways = []
            case .single: gateways = zones.isEmpty ? [] : [0]
            case .perZone: gateways = Array(zones.indices)
            }
            for index in gateways {
                let label = "\(name)_\(zoneSuffix(index))"
                add(
                    "aws_eip",
                    label,
                    ["domain": "vpc", "tags": ["Name": .string("\(name)-nat-\(zoneSuffix(index))")]],
                    dependsOn: [internet]
                )
                add(
                    "aws_nat_gateway",
                    label,
                    [
                        "allocation_id": Ref<RefKind.ID>(ResourceAddress(type: "aws_eip", name: label), "id").value,
                        "subnet_id": subnetRef(.public, index).value,
                        "tags": ["Name": .string("\(name)-\(zoneSuffix(index))")],
                    ],
                    dependsOn: [internet]
                )
            }
            for index in zones.indices {
                let table = "\(subnetLabel(.private, index))"
                add(
                    "aws_route_table",
                    table,
                    ["vpc_id": vpcID.value, "tags": ["Name": .string("\(name)-private-\(zoneSuffix(index))")]]
                )
                add(
                    "aws_route_table_association",
                    table,
                    [
                        "subnet_id": subnetRef(.private, index).value,
                        "route_table_id": Ref<RefKind.ID>(ResourceAddress(type: "aws_route_table", name: table), "id")
                            .value,
                    ]
                )
                if !gateways.isEmpty {
                    let gateway = gateways.contains(index) ? index : gateways[0]
                    add(
                        "aws_route",
                        "\(table)_nat",
                        [
                            "route_table_id": Ref<RefKind.ID>(
                                ResourceAddress(type: "aws_route_table", name: table),
                                "id"
                            ).value,
                            "destination_cidr_block": "0.0.0.0/0",
                            "nat_gateway_id": Ref<RefKind.ID>(
                                ResourceAddress(type: "aws_nat_gateway", name: "\(name)_\(zoneSuffix(gateway))"),
                                "id"
                            ).value,
                        ]
                    )
                }
            }
            if let flowLogs { resources += flowLogResources(flowLogs) }
            return resources
        }

        /// All traffic of the VPC, logged to CloudWatch through a role that may write only to that group.
        private func flowLogResources(_ settings: FlowLogs) -> [Resource] {
            let group = Logs.LogGroup(
                "\(name)_flow_logs",
                name: "/vpc/\(name)/flow-logs",
                retentionDays: settings.retentionDays,
                kmsKey: settings.kmsKey,
                file: location.file,
                line: UInt(location.line ?? 0)
            )
            let role = IAM.Role(
                "\(name)_flow_logs",
                name: "\(name)-vpc-flow-logs",
                description: "Lets VPC Flow Logs write the \(name) VPC's flow log group",
                assumedBy: [.vpcFlowLogs],
                statements: [
                    IAM.Statement(
                        sid: "WriteFlowLogs",
                        actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                        resources: [group.arn.interpolated(suffix: ":*")]
                    )
                ],
                file: location.file,
                line: UInt(location.line ?? 0)
            )
            let flowLog = Resource(
                "aws_flow_log",
                name,
                [
                    "vpc_id": vpcID.value,
                    "traffic_type": "ALL",
                    "log_destination_type": "cloud-watch-logs",
                    "log_destination": group.arn.value,
                    "iam_role_arn": role.arn.value,
                    "max_aggregation_interval": 600,
                ],
                location: location
            )
            return group.expand() + role.expand() + [flowLog]
        }
    }
}
