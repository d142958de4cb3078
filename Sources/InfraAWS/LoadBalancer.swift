import InfraCore

extension ELB {
    /// TLS policies for HTTPS listeners, newest first; the names are AWS's.
    public enum TLSPolicy: String, Hashable, Sendable, Codable, CaseIterable {
        case tls13_2021_06 = "ELBSecurityPolicy-TLS13-1-2-2021-06"
        case tls13_res_2021_06 = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
        case fs_1_2_res_2020_10 = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
        case legacy_2016_08 = "ELBSecurityPolicy-2016-08"
    }

    /// An Application Load Balancer with an HTTPS listener (several certificates by SNI; unmatched requests get the
    /// default action, a 404 unless told otherwise) and an HTTP listener that only redirects to HTTPS. Invalid
    /// headers are dropped; deletion protection is a parameter so that non-production environments can be torn down.
    public struct ApplicationLoadBalancer: Construct, Hashable, Route53.AliasTarget {
        /// Who can reach the load balancer.
        public enum Scheme: Hashable, Sendable {
            case internetFacing
            case `internal`
        }

        /// Where access logs go: a bucket whose policy lets ELB log delivery write (`S3.PrivateBucket(allow:)`).
        public struct AccessLogs: Hashable, Sendable {
            public var bucket: S3.PrivateBucket
            public var prefix: String

            public init(bucket: S3.PrivateBucket, prefix: String) {
                self.bucket = bucket
                self.prefix = prefix
            }
        }

        public var declaration: Declaration
        public let name: String
        public let scheme: Scheme
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let certificates: [Ref<ARN<ACM.Certificate>>]
        public let tlsPolicy: TLSPolicy
        public let idleTimeoutSeconds: Int
        public let defaultAction: Action
        public let accessLogs: AccessLogs?
        public let deletionProtection: Bool

        /// - Parameters:
        ///   - name: at most 32 characters of letters, digits and hyphens.
        ///   - certificates: the first is the listener's default; the others are added for SNI.
        ///   - idleTimeoutSeconds: 1–4000; raise it for long-lived WebSocket connections.
        ///   - defaultAction: what requests no rule matches get.
        public init(
            _ label: String,
            name: String,
            scheme: Scheme = .internetFacing,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            certificates: [Ref<ARN<ACM.Certificate>>],
            tlsPolicy: TLSPolicy = .tls13_2021_06,
            idleTimeoutSeconds: Int = 60,
            defaultAction: Action = .fixedResponse(status: 404, body: "Not found"),
            accessLogs: AccessLogs? = nil,
            deletionProtection: Bool,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.scheme = scheme
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.certificates = certificates
            self.tlsPolicy = tlsPolicy
            self.idleTimeoutSeconds = idleTimeoutSeconds
            self.defaultAction = defaultAction
            self.accessLogs = accessLogs
            self.deletionProtection = deletionProtection
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<ApplicationLoadBalancer>> { ref("aws_lb", "arn") }
        public var arnSuffix: Ref<ARNSuffix<ApplicationLoadBalancer>> { ref("aws_lb", "arn_suffix") }
        public var dnsName: Ref<Hostname> { ref("aws_lb", "dns_name") }
        public var zoneID: Ref<HostedZoneID> { ref("aws_lb", "zone_id") }

        /// The HTTPS listener, where rules are added.
        public var httpsListener: Ref<ARN<Listener>> { ref("aws_lb_listener", "arn", label: "\(label)_https") }

        /// Both listeners, for resources that need the load balancer fully set up.
        public var listenerDependencies: [Reference] {
            [
                dependency("aws_lb_listener", label: "\(label)_https"),
                dependency("aws_lb_listener", label: "\(label)_http"),
            ]
        }

        public func expand() -> [Resource] {
            var balancer: [String: JSONValue] = [
                "name": .string(name),
                "load_balancer_type": "application",
                "internal": .bool(scheme == .internal),
                "subnets": .array(subnets.map(\.value)),
                "security_groups": .array(securityGroups.map(\.id.value)),
                "drop_invalid_header_fields": true,
                "idle_timeout": .int(idleTimeoutSeconds),
                "enable_deletion_protection": .bool(deletionProtection),
            ]
            if let accessLogs {
                balancer["access_logs"] = [
                    [
                        "bucket": accessLogs.bucket.bucketName.value, "prefix": .string(accessLogs.prefix),
                        "enabled": true,
                    ]
                ]
            }
            var resources = [
                resource("aws_lb", balancer),
                resource(
                    "aws_lb_listener",
                    label: "\(label)_https",
                    [
                        "load_balancer_arn": arn.value,
                        "port": 443,
                        "protocol": "HTTPS",
                        "ssl_policy": .string(tlsPolicy.rawValue),
                        "certificate_arn": certificates.first?.value ?? .null,
                        "default_action": [defaultAction.json],
                    ]
                ),
                resource(
                    "aws_lb_listener",
                    label: "\(label)_http",
                    [
                        "load_balancer_arn": arn.value,
                        "port": 80,
                        "protocol": "HTTP",
                        "default_action": [Action.redirectToHTTPS.json],
                    ]
                ),
            ]
            for (index, certificate) in certificates.dropFirst().enumerated() {
                resources.append(
                    resource(
                        "aws_lb_listener_certificate",
                        label: "\(label)_https_\(index + 1)",
                        ["listener_arn": httpsListener.value, "certificate_arn": certificate.value]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            guard certificates.isEmpty else { return [] }
            return [
                problem(
                    "load balancer `\(name)` has an HTTPS listener but no certificate",
                    hint: "pass `certificates: [.existing(arn)]` from the environment settings"
                )
            ]
        }
    }
}
