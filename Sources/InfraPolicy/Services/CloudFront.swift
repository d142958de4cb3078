import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let cloudFrontHTTPS: RuleID = "CFD001"
    public static let cloudFrontLogging: RuleID = "CFD003"
    public static let cloudFrontOriginHTTPS: RuleID = "CFD005"
    public static let cloudFrontTLSVersion: RuleID = "CFD004"
    public static let cloudFrontWAF: RuleID = "CFD002"
}

/// CloudFront distributions. infragen's stacks render none, but a website in cdktf or Wing output is usually one.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum CloudFrontRules {
    static let all: [Rule] = security + limits

    /// The cache behaviours of a distribution: the default one and every ordered one, with their attribute paths.
    static func behaviours(_ resource: ResourceView) -> [(path: String, block: [String: JSONValue])] {
        var found: [(String, [String: JSONValue])] = []
        if let block = resource.block("default_cache_behavior") { found.append(("default_cache_behavior", block)) }
        for (index, block) in (resource["ordered_cache_behavior"]?.blocks ?? []).enumerated() {
            found.append(("ordered_cache_behavior[\(index)]", block))
        }
        return found
    }

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .cloudFrontHTTPS,
            family: .security,
            severity: .warning,
            title: "CloudFront serves viewers over HTTPS",
            rationale:
                "`allow-all` lets viewers fetch pages and send cookies over plain HTTP, where anyone on the path can read or change them.",
            remediation:
                "set `viewer_protocol_policy = \"redirect-to-https\"` (or `https-only`) on every cache behaviour",
            checkov: ["CKV_AWS_34"],
            resourceTypes: ["aws_cloudfront_distribution"],
            check: { resource in
                CloudFrontRules.behaviours(resource).compactMap { path, block in
                    AttributeValue.text(block["viewer_protocol_policy"]).isKnown("allow-all")
                        ? Violation("\(path).viewer_protocol_policy", "viewers may use plain HTTP") : nil
                }
            }
        ),
        Rule(
            .cloudFrontWAF,
            family: .security,
            severity: .warning,
            title: "Production CloudFront distributions have a WAF web ACL",
            rationale:
                "A web ACL in front of the distribution filters common attacks (SQL injection, bad bots, floods) before they reach the origin.",
            remediation: "set `web_acl_id` to a WAFv2 web ACL of scope CLOUDFRONT (in us-east-1)",
            scope: .production,
            checkov: ["CKV_AWS_68"],
            resourceTypes: ["aws_cloudfront_distribution"],
            check: { resource in
                let acl = AttributeValue.text(resource["web_acl_id"])
                return acl == .absent || acl.isKnown("") ? [Violation("web_acl_id", "no WAF web ACL")] : []
            }
        ),
        Rule(
            .cloudFrontLogging,
            family: .security,
            severity: .note,
            title: "CloudFront distributions log requests",
            rationale: "Standard logs record every viewer request, which is what answers who fetched what.",
            remediation: "set `logging_config { bucket = … }` (or a CloudWatch log delivery)",
            checkov: ["CKV_AWS_86"],
            resourceTypes: ["aws_cloudfront_distribution"],
            check: { resource in
                let config = resource["logging_config"]
                let bucket = AttributeValue.text(AttributeValue.member("bucket", of: config))
                return bucket == .absent || bucket.isKnown("")
                    ? [Violation("logging_config", "requests are not logged")] : []
            }
        ),
        Rule(
            .cloudFrontTLSVersion,
            family: .security,
            severity: .note,
            title: "CloudFront viewers need TLS 1.2 or later",
            rationale:
                "TLS 1.0 and 1.1 have known weaknesses; the default *.cloudfront.net certificate always allows TLS 1.0, so a minimum version needs a certificate of your own.",
            remediation:
                "use an ACM certificate (`acm_certificate_arn`) with `minimum_protocol_version = \"TLSv1.2_2021\"`",
            checkov: ["CKV_AWS_174"],
            resourceTypes: ["aws_cloudfront_distribution"],
            check: { resource in
                guard let certificate = resource.block("viewer_certificate") else { return [] }
                if AttributeValue.boolean(certificate["cloudfront_default_certificate"]).isKnown(true) {
                    return [Violation("viewer_certificate", "the default certificate allows TLS 1.0")]
                }
                let minimum = AttributeValue.text(certificate["minimum_protocol_version"])
                let ownCertificate =
                    certificate["acm_certificate_arn"] != nil || certificate["iam_certificate_id"] != nil
                if minimum == .absent && ownCertificate {
                    return [Violation("viewer_certificate.minimum_protocol_version", "the minimum defaults to TLSv1")]
                }
                guard let version = minimum.value else { return [] }
                return version.hasPrefix("TLSv1.2") || version.hasPrefix("TLSv1.3")
                    ? []
                    : [Violation("viewer_certificate.minimum_protocol_version", "viewers may use \(version)")]
            }
        ),
        Rule(
            .cloudFrontOriginHTTPS,
            family: .security,
            severity: .warning,
            title: "CloudFront reaches custom origins over HTTPS",
            rationale:
                "With `origin_protocol_policy = \"http-only\"` CloudFront fetches from the origin in plain text across the internet, whatever the viewer used, so what HTTPS protected at the edge is readable on the way to the origin. An S3 website endpoint, which speaks HTTP only, is not reported.",
            remediation:
                "set `origin_protocol_policy = \"https-only\"` in the origin's `custom_origin_config`, with `origin_ssl_protocols = [\"TLSv1.2\"]`",
            checkov: ["CKV2_AWS_72"],
            resourceTypes: ["aws_cloudfront_distribution"],
            check: { CloudFrontRules.plainTextOrigins($0) }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = []
}

extension CloudFrontRules {
    /// The custom origins a distribution reaches in plain text: `http-only`, or `match-viewer` where a cache behaviour
    /// of the origin lets viewers use HTTP (`allow-all`), and origins that accept SSLv3.
    static func plainTextOrigins(_ resource: ResourceView) -> [Violation] {
        let behaviours = behaviours(resource)
        var found: [Violation] = []
        for (index, origin) in (resource["origin"]?.blocks ?? []).enumerated() {
            guard let config = origin["custom_origin_config"]?.firstBlock else { continue }
            let id = AttributeValue.string(origin["origin_id"]) ?? "#\(index)"
            // S3 website endpoints serve HTTP only; the fix there is another kind of origin, not this setting.
            if let domain = AttributeValue.string(origin["domain_name"]), domain.contains(".s3-website") { continue }
            let path = "origin[\(index)].custom_origin_config"
            switch AttributeValue.text(config["origin_protocol_policy"]) {
            case .known("http-only"):
                found.append(Violation("\(path).origin_protocol_policy", "origin `\(id)` is reached over plain HTTP"))
            case .known("match-viewer"):
                let plainViewers = behaviours.contains { _, block in
                    AttributeValue.string(block["target_origin_id"]) == id
                        && AttributeValue.text(block["viewer_protocol_policy"]).isKnown("allow-all")
                }
                if plainViewers {
                    found.append(
                        Violation(
                            "\(path).origin_protocol_policy",
                            "origin `\(id)` is reached over plain HTTP when a viewer uses HTTP (match-viewer)"
                        )
                    )
                }
            default: break
            }
            if AttributeValue.strings(config["origin_ssl_protocols"])?.contains("SSLv3") == true {
                found.append(Violation("\(path).origin_ssl_protocols", "origin `\(id)` accepts SSLv3"))
            }
        }
        return found
    }
}
