import InfraCore

/// Every waiver of the rendered stacks, DSL and YAML alike, with rule, resource, reason, expiry and where it is
/// written: the review list of `infragen waivers`, and its export to checkov so that both tools honour the same
/// decisions.
public struct WaiverListing: Hashable, Sendable {
    /// One waiver on one resource in one stack and environment.
    public struct Entry: Hashable, Sendable {
        public var stack: String
        public var environment: String
        public var waiver: Waiver
        /// Days from today to the expiry (negative once expired); `nil` when the date is malformed.
        public var daysLeft: Int?

        /// `dsl` for `.waive(…)` in Swift, `yaml` for the environment file.
        public var origin: String { waiver.location.file.hasSuffix(".yaml") ? "yaml" : "dsl" }

        /// `expired`, `expires today`, `12 days left`, or `malformed expiry`.
        public var status: String {
            guard let daysLeft else { return "malformed expiry" }
            if daysLeft < 0 { return "expired" }
            if daysLeft == 0 { return "expires today" }
            return "\(daysLeft) day\(daysLeft == 1 ? "" : "s") left"
        }
    }

    /// The output forms of `waivers`.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
        /// A checkov `--baseline` file: the waived resources with their rules' checkov equivalents.
        case checkov
        /// A checkov `--skip-check` list: the checks infragen has decided for the stacks' types, by adopting them
        /// (its own rules run them) or declining them (`CheckovDecisions`).
        case checkovSkip = "checkov-skip"
    }

    /// Sorted by stack, environment, location, rule, resource.
    public var entries: [Entry]

    /// What the stacks' documents hold, as checkov's catalogue names it: `resource`, `data` or `provider`, and the
    /// type (`aws_s3_bucket`, `aws` for the provider).
    public var checkovEntities: Set<CheckovEntity>

    /// One kind of thing checkov looks at.
    public struct CheckovEntity: Hashable, Sendable {
        public var kind: String
        public var type: String
    }

    /// The days `--expiring-within` asked for, if it did.
    public private(set) var expiringWithin: Int?

    /// The waivers that filter left out, expiring later, so that an empty list can say when the next one is due.
    public private(set) var later: Set<Entry> = []

    /// The waivers of `stacks`, optionally only those expiring within `expiringWithin` days of `today` (expired and
    /// malformed ones included).
    public init(stacks: [RenderedStack], today: CalendarDate, expiringWithin: Int? = nil) {
        self.expiringWithin = expiringWithin
        var entries: [Entry] = []
        var entities: Set<CheckovEntity> = []
        for stack in stacks {
            for (kind, key) in [("resource", "resource"), ("data", "data"), ("provider", "provider")] {
                for type in (stack.document[key]?.objectValue ?? [:]).keys {
                    entities.insert(CheckovEntity(kind: kind, type: type))
                }
            }
            for (address, waivers) in stack.waivers {
                for var waiver in waivers {
                    if waiver.address == nil { waiver.address = address }
                    let daysLeft = waiver.expiryDate.map { Self.dayNumber($0) - Self.dayNumber(today) }
                    let entry = Entry(
                        stack: stack.stack,
                        environment: stack.environment,
                        waiver: waiver,
                        daysLeft: daysLeft
                    )
                    if let expiringWithin, let daysLeft, daysLeft > expiringWithin {
                        later.insert(entry)
                    } else {
                        entries.append(entry)
                    }
                }
            }
        }
        self.checkovEntities = entities
        self.entries = Array(Set(entries)).sorted { lhs, rhs in
            let l = (lhs.stack, lhs.environment, lhs.waiver.location, lhs.waiver.rule.rawValue)
            let r = (rhs.stack, rhs.environment, rhs.waiver.location, rhs.waiver.rule.rawValue)
            if l.0 != r.0 || l.1 != r.1 { return (l.0, l.1) < (r.0, r.1) }
            if l.2 != r.2 { return l.2 < r.2 }
            if l.3 != r.3 { return l.3 < r.3 }
            return (lhs.waiver.address?.description ?? "") < (rhs.waiver.address?.description ?? "")
        }
    }

    /// The listing in `format`, ending in a newline.
    public func render(_ format: Format, rules: [Rule] = RuleCatalog.all) -> String {
        switch format {
        case .text: text()
        case .json: json(rules: rules)
        case .markdown: markdown()
        case .checkov: checkovBaseline(rules: rules)
        case .checkovSkip: checkovSkipList(rules: rules)
        }
    }

    /// What an empty list says: that there are no waivers at all, or when the soonest of those the filter left out
    /// expires, so that `--expiring-within 30` never reads as "nothing is waived".
    private var emptySentence: String {
        guard let expiringWithin, let soonest = later.min(by: { ($0.daysLeft ?? 0) < ($1.daysLeft ?? 0) }) else {
            return "No waivers."
        }
        let others = later.count == 1 ? "the only waiver" : "the soonest of the \(later.count) waivers"
        return "No waiver expires within \(expiringWithin) day\(expiringWithin == 1 ? "" : "s"); \(others) expires on "
            + "\(soonest.waiver.expires) (\(soonest.status))."
    }

    private func text() -> String {
        guard !entries.isEmpty else { return emptySentence + "\n" }
        return entries.map { entry in
            let address = entry.waiver.address?.description ?? "?"
            return "\(entry.waiver.location): \(entry.environment)/\(entry.stack): \(entry.waiver.rule) on \(address) "
                + "until \(entry.waiver.expires) (\(entry.status)): \(entry.waiver.reason)"
        }.joined(separator: "\n") + "\n"
    }

    private func json(rules: [Rule]) -> String {
        ReportJSON.encode(
            [
                "waivers": .array(
                    entries.map { entry in
                        ReportJSON.object([
                            ("stack", ReportJSON.text(entry.stack)),
                            ("environment", ReportJSON.text(entry.environment)),
                            ("rule", ReportJSON.text(entry.waiver.rule.rawValue)),
                            ("resource", entry.waiver.address.map { ReportJSON.text($0.description) }),
                            ("reason", ReportJSON.text(entry.waiver.reason)),
                            ("expires", ReportJSON.text(entry.waiver.expires)),
                            ("days_left", entry.daysLeft.map { .int($0) }),
                            ("status", ReportJSON.text(entry.status)),
                            ("origin", ReportJSON.text(entry.origin)),
                            ("location", ReportJSON.text(entry.waiver.location.description)),
                            ("checkov", ReportJSON.texts(Self.checkovIDs(entry.waiver.rule, rules: rules))),
                        ])
                    }
                )
            ]
        )
    }

    private func markdown() -> String {
        var lines = ["| Stack | Rule | Resource | Expires | Reason | Written in |", "|---|---|---|---|---|---|"]
        for entry in entries {
            var expires = "\(entry.waiver.expires) (\(entry.status))"
            if (entry.daysLeft ?? -1) < 0 { expires = "🛑 " + expires }
            lines.append(
                MarkdownReport.row([
                    MarkdownReport.code("\(entry.environment)/\(entry.stack)"), "`\(entry.waiver.rule)`",
                    MarkdownReport.code(entry.waiver.address?.description), MarkdownReport.cell(expires),
                    MarkdownReport.cell(entry.waiver.reason), MarkdownReport.code(entry.waiver.location.description),
                ])
            )
        }
        if entries.isEmpty { lines = [emptySentence] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A checkov baseline (`checkov --baseline FILE`) for one stack's folder: each waived resource with the checkov
    /// ids of its waived rules. Only waivers still in force are exported; an expired one must fail checkov too.
    ///
    /// checkov 3.3 names a resource `type.name` in its graph checks (`CKV2_…`) and `resource.name` in the others,
    /// so each resource is listed under both names.
    private func checkovBaseline(rules: [Rule]) -> String {
        var byResource: [String: Set<String>] = [:]
        for entry in entries where (entry.daysLeft ?? -1) >= 0 {
            guard let address = entry.waiver.address else { continue }
            let ids = Self.checkovIDs(entry.waiver.rule, rules: rules)
            guard !ids.isEmpty else { continue }
            byResource[address.description, default: []].formUnion(ids)
            byResource["resource.\(address.name)", default: []].formUnion(ids)
        }
        let findings: [JSONValue] = byResource.keys.sorted().map { resource in
            [
                "resource": ReportJSON.text(resource),
                "check_ids": ReportJSON.texts((byResource[resource] ?? []).sorted()),
            ]
        }
        return ReportJSON.encode(
            [
                "failed_checks": findings.isEmpty
                    ? []
                    : [["file": ReportJSON.text("/\(RenderedStack.mainFileName)"), "findings": .array(findings)]]
            ]
        )
    }

    /// The checkov checks infragen has decided for what the stacks hold, comma-separated for `--skip-check`: those
    /// a rule adopts (infragen runs them, and its report and waivers are where they are answered) and those
    /// `CheckovDecisions` declines. Run with the baseline, checkov then fails only on checks infragen has not decided,
    /// so each remaining failure is either news or a decision still to make. Only checks of the types present are
    /// listed, which keeps the list short and reviewable.
    private func checkovSkipList(rules: [Rule]) -> String {
        let decided = Set(rules.flatMap(\.checkov)).union(CheckovDecisions.declined.keys)
        let present = decided.filter { id in
            CheckovCatalogue.entries(of: id).contains {
                checkovEntities.contains(CheckovEntity(kind: $0.kind, type: $0.type))
            }
        }
        return present.sorted(by: CheckovDecisions.checkOrder).joined(separator: ",") + "\n"
    }

    static func checkovIDs(_ rule: RuleID, rules: [Rule]) -> [String] {
        rules.first { $0.id == rule }?.checkov.sorted() ?? []
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    static func dayNumber(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
