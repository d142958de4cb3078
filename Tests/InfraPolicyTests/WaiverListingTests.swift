import InfraCore
import InfraPolicy
import Testing

/// The waiver review list and its checkov export.
@Suite struct WaiverListingTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    static func stack() -> RenderedStack {
        let database = ResourceAddress(type: "aws_db_instance", name: "main")
        let balancer = ResourceAddress(type: "aws_lb", name: "public")
        return RenderedStack(
            stack: "demo",
            environment: "prod",
            document: [:],
            files: [],
            waivers: [
                database: [
                    Waiver(
                        rule: "RDS003",
                        address: database,
                        reason: "single AZ is the seed's choice",
                        expires: "2026-12-01",
                        location: SourceLocation(file: "stacks/demo/Demo.swift", line: 12)
                    )
                ],
                balancer: [
                    Waiver(
                        rule: "ELB004",
                        address: balancer,
                        reason: "no WAF | yet",
                        expires: "2026-11-01",
                        location: SourceLocation(file: "stacks/demo/prod.yaml", line: 40, column: 5)
                    )
                ],
            ]
        )
    }

    @Test func listsEveryWaiverWithStatusAndOrigin() {
        let listing = WaiverListing(stacks: [Self.stack()], today: Self.today)
        #expect(listing.entries.map(\.waiver.rule) == ["RDS003", "ELB004"])
        #expect(listing.entries.map(\.daysLeft) == [8, -22])
        #expect(listing.entries.map(\.status) == ["8 days left", "expired"])
        #expect(listing.entries.map(\.origin) == ["dsl", "yaml"])
        #expect(
            listing.render(.text)
                == """
                stacks/demo/Demo.swift:12: prod/demo: RDS003 on aws_db_instance.main until 2026-12-01 (8 days left): single AZ is the seed's choice
                stacks/demo/prod.yaml:40:5: prod/demo: ELB004 on aws_lb.public until 2026-11-01 (expired): no WAF | yet

                """
        )
        #expect(listing.render(.markdown).contains("| 🛑 2026-11-01 (expired) | no WAF \\| yet |"))
    }

    @Test func filtersByExpiry() {
        #expect(WaiverListing(stacks: [Self.stack()], today: Self.today, expiringWithin: 7).entries.count == 1)
        #expect(WaiverListing(stacks: [Self.stack()], today: Self.today, expiringWithin: 8).entries.count == 2)
    }

    /// An empty filtered list says when the next waiver is due, not that there are none.
    @Test func anEmptyFilteredListNamesTheNextExpiry() {
        let earlier = CalendarDate(year: 2026, month: 10, day: 24)
        let listing = WaiverListing(stacks: [Self.stack()], today: earlier, expiringWithin: 1)
        #expect(listing.entries.isEmpty)
        #expect(
            listing.render(.text)
                == "No waiver expires within 1 day; the soonest of the 2 waivers expires on 2026-11-01 (8 days left).\n"
        )
        #expect(listing.render(.markdown).hasPrefix("No waiver expires within 1 day;"))
        let none = WaiverListing(stacks: [], today: Self.today, expiringWithin: 1)
        #expect(none.render(.text) == "No waivers.\n")
    }

    @Test func jsonNamesRuleResourceReasonExpiryAndLocation() throws {
        let json = try JSONParser().parse(
            WaiverListing(stacks: [Self.stack()], today: Self.today).render(.json),
            file: "w.json"
        ).value
        let first = try #require(json["waivers"]?.arrayValue?.first)
        #expect(first["rule"] == "RDS003")
        #expect(first["resource"] == "aws_db_instance.main")
        #expect(first["expires"] == "2026-12-01")
        #expect(first["location"] == "stacks/demo/Demo.swift:12")
        #expect(first["checkov"] == ["CKV_AWS_157"])
    }

    @Test func checkovBaselineHoldsOnlyWaiversInForceUnderBothResourceNames() throws {
        let text = WaiverListing(stacks: [Self.stack()], today: Self.today).render(.checkov)
        let baseline = try JSONParser().parse(text, file: "b.json").value
        let file = try #require(baseline["failed_checks"]?.arrayValue?.first)
        #expect(file["file"] == "/main.tf.json")
        #expect(
            file["findings"]
                == [
                    ["resource": "aws_db_instance.main", "check_ids": ["CKV_AWS_157"]],
                    ["resource": "resource.main", "check_ids": ["CKV_AWS_157"]],
                ]
        )
    }

    /// The skip list holds the checks infragen has decided for the types the document has, adopted or declined, and
    /// nothing for types it does not have.
    @Test func checkovSkipListNamesDecidedChecksOfThePresentTypes() {
        var stack = Self.stack()
        stack.document = [
            "resource": ["aws_db_instance": ["main": ["engine": "mysql"]]],
            "provider": ["aws": ["region": "us-east-1"]],
        ]
        let ids = WaiverListing(stacks: [stack], today: Self.today).render(.checkovSkip)
            .dropLast().split(separator: ",").map(String.init)
        #expect(ids.contains("CKV_AWS_157"))  // adopted: RDS003, Multi-AZ
        #expect(ids.contains("CKV_AWS_118"))  // declined: enhanced monitoring
        #expect(!ids.contains("CKV_AWS_18"))  // S3 access logging: no bucket here
        #expect(ids == ids.sorted(by: CheckovDecisions.checkOrder))
        let undecided = ids.filter { id in
            CheckovDecisions.declineReason(id) == nil && !RuleCatalog.all.contains { $0.checkov.contains(id) }
        }
        #expect(undecided.isEmpty)
        #expect(WaiverListing(stacks: [Self.stack()], today: Self.today).render(.checkovSkip) == "\n")
    }
}
