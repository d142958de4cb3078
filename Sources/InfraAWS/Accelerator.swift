import InfraCore

extension GlobalAccelerator {
    /// A Global Accelerator in front of one regional load balancer: two static anycast IPv4 addresses, a TCP listener
    /// on the given ports, and an endpoint group in the load balancer's region with client IP preservation, so the
    /// load balancer, its WAF rules and the services behind it see the real client address (not the accelerator's).
    ///
    /// Global Accelerator is a global service whose control-plane API lives only in us-west-2 (Oregon): its resources
    /// must be managed through a us-west-2 provider. A stack in us-west-2 uses its default provider; any other stack
    /// passes `provider: "aws.us_west_2"` and declares that aliased provider (the limits family checks it). The
    /// endpoint group itself names the load balancer's region.
    ///
    /// The accelerator is a `Route53.AliasTarget`: alias records point at its DNS name and hosted zone.
    public struct Accelerator: Construct, Hashable, Route53.AliasTarget {
        public var declaration: Declaration
        public let name: String
        public let ports: [Int]
        public let loadBalancer: ELB.ApplicationLoadBalancer
        public let region: String
        public let clientAffinity: Bool
        public let provider: String?

        /// - Parameters:
        ///   - name: 1–64 letters, digits and hyphens.
        ///   - ports: TCP ports the listener accepts, e.g. `[443]`; each is forwarded to the same port.
        ///   - loadBalancer: the endpoint; it must be internet-facing or internal in `region`.
        ///   - region: the load balancer's region, for the endpoint group.
        ///   - clientAffinity: send one client's connections to the same endpoint (`SOURCE_IP`).
        ///   - provider: the aliased us-west-2 provider (`aws.us_west_2`) when the stack's region is another one.
        public init(
            _ label: String,
            name: String,
            ports: [Int] = [443],
            loadBalancer: ELB.ApplicationLoadBalancer,
            region: String,
            clientAffinity: Bool = false,
            provider: String? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.ports = ports
            self.loadBalancer = loadBalancer
            self.region = region
            self.clientAffinity = clientAffinity
            self.provider = provider
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Accelerator>> { ref("aws_globalaccelerator_accelerator", "id") }
        public var dnsName: Ref<Hostname> { ref("aws_globalaccelerator_accelerator", "dns_name") }
        public var zoneID: Ref<HostedZoneID> { ref("aws_globalaccelerator_accelerator", "hosted_zone_id") }
        /// The two static anycast addresses.
        public var ipSets: Ref<Opaque> { ref("aws_globalaccelerator_accelerator", "ip_sets") }

        private var listenerARN: Ref<ARN<Accelerator>> {
            ref("aws_globalaccelerator_listener", "id", label: "\(label)_tcp")
        }

        private func withProvider(_ attributes: [String: JSONValue]) -> [String: JSONValue] {
            guard let provider else { return attributes }
            var copy = attributes
            copy["provider"] = .string(provider)
            return copy
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_globalaccelerator_accelerator",
                    withProvider([
                        "name": .string(name),
                        "ip_address_type": "IPV4",
                        "enabled": true,
                    ])
                ),
                resource(
                    "aws_globalaccelerator_listener",
                    label: "\(label)_tcp",
                    withProvider([
                        "accelerator_arn": arn.value,
                        "protocol": "TCP",
                        "client_affinity": clientAffinity ? "SOURCE_IP" : "NONE",
                        "port_range": .array(ports.map { ["from_port": .int($0), "to_port": .int($0)] }),
                    ])
                ),
                resource(
                    "aws_globalaccelerator_endpoint_group",
                    label: "\(label)_\(loadBalancer.label)",
                    withProvider([
                        "listener_arn": listenerARN.value,
                        "endpoint_group_region": .string(region),
                        "traffic_dial_percentage": 100,
                        "endpoint_configuration": [
                            [
                                "endpoint_id": loadBalancer.arn.value,
                                "weight": 100,
                                "client_ip_preservation_enabled": true,
                            ]
                        ],
                    ])
                ),
            ]
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if ports.isEmpty {
                problems.append(problem("accelerator `\(name)` listens on no port", hint: "pass `ports: [443]`"))
            }
            if region != "us-west-2", provider == nil {
                problems.append(
                    problem(
                        "accelerator `\(name)` fronts a load balancer in \(region) but uses the default provider; Global Accelerator is managed only through us-west-2",
                        hint:
                            "declare a provider alias `us_west_2` with region us-west-2 and pass `provider: \"aws.us_west_2\"`"
                    )
                )
            }
            return problems
        }
    }
}
