import InfraCore

extension WAFv2 {
    /// A regional WAFv2 web ACL in front of load balancers, with the three rules a public API needs first:
    /// addresses on an allow-list pass untouched (partners, monitoring), requests from blocked countries are refused,
    /// and any single client address above a request rate is blocked for a while. Everything else is allowed.
    ///
    /// The ACL makes its IP set and one association per protected load balancer, and sends metrics and sampled
    /// requests to CloudWatch for every rule, so a block can be explained after the fact.
    public struct WebACL: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let allowedAddresses: [String]
        public let blockedCountries: [String]
        public let rateLimit: Int
        public let rateWindowSeconds: Int
        public let protects: [ELB.ApplicationLoadBalancer]

        /// - Parameters:
        ///   - name: 1–128 letters, digits, `_` and `-`.
        ///   - allowedAddresses: IPv4 CIDR ranges that skip the other rules (an empty set is allowed).
        ///   - blockedCountries: ISO 3166 alpha-2 codes whose requests are blocked.
        ///   - rateLimit: requests per client address per `rateWindowSeconds` (10–2,000,000,000) before blocking.
        ///   - rateWindowSeconds: 60, 120, 300 or 600.
        ///   - protects: the load balancers the ACL is associated with.
        public init(
            _ label: String,
            name: String,
            description: String,
            allowedAddresses: [String],
            blockedCountries: [String],
            rateLimit: Int,
            rateWindowSeconds: Int = 300,
            protects: [ELB.ApplicationLoadBalancer],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.allowedAddresses = allowedAddresses
            self.blockedCountries = blockedCountries
            self.rateLimit = rateLimit
            self.rateWindowSeconds = rateWindowSeconds
            self.protects = protects
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<WebACL>> { ref("aws_wafv2_web_acl", "arn") }

        private var allowListARN: Ref<ARN<WebACL>> { ref("aws_wafv2_ip_set", "arn", label: "\(label)_allow_list") }

        private func visibility(_ metric: String) -> JSONValue {
            [
                [
                    "cloudwatch_metrics_enabled": true,
                    "metric_name": .string(metric),
                    "sampled_requests_enabled": true,
                ]
            ]
        }

        private func rule(_ name: String, priority: Int, action: String, statement: JSONValue) -> JSONValue {
            [
                "name": .string(name),
                "priority": .int(priority),
                "action": [.object([action: [[:]]])],
                "statement": [statement],
                "visibility_config": visibility("\(self.name)-\(name)"),
            ]
        }

        public func expand() -> [Resource] {
            var rules: [JSONValue] = [
                rule(
                    "allow-list",
                    priority: 0,
                    action: "allow",
                    statement: ["ip_set_reference_statement": [["arn": allowListARN.value]]]
                )
            ]
            if !blockedCountries.isEmpty {
                rules.append(
                    rule(
                        "geo-block",
                        priority: 1,
                        action: "block",
                        statement: ["geo_match_statement": [["country_codes": .strings(blockedCountries)]]]
                    )
                )
            }
            rules.append(
                rule(
                    "rate-limit",
                    priority: 2,
                    action: "block",
                    statement: [
                        "rate_based_statement": [
                            [
                                "limit": .int(rateLimit),
                                "evaluation_window_sec": .int(rateWindowSeconds),
                                "aggregate_key_type": "IP",
                            ]
                        ]
                    ]
                )
            )
            var resources = [
                resource(
                    "aws_wafv2_ip_set",
                    label: "\(label)_allow_list",
                    [
                        "name": .string("\(name)-allow-list"),
                        "description": .string("Addresses that bypass the geo block and the rate limit of \(name)"),
                        "scope": "REGIONAL",
                        "ip_address_version": "IPV4",
                        "addresses": .strings(allowedAddresses),
                    ]
                ),
                resource(
                    "aws_wafv2_web_acl",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "scope": "REGIONAL",
                        "default_action": [["allow": [[:]]]],
                        "rule": .array(rules),
                        "visibility_config": visibility(name),
                    ]
                ),
            ]
            for balancer in protects {
                resources.append(
                    resource(
                        "aws_wafv2_web_acl_association",
                        label: "\(label)_\(balancer.label)",
                        ["resource_arn": balancer.arn.value, "web_acl_arn": arn.value]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            var problems: [Diagnostic] = []
            if ![60, 120, 300, 600].contains(rateWindowSeconds) {
                problems.append(
                    problem(
                        "web ACL `\(name)` counts requests over \(rateWindowSeconds) s; WAF accepts 60, 120, 300 or 600",
                        hint: "use one of 60, 120, 300, 600"
                    )
                )
            }
            if rateLimit < 10 {
                problems.append(
                    problem(
                        "web ACL `\(name)` has a rate limit of \(rateLimit); WAF's minimum is 10",
                        hint: "use a limit of at least 10 requests per window"
                    )
                )
            }
            for country in blockedCountries
            where country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                problems.append(
                    problem(
                        "web ACL `\(name)` blocks `\(country)`, which is not an ISO 3166 alpha-2 country code",
                        hint: "write two upper-case letters, e.g. `KP`"
                    )
                )
            }
            return problems
        }
    }
}
