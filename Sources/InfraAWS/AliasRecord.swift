import InfraCore

extension Route53 {
    /// An `A` alias record pointing a name at a load balancer (or anything else with a DNS name and zone id).
    public struct AliasRecord: Construct {
        public let label: String
        public let zoneID: String
        public let name: String
        public let targetDNSName: Ref<RefKind.Hostname>
        public let targetZoneID: Ref<RefKind.ZoneID>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            zoneID: String,
            name: String,
            target dnsName: Ref<RefKind.Hostname>,
            targetZone: Ref<RefKind.ZoneID>,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.zoneID = zoneID
            self.name = name
            self.targetDNSName = dnsName
            self.targetZoneID = targetZone
            self.location = .swift(filePath: file, line: line)
        }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_route53_record",
                    label,
                    [
                        "zone_id": .string(zoneID),
                        "name": .string(name),
                        "type": "A",
                        "alias": [
                            [
                                "name": targetDNSName.value,
                                "zone_id": targetZoneID.value,
                                "evaluate_target_health": true,
                            ]
                        ],
                    ],
                    location: location
                )
            ]
        }
    }
}
