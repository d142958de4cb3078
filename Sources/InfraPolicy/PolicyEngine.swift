import InfraCore

/// Runs the rule catalogue over a rendered document and applies waivers.
///
/// Rules read the rendered Terraform document, not the Swift model, so the same engine lints a file infragen did not
/// write; the source map in `RenderedStack` points findings back at the Swift line that declared the resource.
public struct PolicyEngine: Sendable {
    /// Diagnostics about waivers themselves.
    public enum WaiverDiagnostic {
        public static let expired = "POL001"
        public static let notWaivable = "POL002"
        public static let malformedExpiry = "POL003"
        public static let unused = "POL004"
        public static let unknownRule = "POL005"
        public static let overrideUsed = "POL006"
    }

    public let rules: [Rule]

    public init(rules: [Rule] = RuleCatalog.all) {
        self.rules = rules
    }

    /// All findings for one rendered stack, sorted; waived findings stay in the list, marked with their waiver.
    public func evaluate(_ rendered: RenderedStack, context: PolicyContext) -> [Diagnostic] {
        let resources = Self.resources(in: rendered.document)
        var rulesByType: [String: [Rule]] = [:]
        for rule in rules where rule.scope == .allEnvironments || context.isProduction {
            for type in rule.resourceTypes { rulesByType[type, default: []].append(rule) }
        }
        let everyTypeRules = rulesByType[Rule.everyType] ?? []
        var findings: [Diagnostic] = []
        for resource in resources {
            for rule in (rulesByType[resource.address.type] ?? []) + everyTypeRules {
                for violation in rule.check(resource) {
                    findings.append(
                        Diagnostic(
                            id: rule.id.rawValue,
                            severity: rule.severity,
                            message: violation.message,
                            address: resource.address.description,
                            attribute: violation.attribute,
                            location: rendered.locations[resource.address],
                            stack: rendered.stack,
                            environment: rendered.environment,
                            hint: rule.remediation
                        )
                    )
                }
            }
        }
        for (address, paths) in rendered.overriddenPaths.sorted(by: { $0.key < $1.key }) {
            for path in paths {
                findings.append(
                    Diagnostic(
                        id: WaiverDiagnostic.overrideUsed,
                        severity: .note,
                        message: "`\(path)` is set through the override escape hatch",
                        address: address.description,
                        attribute: path,
                        location: rendered.locations[address],
                        stack: rendered.stack,
                        environment: rendered.environment,
                        hint: "add the attribute to the typed construct so it is checked and documented"
                    )
                )
            }
        }
        return applyWaivers(to: findings, rendered: rendered, context: context).sorted()
    }

    /// Marks waived findings, and reports waivers that are expired, malformed, not allowed, or unused.
    func applyWaivers(to findings: [Diagnostic], rendered: RenderedStack, context: PolicyContext) -> [Diagnostic] {
        var result = findings
        var problems: [Diagnostic] = []
        var used: Set<Waiver> = []
        let allWaivers = rendered.waivers.values.flatMap { $0 }

        func problem(_ id: String, _ severity: Diagnostic.Severity, _ waiver: Waiver, _ message: String, hint: String)
            -> Diagnostic
        {
            Diagnostic(
                id: id,
                severity: severity,
                message: message,
                address: waiver.address?.description,
                location: waiver.location,
                stack: rendered.stack,
                environment: rendered.environment,
                hint: hint
            )
        }

        for index in result.indices {
            guard let addressText = result[index].address else { continue }
            let matching = allWaivers.filter {
                $0.address?.description == addressText && $0.rule.rawValue == result[index].id
            }
            guard let waiver = matching.first else { continue }
            used.insert(waiver)
            guard let rule = RuleCatalog.rule(waiver.rule), rule.isWaivable else { continue }
            guard let expiry = waiver.expiryDate, expiry >= context.today else { continue }
            result[index].waiver = "\(waiver.reason) (until \(waiver.expires))"
        }

        var reported: Set<String> = []
        for waiver in allWaivers.sorted(by: {
            ($0.location, $0.rule, $0.address?.description ?? "") < (
                $1.location, $1.rule, $1.address?.description ?? ""
            )
        }) {
            let key = "\(waiver.location)|\(waiver.rule)|\(waiver.reason)|\(waiver.expires)"
            guard let rule = RuleCatalog.rule(waiver.rule) else {
                if reported.insert(key + "unknown").inserted {
                    problems.append(
                        problem(
                            WaiverDiagnostic.unknownRule,
                            .error,
                            waiver,
                            "waiver names unknown rule \(waiver.rule)",
                            hint: "run `infragen rules` for the list of rule ids"
                        )
                    )
                }
                continue
            }
            if !rule.isWaivable, reported.insert(key + "notWaivable").inserted {
                problems.append(
                    problem(
                        WaiverDiagnostic.notWaivable,
                        .error,
                        waiver,
                        "\(rule.id) cannot be waived: AWS would reject the apply anyway",
                        hint: "fix the value instead; limits rules are never waivable"
                    )
                )
            }
            if waiver.reason.allSatisfy(\.isWhitespace), reported.insert(key + "reason").inserted {
                problems.append(
                    problem(
                        WaiverDiagnostic.malformedExpiry,
                        .error,
                        waiver,
                        "waiver of \(rule.id) has no reason",
                        hint: "say why the finding is acceptable, citing the seed or decision"
                    )
                )
            }
            guard let expiry = waiver.expiryDate else {
                if reported.insert(key + "date").inserted {
                    problems.append(
                        problem(
                            WaiverDiagnostic.malformedExpiry,
                            .error,
                            waiver,
                            "waiver of \(rule.id) expires on `\(waiver.expires)`, which is not a YYYY-MM-DD date",
                            hint: "write the expiry as e.g. 2026-12-31"
                        )
                    )
                }
                continue
            }
            if expiry < context.today, reported.insert(key + "expired").inserted {
                problems.append(
                    problem(
                        WaiverDiagnostic.expired,
                        .error,
                        waiver,
                        "waiver of \(rule.id) expired on \(waiver.expires)",
                        hint: "fix the finding, or renew the waiver with a new date and a current reason"
                    )
                )
            }
        }
        // A waiver declared once on a construct reaches several resources; it is unused only if none used it.
        let usedKeys = Set(used.map { "\($0.location)|\($0.rule)|\($0.reason)|\($0.expires)" })
        for waiver in allWaivers.sorted(by: { ($0.location, $0.rule) < ($1.location, $1.rule) }) {
            let key = "\(waiver.location)|\(waiver.rule)|\(waiver.reason)|\(waiver.expires)"
            guard !usedKeys.contains(key), RuleCatalog.rule(waiver.rule) != nil,
                reported.insert(key + "unused").inserted
            else { continue }
            var diagnostic = problem(
                WaiverDiagnostic.unused,
                .warning,
                waiver,
                "waiver of \(waiver.rule) matches no finding",
                hint: "remove the waiver; the resource no longer needs it"
            )
            diagnostic.address = nil
            problems.append(diagnostic)
        }
        return result + problems
    }

    /// The managed resources of a Terraform JSON document, in address order, each with the document's index.
    public static func resources(in document: JSONValue) -> [ResourceView] {
        let index = DocumentIndex(document: document)
        return index.addressesByType.keys.sorted().flatMap { index.resources(ofType: $0) }
    }
}
