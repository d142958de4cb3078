import InfraCore

/// The statements of an IAM policy document, reduced to what rules ask about.
struct PolicyStatements: Equatable {
    var sid: String
    var effect: String
    var actions: [String]
    var resources: [String]
    /// `NotAction`: an Allow with it grants every action but these, so it is read as a grant, not skipped.
    var notActions: [String]? = nil
    /// `NotResource`: the statement covers every resource but these.
    var notResources: [String]? = nil

    /// Whether the statement allows `action`: an Allow whose `Action` matches it, or whose `NotAction` does not.
    func allows(_ action: String) -> Bool {
        guard effect == "Allow" else { return false }
        if actions.contains(where: { Self.matches($0, action) }) { return true }
        guard let notActions else { return false }
        return !notActions.contains { Self.matches($0, action) }
    }

    /// Whether the statement allows every action, or every one but a few: `Action: "*"`, or an Allow with `NotAction`.
    var allowsEveryAction: Bool { effect == "Allow" && (actions.contains("*") || notActions != nil) }

    /// The resources the statement covers, in a finding's words, when they take in every resource of `type` (`role`)
    /// of `service` (`iam`), or every resource of the service when `type` is nil; `nil` when they are narrower. That is
    /// "`*`"; "every resource but `A`" for a NotResource; or an ARN that leaves the resource open:
    /// "`arn:aws:iam::111122223333:role/*` (every role)", which hands over the account's administrator roles as
    /// surely as `*` does, or "`arn:aws:s3:::*` (every s3 resource)".
    func coverage(ofEvery type: String? = nil, of service: String) -> String? {
        if resources.contains("*") { return "`*`" }
        if let notResources { return "every resource but " + Wording.list(notResources.map { "`\($0)`" }) }
        guard let arn = resources.first(where: { Self.leavesOpen($0, type: type, of: service) }) else { return nil }
        return "`\(arn)` (every \(type ?? "\(service) resource"))"
    }

    /// Whether an ARN pattern matches every resource of `type` (every resource, when nil) of `service`, in whatever
    /// partition, region and account it names: its service matches, and its resource part is a literal start of
    /// `type/` followed by `*` (`role/*`, `ro*`, `*`). A longer literal start (`role/app-*`) is a naming rule that
    /// narrows the grant, and is not reported.
    static func leavesOpen(_ arn: String, type: String?, of service: String) -> Bool {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", matches(String(parts[2]), service), parts[5].last == "*" else {
            return false
        }
        let start = parts[5].dropLast()
        guard !start.contains(where: { $0 == "*" || $0 == "?" }) else { return false }
        return start.isEmpty || type.map { "\($0)/".hasPrefix(start) } == true
    }

    /// IAM's action matching: case-insensitive, with `*` for any run of characters and `?` for one.
    static func matches(_ pattern: String, _ action: String) -> Bool {
        if pattern == "*" { return true }
        var pattern = pattern
        var action = action
        return pattern.withUTF8 { pattern in action.withUTF8 { action in glob(pattern, action) } }
    }

    /// The two-pointer glob match, backtracking to the last `*`, folding ASCII case as it compares.
    private static func glob(_ pattern: UnsafeBufferPointer<UInt8>, _ action: UnsafeBufferPointer<UInt8>) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var p = 0
        var a = 0
        var star: Int? = nil
        var resume = 0
        while a < action.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "?") || folded(pattern[p]) == folded(action[a]) {
                p += 1
                a += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = a
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                a = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
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
    /// `actions` and `resources` (or `not_actions` and `not_resources`).
    static func statementBlocks(of body: [String: JSONValue]) -> [PolicyStatements] {
        (body["statement"]?.blocks ?? []).enumerated().map { index, block in
            PolicyStatements(
                sid: block["sid"]?.templateText ?? "#\(index)",
                effect: block["effect"]?.templateText ?? "Allow",
                actions: strings(block["actions"]),
                resources: strings(block["resources"]),
                notActions: block["not_actions"].map(strings),
                notResources: block["not_resources"].map(strings)
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
                resources: strings(statement["Resource"]),
                notActions: statement["NotAction"].map(strings),
                notResources: statement["NotResource"].map(strings)
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
