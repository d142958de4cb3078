import InfraCore

extension Route53 {
    /// Anything a Route 53 alias can point at: a load balancer, an accelerator, a CloudFront distribution.
    public protocol AliasTarget: Sendable {
        var dnsName: Ref<Hostname> { get }
        var zoneID: Ref<HostedZoneID> { get }
    }

    /// An `A` alias record pointing a name at a load balancer (or anything else with a DNS name and zone id).
    public struct AliasRecord: Construct {
        public var declaration: Declaration
        public let zone: Ref<ID<HostedZone>>
        public let name: String
        public let targetDNSName: Ref<Hostname>
        public let targetZoneID: Ref<HostedZoneID>

        /// - Parameters:
        ///   - zone: the hosted zone, usually `.existing(id)` from the environment settings.
        ///   - name: the record name, e.g. `api.example.org`.
        ///   - target: what the name resolves to.
        public init(
            _ label: String,
            zone: Ref<ID<HostedZone>>,
            name: String,
            target: some AliasTarget,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.zone = zone
            self.name = name
            self.targetDNSName = target.dnsName
            self.targetZoneID = target.zoneID
            self.declaration = Declaration(label, file: file, line: line)
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_route53_record",
                    [
                        "zone_id": zone.value,
                        "name": .string(name),
                        "type": "A",
                        "alias": [
                            [
                                "name": targetDNSName.value,
                                "zone_id": targetZoneID.value,
                                "evaluate_target_health": true,
                            ]
                        ],
                    ]
                )
            ]
        }
    }
}
