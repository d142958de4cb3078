import InfraCore

/// The statements of an IAM policy document, reduced to what rules ask about.
struct PolicyStatements: Equatable {
    var sid: String
    var effect: String
    var actions: [String]
    var resources: [String]

    func allows(_ action: String) -> Bool {
        effect == "Allow"
            && actions.contains { pattern in
                pattern == "*" || pattern.lowercased() == action.lowercased()
                    || (pattern.hasSuffix("*") && action.lowercased().hasPrefix(pattern.dropLast().lowercased()))
            }
    }

    /// The statements of a resource's `policy` (read once per document).
    static func parse(_ resource: ResourceView) -> [PolicyStatements] {
        statements(of: resource.embeddedJSON("policy"))
    }

    static func parse(_ value: JSONValue?) -> [PolicyStatements] {
        statements(of: EmbeddedJSON.parse(value))
    }

    /// One IAM policy a resource writes: where it is written, and its statements.
    struct Written: Equatable {
        /// The attribute path, e.g. `policy` or `inline_policy[0].policy`.
        var attribute: String
        var statements: [PolicyStatements]
    }

    /// Every IAM policy a resource writes, wherever it is written: its `policy` (a JSON string, `jsonencode` output,
    /// or a reference to a `data.aws_iam_policy_document` of the same file), and on a role each `inline_policy`.
    ///
    /// IAM rules read policies only through here, so a grant is found whichever way a file spells it: cdktf and
    /// hand-written Terraform mostly use policy-document data sources and inline policies, infragen renders JSON.
    static func written(by resource: ResourceView) -> [Written] {
        // The document index read the policies of its own resources once; a view of another body reads them here.
        if let known = resource.document.policies(of: resource) { return known }
        return written(
            attributes: resource.attributes,
            type: resource.type,
            policy: resource.embeddedJSON("policy"),
            dataSources: resource.document.dataSources
        )
    }

    /// `written(by:)` from what it reads of a resource: its attributes, its type as rules know it, its parsed
    /// `policy`, and the document's data sources. The document index reads each policy resource's policies once this
    /// way, so that the four IAM rules that read them do not each read them again.
    static func written(
        attributes: [String: JSONValue],
        type: String,
        policy: @autoclosure () -> JSONValue?,
        dataSources: [ResourceAddress: [String: JSONValue]]
    ) -> [Written] {
        /// The statements of a policy value; a reference to a policy-document data source reads its `statement`
        /// blocks.
        func statements(of value: JSONValue?) -> [PolicyStatements] {
            if let name = policyDocumentName(in: value),
                let body = dataSources[ResourceAddress(type: "aws_iam_policy_document", name: name)]
            {
                return statementBlocks(of: body)
            }
            // The top-level `policy` is parsed once per document (`DocumentIndex.embedded(of:)`).
            return Self.statements(of: attributes["policy"] == value ? policy() : EmbeddedJSON.parse(value))
        }
        var found: [Written] = []
        if attributes["policy"] != nil {
            found.append(Written(attribute: "policy", statements: statements(of: attributes["policy"])))
        }
        if type == "aws_iam_role" {
            for (index, block) in (attributes["inline_policy"]?.blocks ?? []).enumerated() {
                found.append(
                    Written(attribute: "inline_policy[\(index)].policy", statements: statements(of: block["policy"]))
                )
            }
        }
        return found
    }

    /// The statements of an `aws_iam_policy_document` data source: `statement` blocks with `sid`, `effect`,
    /// `actions` and `resources`.
    static func statementBlocks(of body: [String: JSONValue]) -> [PolicyStatements] {
        (body["statement"]?.blocks ?? []).enumerated().map { index, block in
            PolicyStatements(
                sid: block["sid"]?.templateText ?? "#\(index)",
                effect: block["effect"]?.templateText ?? "Allow",
                actions: strings(block["actions"]),
                resources: strings(block["resources"])
            )
        }
    }

    /// `NAME` when the value is `${data.aws_iam_policy_document.NAME.json}` (or `.minified_json`).
    static func policyDocumentName(in value: JSONValue?) -> String? {
        guard case .expression(let text)? = value else { return nil }
        let marker = "data.aws_iam_policy_document."
        guard ByteSearch.contains(text, marker), let start = text.firstRange(of: marker)?.upperBound else { return nil }
        let name = text[start...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return name.isEmpty ? nil : String(name)
    }

    private static func statements(of parsed: JSONValue?) -> [PolicyStatements] {
        guard let document = parsed else { return [] }
        let statements = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
        return statements.enumerated().map { index, statement in
            PolicyStatements(
                sid: statement["Sid"]?.templateText ?? "#\(index)",
                effect: statement["Effect"]?.templateText ?? "Allow",
                actions: strings(statement["Action"]),
                resources: strings(statement["Resource"])
            )
        }
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .some(.array(let elements)): elements.compactMap(\.templateText)
        case .some(let single): single.templateText.map { [$0] } ?? []
        case nil: []
        }
    }
}
