import InfraCore

/// One Allow statement of a resource-based policy (a role's trust policy, a bucket policy), reduced to what the rules
/// ask: whom it lets in, and on which conditions. The policy is read as JSON, or from the `aws_iam_policy_document`
/// data source it references, as cdktf and hand-written Terraform mostly write it.
struct PrincipalStatement {
    /// The federated principals (OIDC and SAML providers), as written.
    var federated: [JSONValue]
    /// Whether the statement names every principal: `"Principal": "*"`, or `*` among its AWS principals.
    var everyone: Bool
    /// The condition keys with their values; a `nil` key or values: written as an expression, known only at plan.
    var conditions: [(key: String?, values: [String]?)]
    /// The account, role, user and service principals written as literals (`AWS` and `Service`).
    var named: [String] = []

    /// Whether the statement lets everyone in: it names every principal, and no condition limits the caller by one of
    /// `limitingKeys` (lower case; IAM compares keys without case). A condition key known only at plan may well be
    /// one of them, so it counts as limiting.
    func admitsEveryone(unlessConditionedOn limitingKeys: Set<String>) -> Bool {
        everyone && !conditions.contains { $0.key.map { limitingKeys.contains($0.lowercased()) } ?? true }
    }

    /// Condition keys that make a statement granting `*` non-public: they fix the caller's account, organization,
    /// ARN, network or source ("The meaning of public" in the S3 user guide; IAM Access Analyzer reads queue and topic
    /// policies the same way). Lower case.
    static let callerLimitingKeys: Set<String> = [
        "aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths", "aws:sourceaccount",
        "aws:sourcearn", "aws:sourceip", "aws:sourceowner", "aws:sourcevpc", "aws:sourcevpce", "aws:userid",
    ]

    /// What a resource policy (a queue's, a topic's, a key's) that lets anyone in gets from its rule: one finding at
    /// `policy`, naming the `noun` ("queue", "topic") anyone may use; `limitingKeys` are the condition keys that limit
    /// the caller, the service's own among them. A policy known only at plan is not reported.
    static func publicPolicyViolations(
        of resource: ResourceView,
        noun: String,
        limitingKeys: Set<String> = callerLimitingKeys
    ) -> [Violation] {
        guard let statements = statements(of: resource, in: "policy"),
            statements.contains(where: { $0.admitsEveryone(unlessConditionedOn: limitingKeys) })
        else { return [] }
        return [
            Violation(
                "policy",
                "the policy lets anyone use the \(noun): it grants `*` with no condition limiting the caller"
            )
        ]
    }

    /// The resource policies a principal is written in, by type: the attribute that holds each.
    static let policyAttributes: [String: String] = [
        "aws_iam_role": "assume_role_policy", "aws_s3_bucket_policy": "policy", "aws_s3_bucket": "policy",
        "aws_sqs_queue_policy": "policy", "aws_sqs_queue": "policy", "aws_sns_topic_policy": "policy",
        "aws_sns_topic": "policy", "aws_kms_key": "policy", "aws_kms_key_policy": "policy",
        "aws_ecr_repository_policy": "policy", "aws_secretsmanager_secret_policy": "policy",
        "aws_secretsmanager_secret": "policy",
    ]

    /// IAM009: principals with a wildcard inside (`arn:aws:iam::111122223333:role/app-*`). IAM matches a principal
    /// as written, never as a pattern, so such a statement lets no one in; `*` alone is everyone, and other rules'.
    static func patternPrincipalViolations(of resource: ResourceView) -> [Violation] {
        guard let attribute = policyAttributes[resource.type],
            let statements = statements(of: resource, in: attribute)
        else { return [] }
        let patterns = statements.flatMap(\.named).filter { principal in
            principal != "*" && !ByteSearch.contains(principal, "${")
                && (ByteSearch.contains(principal, "*") || ByteSearch.contains(principal, "?"))
        }
        guard let first = patterns.first else { return [] }
        let more = patterns.count > 1 ? " (and \(patterns.count - 1) more)" : ""
        return [
            Violation(
                attribute,
                "principal `\(first)`\(more) has a wildcard inside it: IAM matches principals as written, not as "
                    + "patterns, so the statement lets no one in"
            )
        ]
    }

    /// The Allow statements of the policy in `attribute` (`assume_role_policy`, `policy`), or `nil` when the policy
    /// cannot be read before plan.
    static func statements(of resource: ResourceView, in attribute: String) -> [PrincipalStatement]? {
        let policy = resource[attribute]
        if let name = PolicyStatements.policyDocumentName(in: policy),
            let body = resource.document.dataSources[ResourceAddress(type: "aws_iam_policy_document", name: name)]
        {
            return dataSourceStatements(body)
        }
        return resource.embeddedJSON(attribute).map(jsonStatements)
    }

    /// The Allow statements of a JSON policy.
    static func jsonStatements(_ document: JSONValue) -> [PrincipalStatement] {
        let written = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return written.compactMap { statement in
            guard (AttributeValue.string(statement["Effect"]) ?? "Allow") == "Allow" else { return nil }
            let principal = statement["Principal"]
            let federated = principal?["Federated"]
            let everyone =
                AttributeValue.string(principal) == "*"
                || AttributeValue.strings(principal?["AWS"])?.contains("*") == true
            var conditions: [(key: String?, values: [String]?)] = []
            for (_, byKey) in statement["Condition"]?.objectValue ?? [:] {
                for (key, value) in byKey.objectValue ?? [:] {
                    // A key built from an interpolation (`${local.issuer}:sub`) is known only at plan.
                    conditions.append((ByteSearch.contains(key, "${") ? nil : key, AttributeValue.strings(value)))
                }
            }
            return PrincipalStatement(
                federated: federated.map { $0.arrayValue ?? [$0] } ?? [],
                everyone: everyone,
                conditions: conditions,
                named: ["AWS", "Service"].flatMap { AttributeValue.strings(principal?[$0]) ?? [] }
            )
        }
    }

    /// The Allow statements of an `aws_iam_policy_document` data source: `principals` blocks (`type`,
    /// `identifiers`), and `condition` blocks (`test`, `variable`, `values`).
    static func dataSourceStatements(_ body: [String: JSONValue]) -> [PrincipalStatement] {
        (body["statement"]?.blocks ?? []).compactMap { block in
            guard (AttributeValue.string(block["effect"]) ?? "Allow") == "Allow" else { return nil }
            let principals = block["principals"]?.blocks ?? []
            let federated =
                principals
                .filter { AttributeValue.string($0["type"]) == "Federated" }
                .flatMap { $0["identifiers"]?.arrayValue ?? [] }
            let everyone = principals.contains {
                ["AWS", "*"].contains(AttributeValue.string($0["type"]))
                    && AttributeValue.strings($0["identifiers"])?.contains("*") == true
            }
            let conditions = (block["condition"]?.blocks ?? []).map { condition in
                (key: AttributeValue.string(condition["variable"]), values: AttributeValue.strings(condition["values"]))
            }
            let named =
                principals
                .filter { ["AWS", "Service"].contains(AttributeValue.string($0["type"])) }
                .flatMap { AttributeValue.strings($0["identifiers"]) ?? [] }
            return PrincipalStatement(federated: federated, everyone: everyone, conditions: conditions, named: named)
        }
    }
}
