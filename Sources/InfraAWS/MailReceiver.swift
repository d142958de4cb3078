import InfraCore

extension SES {
    /// Receiving email for a domain with SES and storing each message in S3: the verified domain identity, a receipt
    /// rule set made active, and one rule that requires TLS from sending servers, scans for spam and viruses, and
    /// writes the mail under a prefix of a private bucket.
    ///
    /// The bucket must let `ses.amazonaws.com` put objects under that prefix (`S3.PrivateBucket(writers: [.ses(…)])`);
    /// SES checks the bucket policy when the rule is created, so the rule waits for it. A region has one active rule
    /// set, so a stack should have one receiver per region. Email receiving exists only in some regions (us-east-1,
    /// us-east-2, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-central-1, ap-southeast-1/2/3, ap-northeast-1);
    /// elsewhere pass `provider:` naming an aliased provider in one of them.
    ///
    /// With a hosted zone, the receiver also writes the `_amazonses` TXT record that verifies the domain and the MX
    /// record that sends the domain's mail to SES.
    public struct MailReceiver: Construct, Hashable {
        public var declaration: Declaration
        public let domain: String
        public let ruleSetName: String
        public let ruleName: String
        public let recipients: [String]
        public let bucket: S3.PrivateBucket
        public let prefix: String
        public let region: String
        public let zone: Ref<ID<Route53.HostedZone>>?
        public let provider: String?

        /// - Parameters:
        ///   - domain: the domain whose mail is received, e.g. `chat.example.org`.
        ///   - recipients: addresses or domains the rule applies to; empty means every recipient of the domain.
        ///   - bucket: where messages are stored, under `prefix`.
        ///   - region: the receiving region (for the MX record's `inbound-smtp.<region>.amazonaws.com`).
        ///   - zone: the domain's hosted zone, for the verification and MX records; `nil` when DNS is elsewhere.
        ///   - provider: an aliased provider in a receiving region, when the stack's region has no receiving.
        public init(
            _ label: String,
            domain: String,
            ruleSetName: String,
            ruleName: String,
            recipients: [String],
            bucket: S3.PrivateBucket,
            prefix: String,
            region: String,
            zone: Ref<ID<Route53.HostedZone>>? = nil,
            provider: String? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.domain = domain
            self.ruleSetName = ruleSetName
            self.ruleName = ruleName
            self.recipients = recipients
            self.bucket = bucket
            self.prefix = prefix
            self.region = region
            self.zone = zone
            self.provider = provider
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var identityARN: Ref<ARN<MailReceiver>> { ref("aws_ses_domain_identity", "arn") }
        private var verificationToken: Ref<Opaque> { ref("aws_ses_domain_identity", "verification_token") }
        private var ruleSet: Ref<Name<MailReceiver>> { ref("aws_ses_receipt_rule_set", "rule_set_name") }

        private func withProvider(_ attributes: [String: JSONValue]) -> [String: JSONValue] {
            guard let provider else { return attributes }
            var copy = attributes
            copy["provider"] = .string(provider)
            return copy
        }

        public func expand() -> [Resource] {
            var rule: [String: JSONValue] = [
                "name": .string(ruleName),
                "rule_set_name": ruleSet.value,
                "enabled": true,
                "scan_enabled": true,
                "tls_policy": "Require",
                "s3_action": [
                    [
                        "bucket_name": bucket.bucketName.value,
                        "object_key_prefix": .string(prefix),
                        "position": 1,
                    ]
                ],
            ]
            if !recipients.isEmpty { rule["recipients"] = .strings(recipients) }
            var resources = [
                resource("aws_ses_domain_identity", withProvider(["domain": .string(domain)])),
                resource("aws_ses_receipt_rule_set", withProvider(["rule_set_name": .string(ruleSetName)])),
                resource("aws_ses_active_receipt_rule_set", withProvider(["rule_set_name": ruleSet.value])),
                resource(
                    "aws_ses_receipt_rule",
                    withProvider(rule),
                    dependsOn: [
                        bucket.dependency("aws_s3_bucket_policy"),
                        dependency("aws_ses_active_receipt_rule_set"),
                    ]
                ),
            ]
            if let zone {
                resources.append(
                    resource(
                        "aws_route53_record",
                        label: "\(label)_verification",
                        [
                            "zone_id": zone.value,
                            "name": .string("_amazonses.\(domain)"),
                            "type": "TXT",
                            "ttl": 600,
                            "records": [verificationToken.value],
                        ]
                    )
                )
                resources.append(
                    resource(
                        "aws_route53_record",
                        label: "\(label)_mx",
                        [
                            "zone_id": zone.value,
                            "name": .string(domain),
                            "type": "MX",
                            "ttl": 600,
                            "records": [.string("10 inbound-smtp.\(region).amazonaws.com")],
                        ]
                    )
                )
            }
            return resources
        }

        public var problems: [Diagnostic] {
            let allowed = bucket.writers.contains { $0.principal == "ses.amazonaws.com" && prefix.hasPrefix($0.prefix) }
            guard !allowed else { return [] }
            return [
                problem(
                    "mail receiver `\(domain)` stores mail in bucket `\(bucket.bucket)` under `\(prefix)`, but the bucket does not let SES write there",
                    hint: "declare the bucket with `writers: [.ses(prefix: \"\(prefix)\", accountID: …)]`"
                )
            ]
        }
    }
}
