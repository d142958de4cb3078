import InfraCore

extension EC2 {
    /// A VPC laid out in tiers across availability zones: public subnets (internet gateway), private subnets (egress
    /// through NAT, when there is NAT) and isolated subnets (no route out at all: databases). The default security
    /// group is emptied so nothing lands in it by accident; gateway and interface endpoints keep AWS API traffic
    /// inside the VPC.
    ///
    /// Subnet ranges are carved from the VPC range like `cidrsubnet(cidr, 8, n)`: public subnets take `n = 0, 1, …`,
    /// private ones `n = 10, 11, …`, isolated ones `n = 20, 21, …`, so a `/16` gives `/24`s that read well in a plan.
    public struct Network: Construct, Hashable {
        /// How private subnets reach the internet.
        public enum NAT: String, Hashable, Sendable, Codable, CaseIterable {
            /// One NAT gateway shared by every zone: cheapest; a zone outage cuts private egress.
            case single
            /// One NAT gateway per zone: what production with strict availability wants.
            case perZone = "per_zone"
            /// No NAT: private subnets have no internet route at all.
            case none
        }

        /// A layer of subnets, one per zone.
        public enum Tier: String, Hashable, Sendable, CaseIterable {
            /// Routed to the internet gateway: load balancers, NAT gateways.
            case `public`
            /// Egress through NAT only: services.
            case `private`
            /// No route out of the VPC: databases and caches.
            case isolated

            /// The first `cidrsubnet` index of the tier in a `/16`.
            var slot: Int {
                switch self {
                case .public: 0
                case .private: 10
                case .isolated: 20
                }
            }
        }

        /// An AWS service reached through a VPC endpoint instead of the internet.
        public enum Endpoint: Hashable, Sendable {
            /// A gateway endpoint (`s3`, `dynamodb`): free, added to the private and isolated route tables.
            case gateway(String)
            /// An interface endpoint (`sqs`, `secretsmanager`, `ecr.api`, `ecr.dkr`, `logs`) in the private subnets,
            /// with private DNS, reachable on 443 from the VPC.
            case interface(String)

            var service: String {
                switch self {
                case .gateway(let service), .interface(let service): service
                }
            }
        }

        /// Where the VPC's flow logs go: a CloudWatch log group with this retention, encrypted with this key.
        public struct FlowLogs: Hashable, Sendable {
            public var retentionDays: Int
            public var kmsKey: KMS.Key?

            public init(retentionDays: Int, kmsKey: KMS.Key?) {
                self.retentionDays = retentionDays
                self.kmsKey = kmsKey
            }
        }

        public var declaration: Declaration
        public let cidr: IPv4CIDR
        public let zones: [String]
        public let tiers: [Tier]
        public let nat: NAT
        public let mapPublicIPOnLaunch: Bool
        public let endpoints: [Endpoint]
        public let flowLogs: FlowLogs?

        /// - Parameters:
        ///   - name: the label and `Name` tag prefix of everything the network makes.
        ///   - zones: availability zones, e.g. `["sa-east-1a", "sa-east-1b"]`; the region is read from them.
        ///   - tiers: which subnet layers to make; `.public` is needed for NAT.
        ///   - mapPublicIPOnLaunch: give instances and tasks in public subnets a public IP by default.
        ///   - endpoints: gateway and interface endpoints.
        public init(
            _ name: String,
            cidr: IPv4CIDR,
            zones: [String],
            tiers: [Tier] = [.public, .private],
            nat: NAT = .single,
            mapPublicIPOnLaunch: Bool = false,
            endpoints: [Endpoint] = [],
            flowLogs: FlowLogs?,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.cidr = cidr
            self.zones = zones
            self.tiers = Tier.allCases.filter(tiers.contains)
            self.nat = nat
            self.mapPublicIPOnLaunch = mapPublicIPOnLaunch
            self.endpoints = endpoints
            self.flowLogs = flowLogs
            self.declaration = Declaration(name, file: file, line: line)
        }

        public var name: String { label }

        public var vpcID: Ref<ID<VPC>> { ref("aws_vpc", "id") }

        public var publicSubnets: [Ref<ID<Subnet>>] { subnets(.public) }

        public var privateSubnets: [Ref<ID<Subnet>>] { subnets(.private) }

        public var isolatedSubnets: [Ref<ID<Subnet>>] { subnets(.isolated) }

        /// The subnets of one tier, one per zone; empty when the network has no such tier.
        public func subnets(_ tier: Tier) -> [Ref<ID<Subnet>>] {
            tiers.contains(tier) ? zones.indices.map { subnetRef(tier, $0) } : []
        }

        /// The region the zones are in (`sa-east-1a` → `sa-east-1`).
        public var region: String { zones.first.map { String($0.dropLast()) } ?? "" }

        private func zoneSuffix(_ index: Int) -> String {
            zones[index].last.map { String($0) } ?? String(index)
        }

        private func subnetLabel(_ tier: Tier, _ index: Int) -> String {
            "\(name)_\(tier.rawValue)_\(zoneSuffix(index))"
        }

        private func subnetRef(_ tier: Tier, _ index: Int) -> Ref<ID<Subnet>> {
            ref("aws_subnet", "id", label: subnetLabel(tier, index))
        }

        private func routeTable(_ label: String) -> Ref<ID<VPC>> { ref("aws_route_table", "id", label: label) }

        /// How subnets are carved: `/24`s from a `/16` with tiers at slots 0, 10 and 20 (easy to read), or, for a
        /// smaller range, the fewest extra bits that fit every subnet with the tiers packed one after another.
        var layout: (extraBits: Int, bases: [Tier: Int]) {
            let count = tiers.count * zones.count
            let needed = max(1, (count - 1).bitWidth - (count - 1).leadingZeroBitCount)
            let extraBits = max(needed, 24 - cidr.prefixLength)
            let spaced = tiers.allSatisfy { $0.slot + zones.count <= 1 << extraBits }
            var bases: [Tier: Int] = [:]
            for (position, tier) in tiers.enumerated() { bases[tier] = spaced ? tier.slot : position * zones.count }
            return (extraBits, bases)
        }

        public func expand() -> [Resource] {
            var resources: [Resource] = []
            func add(_ type: String, _ label: String, _ attributes: [String: JSONValue], after: [Reference] = []) {
                resources.append(resource(type, label: label, attributes, dependsOn: after))
            }
            let tag = { (suffix: String) -> JSONValue in ["Name": .string(suffix.isEmpty ? name : "\(name)-\(suffix)")]
            }
            add(
                "aws_vpc",
                name,
                [
                    "cidr_block": .string(cidr.description),
                    "enable_dns_hostnames": true,
                    "enable_dns_support": true,
                    "tags": tag(""),
                ]
            )
            add("aws_default_security_group", name, ["vpc_id": vpcID.value, "tags": tag("default-unused")])

            let internet = dependency("aws_internet_gateway")
            let internetID: Ref<ID<VPC>> = ref("aws_internet_gateway", "id")
            if tiers.contains(.public) {
                add("aws_internet_gateway", name, ["vpc_id": vpcID.value, "tags": tag("")])
                add("aws_route_table", "\(name)_public", ["vpc_id": vpcID.value, "tags": tag("public")])
                add(
                    "aws_route",
                    "\(name)_public_internet",
                    [
                        "route_table_id": routeTable("\(name)_public").value,
                        "destination_cidr_block": "0.0.0.0/0",
                        "gateway_id": internetID.value,
                    ]
                )
            }

            let carving = layout
            for (index, zone) in zones.enumerated() {
                for tier in tiers {
                    let range = cidr.subnet(extraBits: carving.extraBits, index: (carving.bases[tier] ?? 0) + index)
                    add(
                        "aws_subnet",
                        subnetLabel(tier, index),
                        [
                            "vpc_id": vpcID.value,
                            "availability_zone": .string(zone),
                            "cidr_block": .string(range?.description ?? cidr.description),
                            "map_public_ip_on_launch": .bool(tier == .public && mapPublicIPOnLaunch),
                            "tags": [
                                "Name": .string("\(name)-\(tier.rawValue)-\(zoneSuffix(index))"),
                                "Tier": .string(tier.rawValue),
                            ],
                        ]
                    )
                }
                if tiers.contains(.public) {
                    add(
                        "aws_route_table_association",
                        subnetLabel(.public, index),
                        [
                            "subnet_id": subnetRef(.public, index).value,
                            "route_table_id": routeTable("\(name)_public").value,
                        ]
                    )
                }
            }

            var gateways: [Int] = []
            if tiers.contains(.public) && tiers.contains(.private) {
                switch nat {
                case .none: gateways = []
                case .single: gateways = zones.isEmpty ? [] : [0]
                case .perZone: gateways = Array(zones.indices)
                }
            }
            for index in gateways {
                let label = "\(name)_\(zoneSuffix(index))"
                add("aws_eip", label, ["domain": "vpc", "tags": tag("nat-\(zoneSuffix(index))")], after: [internet])
                let allocation: Ref<ID<VPC>> = ref("aws_eip", "id", label: label)
                add(
                    "aws_nat_gateway",
                    label,
                    [
                        "allocation_id": allocation.value,
                        "subnet_id": subnetRef(.public, index).value,
                        "tags": tag(zoneSuffix(index)),
                    ],
                    after: [internet]
                )
            }
            var privateTables: [String] = []
            if tiers.contains(.private) {
                for index in zones.indices {
                    let table = subnetLabel(.private, index)
                    privateTables.append(table)
                    add("aws_route_table", table, ["vpc_id": vpcID.value, "tags": tag("private-\(zoneSuffix(index))")])
                    add(
                        "aws_route_table_association",
                        table,
                        ["subnet_id": subnetRef(.private, index).value, "route_table_id": routeTable(table).value]
                    )
                    if !gateways.isEmpty {
                        let gateway = gateways.contains(index) ? index : gateways[0]
                        let natID: Ref<ID<VPC>> = ref("aws_nat_gateway", "id", label: "\(name)_\(zoneSuffix(gateway))")
                        add(
                            "aws_route",
                            "\(table)_nat",
                            [
                                "route_table_id": routeTable(table).value,
                                "destination_cidr_block": "0.0.0.0/0",
                                "nat_gateway_id": natID.value,
                            ]
                        )
                    }
                }
            }
            if tiers.contains(.isolated) {
                let table = "\(name)_isolated"
                privateTables.append(table)
                add("aws_route_table", table, ["vpc_id": vpcID.value, "tags": tag("isolated")])
                for index in zones.indices {
                    add(
                        "aws_route_table_association",
                        subnetLabel(.isolated, index),
                        ["subnet_id": subnetRef(.isolated, index).value, "route_table_id": routeTable(table).value]
                    )
                }
            }
            resources += endpointResources(routeTables: privateTables)
            if let flowLogs {
                let group = flowLogGroup(flowLogs)
                add(
                    "aws_flow_log",
                    name,
                    [
                        "vpc_id": vpcID.value,
                        "traffic_type": "ALL",
                        "log_destination_type": "cloud-watch-logs",
                        "log_destination": group.arn.value,
                        "iam_role_arn": flowLogRole(group).arn.value,
                        "max_aggregation_interval": 600,
                    ]
                )
            }
            return resources
        }

        /// Gateway endpoints on the private and isolated route tables; interface endpoints in the private subnets
        /// (isolated ones when there are none), behind a group that admits HTTPS from the VPC only.
        private func endpointResources(routeTables: [String]) -> [Resource] {
            guard !endpoints.isEmpty else { return [] }
            var resources: [Resource] = []
            let interfaceSubnets = tiers.contains(.private) ? privateSubnets : isolatedSubnets
            let groupLabel = "\(name)_endpoints"
            let groupID: Ref<ID<SecurityGroup>> = ref("aws_security_group", "id", label: groupLabel)
            if endpoints.contains(where: { if case .interface = $0 { true } else { false } }) {
                resources.append(
                    resource(
                        "aws_security_group",
                        label: groupLabel,
                        [
                            "name": .string("\(name)-endpoints"),
                            "description": .string("Interface endpoints of the \(name) VPC"),
                            "vpc_id": vpcID.value,
                            "tags": ["Name": .string("\(name)-endpoints")],
                        ]
                    )
                )
                resources.append(
                    resource(
                        "aws_vpc_security_group_ingress_rule",
                        label: "\(groupLabel)_from_vpc_tcp_443",
                        [
                            "security_group_id": groupID.value,
                            "ip_protocol": "tcp",
                            "from_port": 443,
                            "to_port": 443,
                            "cidr_ipv4": .string(cidr.description),
                            "description": "HTTPS to AWS APIs from inside the VPC",
                        ]
                    )
                )
            }
            for endpoint in endpoints.sorted(by: { $0.service < $1.service }) {
                let label = "\(name)_\(ResourceAddress.label(from: endpoint.service))"
                var attributes: [String: JSONValue] = [
                    "vpc_id": vpcID.value,
                    "service_name": .string("com.amazonaws.\(region).\(endpoint.service)"),
                    "tags": ["Name": .string("\(name)-\(endpoint.service)")],
                ]
                switch endpoint {
                case .gateway:
                    attributes["vpc_endpoint_type"] = "Gateway"
                    attributes["route_table_ids"] = .array(routeTables.map { routeTable($0).value })
                case .interface:
                    attributes["vpc_endpoint_type"] = "Interface"
                    attributes["private_dns_enabled"] = true
                    attributes["subnet_ids"] = .array(interfaceSubnets.map(\.value))
                    attributes["security_group_ids"] = [groupID.value]
                }
                resources.append(resource("aws_vpc_endpoint", label: label, attributes))
            }
            return resources
        }

        private func flowLogGroup(_ settings: FlowLogs) -> Logs.LogGroup {
            Logs.LogGroup(
                "\(name)_flow_logs",
                name: "/vpc/\(name)/flow-logs",
                retentionDays: settings.retentionDays,
                kmsKey: settings.kmsKey
            ).declared(at: location)
        }

        /// A role that may write only to the flow-log group.
        private func flowLogRole(_ group: Logs.LogGroup) -> IAM.Role {
            IAM.Role(
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
                ]
            ).declared(at: location)
        }

        public var parts: [any Construct] {
            guard let flowLogs else { return [] }
            let group = flowLogGroup(flowLogs)
            return [group, flowLogRole(group)]
        }
    }
}
