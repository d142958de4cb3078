import InfraCore

extension ELB {
    /// TLS policies for HTTPS listeners, newest first; the names are AWS's.
    public enum TLSPolicy: String, Hashable, Sendable, Codable, CaseIterable {
        case tls13_2021_06 = "ELBSecurityPolicy-TLS13-1-2-2021-06"
        case tls13_res_2021_06 = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
        case fs_1_2_res_2020_10 = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
        case legacy_2016_08 = "ELBSecurityPolicy-2016-08"
    }

    /// An internet-facing Application Load Balancer with an HTTPS listener (unknown hosts get a 404) and an HTTP
    /// listener that only redirects to HTTPS. Invalid headers are dropped; deletion protection is a parameter so that
    /// non-production environments can be torn down.
    public struct ApplicationLoadBalancer: Construct {
        public let label: String
        public let name: String
        public let subnets: [Ref<RefKind.ID>]
        public let securityGroups: [Ref<RefKind.ID>]
        public let certificateARN: String
        public let additionalCertificateARNs: [String]
        public let tlsPolicy: TLSPolicy
        public let deletionProtection: Bool
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(
            _ label: String,
            name: String,
            subnets: [Ref<RefKind.ID>],
            securityGroups: [Ref<RefKind.ID>],
            certificateARN: String,
            additionalCertificateARNs: [String] = [],
            tlsPolicy: TLSPolicy = .tls13_2021_06,
            deletionProtection: Bool,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.certificateARN = certificateARN
            self.additionalCertificateARNs = additionalCertificateARNs
            self.tlsPolicy = tlsPolicy
            self.deletionProtection = deletionProtection
            self.location = .swift(filePath: file, line: line)
        }

        private var address: ResourceAddress { ResourceAddress(type: "aws_lb", name: label) }

        public var arn: Ref<RefKind.ARN> { Ref(address, "arn") }
        public var arnSuffix: Ref<RefKind.ARNSuffix> { Ref(address, "arn_suffix") }
        public var dnsName: Ref<RefKind.Hostname> { Ref(address, "dns_name") }
        public var zoneID: Ref<RefKind.ZoneID> { Ref(address, "zone_id") }

        /// The address of the HTTPS listener, for resources that must wait for it.
        public var httpsListenerAddress: ResourceAddress {
            ResourceAddress(type: "aws_lb_listener", name: "\(label)_https")
        }

        public var httpsListener: Ref<RefKind.ARN> { Ref(httpsListenerAddress, "arn") }

        public func expand() -> [Resource] {
            var resources = [
                Resource(
                    "aws_lb",
                    label,
                    [
                        "name": .string(name),
                        "load_balancer_type": "application",
                        "internal": false,
                        "subnets": .array(subnets.map(\.value)),
                        "security_groups": .array(securityGroups.map(\.value)),
                        "drop_invalid_header_fields": true,
                        "enable_deletion_protection": .bool(deletionProtection),
                    ],
                    location: location
                ),
                Resource(
                    "aws_lb_listener",
                    "\(label)_https",
                    [
                        "load_balancer_arn": arn.value,
                        "port": 443,
                        "protocol": "HTTPS",
                        "ssl_policy": .string(tlsPolicy.rawValue),
                        "certificate_arn": .string(certificateARN),
                        "default_action": [
                            [
                                "type": "fixed-response",
                                "fixed_response": [
                                    ["content_type": "text/plain", "message_body": "Not found", "status_code": "404"]
                                ],
                            ]
                        ],
                    ],
                    location: location
                ),
                Resource(
                    "aws_lb_listener",
                    "\(label)_http",
                    [
                        "load_balancer_arn": arn.value,
                        "port": 80,
                        "protocol": "HTTP",
                        "default_action": [
                            [
                                "type": "redirect",
                                "redirect": [["port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"]],
                            ]
                        ],
                    ],
                    location: location
                ),
            ]
            for (index, certificate) in additionalCertificateARNs.enumerated() {
                resources.append(
                    Resource(
                        "aws_lb_listener_certificate",
                        "\(label)_https_\(index + 1)",
                        ["listener_arn": httpsListener.value, "certificate_arn": .string(certificate)],
                        location: location
                    )
                )
            }
            return resources
        }
    }
}
