import InfraCore

/// Applies a rendered stack's waivers to its findings, and reports what is wrong with the waivers themselves.
///
/// Two stages. `cover` marks each finding with the waiver that covers it. `review` then looks at each waiver
/// *declaration* once (a waiver written once on a construct reaches every resource the construct expands to) and
/// gives it the one problem that explains it best: a waiver of an unknown or a non-waivable rule, a malformed one, a
/// waiver of a resource that does not exist, or a second declaration of the same waiver is not also reported as
/// unused.
struct WaiverAudit {
    typealias Codes = PolicyEngine.WaiverDiagnostic

    let rendered: RenderedStack
    let context: PolicyContext
    /// The addresses of the document's resources.
    let resources: [ResourceAddress]

    /// One waiver as written: its rule, reason, expiry and place, and the resources it was bound to.
    struct Declaration {
        var waiver: Waiver
        var addresses: [ResourceAddress]

        var key: Key { Key(waiver) }
    }

    /// What makes two bound waivers the same declaration.
    struct Key: Hashable {
        var location: SourceLocation
        var rule: RuleID
        var reason: String
        var expires: String

        init(_ waiver: Waiver) {
            location = waiver.location
            rule = waiver.rule
            reason = waiver.reason
            expires = waiver.expires
        }
    }

    /// The findings with waivers applied, followed by the waivers' own problems.
    func apply(to findings: [Diagnostic]) -> [Diagnostic] {
        var (covered, used) = cover(findings)
        let problems = review(declarations(), used: used)
        // Appended only when there are any: concatenating would copy every finding of a large file.
        if !problems.isEmpty { covered += problems }
        return covered
    }

    // MARK: Stage 1: cover findings

    /// The waivers of a finding's resource and rule, earliest declaration first; the first is the one applied.
    func waivers(of address: ResourceAddress, rule id: String) -> [Waiver] {
        (rendered.waivers[address] ?? []).filter { $0.rule.rawValue == id }.sorted { $0.location < $1.location }
    }

    /// Marks each finding with its waiver when that waiver is of a waivable rule and in date; returns which waiver
    /// declarations matched a finding at all.
    func cover(_ findings: [Diagnostic]) -> (findings: [Diagnostic], used: Set<Key>) {
        // A document without waivers (any file linted with --tf-json) has nothing to cover.
        guard !rendered.waivers.isEmpty else { return (findings, []) }
        var result = findings
        var used: Set<Key> = []
        for index in result.indices {
            guard let address = result[index].address.flatMap(Self.address(from:)),
                let waiver = waivers(of: address, rule: result[index].id).first
            else { continue }
            used.insert(Key(waiver))
            guard let rule = RuleCatalog.rule(waiver.rule), rule.isWaivable,
                let expiry = waiver.expiryDate, expiry >= context.today
            else { continue }
            result[index].waiver = "\(waiver.reason) (until \(waiver.expires))"
        }
        return (result, used)
    }

    // MARK: Stage 2: review declarations

    /// Every waiver declaration, in source order.
    func declarations() -> [Declaration] {
        var byKey: [Key: Declaration] = [:]
        for (address, waivers) in rendered.waivers {
            for waiver in waivers {
                let bound = waiver.address ?? address
                byKey[Key(waiver), default: Declaration(waiver: waiver, addresses: [])].addresses.append(bound)
            }
        }
        return byKey.values
            .map { Declaration(waiver: $0.waiver, addresses: Array(Set($0.addresses)).sorted()) }
            .sorted {
                ($0.waiver.location, $0.waiver.rule, $0.addresses.first?.description ?? "")
                    < ($1.waiver.location, $1.waiver.rule, $1.addresses.first?.description ?? "")
            }
    }

    func review(_ declarations: [Declaration], used: Set<Key>) -> [Diagnostic] {
        // A document without waivers (any file linted with --tf-json) has nothing to review, and its addresses need
        // no set: at 100,000 resources that set took as long as the rest of the audit.
        guard !declarations.isEmpty else { return [] }
        let existing = Set(resources)
        // Which declaration comes first for each rule and resource; later ones repeat it.
        var firstDeclaration: [String: Declaration] = [:]
        var problems: [Diagnostic] = []
        for declaration in declarations {
            let waiver = declaration.waiver
            let address = declaration.addresses.first
            guard let rule = RuleCatalog.rule(waiver.rule) else {
                var hint = "run `infragen rules` for the list of rule ids"
                let suggestion = Suggestions.phrase(
                    for: waiver.rule.description,
                    among: RuleCatalog.all.map(\.id.description)
                )
                if !suggestion.isEmpty { hint = "\(suggestion) \(hint)" }
                problems.append(
                    problem(
                        Codes.unknownRule,
                        .error,
                        waiver,
                        address,
                        "waiver names unknown rule \(waiver.rule)",
                        hint: hint
                    )
                )
                continue
            }
            guard rule.isWaivable else {
                problems.append(
                    problem(
                        Codes.notWaivable,
                        .error,
                        waiver,
                        address,
                        "\(rule.id) cannot be waived: AWS would reject the apply anyway",
                        hint: "fix the value instead; limits rules are never waivable"
                    )
                )
                continue
            }
            if waiver.reason.allSatisfy(\.isWhitespace) {
                problems.append(
                    problem(
                        Codes.malformedExpiry,
                        .error,
                        waiver,
                        address,
                        "waiver of \(rule.id) has no reason",
                        hint: "say why the finding is acceptable, citing the seed or decision"
                    )
                )
            }
            guard let expiry = waiver.expiryDate else {
                problems.append(
                    problem(
                        Codes.malformedExpiry,
                        .error,
                        waiver,
                        address,
                        "waiver of \(rule.id) expires on `\(waiver.expires)`, which is not a YYYY-MM-DD date",
                        hint: "write the expiry as e.g. 2026-12-31"
                    )
                )
                continue
            }
            if expiry < context.today {
                problems.append(
                    problem(
                        Codes.expired,
                        .error,
                        waiver,
                        address,
                        "waiver of \(rule.id) expired on \(waiver.expires)",
                        hint: "fix the finding, or renew the waiver with a new date and a current reason"
                    )
                )
            }
            let missing = declaration.addresses.filter { !existing.contains($0) }
            for absent in missing {
                let suggestion = NearestAddress.to(absent, among: resources).map { " (did you mean `\($0)`?)" } ?? ""
                problems.append(
                    problem(
                        Codes.unknownResource,
                        .error,
                        waiver,
                        absent,
                        "waiver of \(rule.id) names `\(absent)`, which is not a resource of this stack\(suggestion)",
                        hint:
                            "use the address of an existing resource (`infragen graph` lists them), or remove the waiver"
                    )
                )
            }
            if missing.count == declaration.addresses.count { continue }
            var repeats = false
            for bound in declaration.addresses where existing.contains(bound) {
                let slot = "\(rule.id)|\(bound)"
                guard let first = firstDeclaration[slot] else {
                    firstDeclaration[slot] = declaration
                    continue
                }
                repeats = true
                problems.append(
                    problem(
                        Codes.duplicate,
                        .warning,
                        waiver,
                        bound,
                        "waiver of \(rule.id) for `\(bound)` repeats the one at \(first.waiver.location); only that one applies",
                        hint: "keep one declaration: in the stack's Swift or in the environment YAML, not both"
                    )
                )
            }
            if repeats { continue }
            if !used.contains(declaration.key) {
                var diagnostic = problem(
                    Codes.unused,
                    .warning,
                    waiver,
                    nil,
                    "waiver of \(waiver.rule) matches no finding",
                    hint: "remove the waiver; the resource no longer needs it"
                )
                diagnostic.address = nil
                problems.append(diagnostic)
            }
        }
        return problems
    }

    private func problem(
        _ id: String,
        _ severity: Diagnostic.Severity,
        _ waiver: Waiver,
        _ address: ResourceAddress?,
        _ message: String,
        hint: String
    ) -> Diagnostic {
        Diagnostic(
            id: id,
            severity: severity,
            message: message,
            address: address?.description,
            location: waiver.location,
            stack: rendered.stack,
            environment: rendered.environment,
            hint: hint
        )
    }

    /// `aws_lb.main` → its address.
    static func address(from text: String) -> ResourceAddress? {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? ResourceAddress(type: parts[0], name: parts[1]) : nil
    }
}
