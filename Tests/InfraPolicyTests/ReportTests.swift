import Foundation
import InfraCore
import InfraPolicy
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report sinks of `infragen lint`: structure of each format, escaping, counts and determinism.
@Suite struct ReportTests {
    /// Two small rules, so the assertions do not move when the catalogue grows.
    static let rules: [Rule] = [
        Rule(
            "RDS001",
            family: .security,
            severity: .error,
            title: "RDS instances are not publicly accessible",
            rationale: "A public endpoint exposes the login.",
            remediation: "set `publicly_accessible = false`",
            checkov: ["CKV_AWS_17"],
            trivy: ["AVD-AWS-0180"],
            resourceTypes: ["aws_db_instance"],
            check: { _ in [] }
        ),
        Rule(
            "ELB002",
            family: .limits,
            severity: .error,
            title: "Target group names fit AWS's rules",
            rationale: "At most 32 characters.",
            remediation: "shorten the name",
            resourceTypes: ["aws_lb_target_group"],
            check: { _ in [] }
        ),
    ]

    static let file = "stacks/aggregator/Aggregator.swift"

    /// An error, a waived warning, a note, an id outside the catalogue, and a finding without a location; sorted.
    static let findings: [Diagnostic] = [
        Diagnostic(
            id: "RDS001",
            severity: .error,
            message: "publicly_accessible is true",
            address: "aws_db_instance.main",
            attribute: "publicly_accessible",
            location: SourceLocation(file: file, line: 58, column: 9),
            stack: "aggregator",
            environment: "prod",
            hint: "set `publicly_accessible = false`"
        ),
        Diagnostic(
            id: "RDS003",
            severity: .warning,
            message: "multi_az is not enabled in production",
            address: "aws_db_instance.main",
            attribute: "multi_az",
            location: SourceLocation(file: file, line: 58),
            stack: "aggregator",
            environment: "prod",
            hint: "set `multi_az = true`",
            waiver: "one db.t3.micro & <no> \"HA\" isn't needed (until 2027-06-30)"
        ),
        Diagnostic(
            id: "POL006",
            severity: .note,
            message: "`tags.${x}` is set through the override escape hatch",
            address: "aws_lb.main",
            attribute: "tags",
            location: SourceLocation(file: file, line: 90),
            stack: "aggregator",
            environment: "prod"
        ),
        Diagnostic(
            id: "ELB002",
            severity: .error,
            message: "target group name `a|b` is 40 characters long; the limit is 32",
            address: "aws_lb_target_group.api",
            attribute: "name",
            location: SourceLocation(file: file, line: 120),
            stack: "aggregator",
            environment: "prod",
            hint: "shorten the name"
        ),
        Diagnostic(
            id: "IO001",
            severity: .error,
            message: "cannot read serverList.json",
            stack: "aggregator",
            environment: "prod"
        ),
    ].sorted()

    static let options = ReportOptions(
        failOn: .error,
        toolVersion: "1.2.3",
        informationURI: "https://example.org/infragen",
        targets: [
            ReportTarget(stack: "aggregator", environment: "prod"),
            ReportTarget(stack: "dispatcher", environment: "prod"),
        ]
    )

    func render(
        _ format: ReportFormat,
        _ diagnostics: [Diagnostic] = ReportTests.findings,
        options: ReportOptions = ReportTests.options
    ) -> String {
        format.render(diagnostics, rules: Self.rules, options: options)
    }

    func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: SARIF

    @Test func sarifHasTheRequiredFieldsOf210() throws {
        let sarif = try jsonObject(render(.sarif))
        #expect(sarif["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "infragen")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] as? String == "https://example.org/infragen")

        // Catalogue rules first (sorted by id), then one descriptor per other id that occurs, sorted.
        let descriptors = try #require(driver["rules"] as? [[String: Any]])
        #expect(descriptors.map { $0["id"] as? String } == ["ELB002", "RDS001", "IO001", "POL006", "RDS003"])
        let rds001 = try #require(descriptors.first { $0["id"] as? String == "RDS001" })
        #expect(rds001["name"] as? String == "RDSInstancesAreNotPubliclyAccessible")
        #expect(
            (rds001["shortDescription"] as? [String: Any])?["text"] as? String
                == "RDS instances are not publicly accessible"
        )
        #expect(
            (rds001["fullDescription"] as? [String: Any])?["text"] as? String == "A public endpoint exposes the login."
        )
        #expect((rds001["help"] as? [String: Any])?["text"] as? String == "set `publicly_accessible = false`")
        #expect((rds001["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        let properties = try #require(rds001["properties"] as? [String: Any])
        #expect(properties["tags"] as? [String] == ["security"])
        #expect(properties["checkov"] as? [String] == ["CKV_AWS_17"])
        #expect(properties["trivy"] as? [String] == ["AVD-AWS-0180"])
        #expect(properties["waivable"] as? Bool == true)
        let pol006 = try #require(descriptors.first { $0["id"] as? String == "POL006" })
        #expect((pol006["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Self.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(
                descriptors[index]["id"] as? String == result["ruleId"] as? String,
                "ruleIndex must point at the rule"
            )
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints[FindingFingerprint.key.description]?.count == 16)
        }
        let publicDatabase = try #require(results.first { $0["ruleId"] as? String == "RDS001" })
        #expect(
            (publicDatabase["message"] as? [String: Any])?["text"] as? String
                == "aws_db_instance.main: publicly_accessible is true\nhint: set `publicly_accessible = false`"
        )
        let physical = try #require(
            ((publicDatabase["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any]
        )
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == Self.file)
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 58)
        #expect(region["startColumn"] as? Int == 9)
        #expect(publicDatabase["suppressions"] == nil)

        let waived = try #require(results.first { $0["ruleId"] as? String == "RDS003" })
        #expect(waived["level"] as? String == "warning")
        let suppressions = try #require(waived["suppressions"] as? [[String: Any]])
        #expect(suppressions.count == 1)
        #expect(suppressions.first?["kind"] as? String == "inSource")
        #expect(
            suppressions.first?["justification"] as? String
                == "one db.t3.micro & <no> \"HA\" isn't needed (until 2027-06-30)"
        )
        let waivedRegion =
            (((waived["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["region"]
            as? [String: Any]
        #expect(waivedRegion?["startColumn"] == nil, "no column when only the line is known")

        let unlocated = try #require(results.first { $0["ruleId"] as? String == "IO001" })
        #expect(unlocated["locations"] == nil)
    }

    @Test func sarifWritesTemplateTextVerbatimAndUsesTheCatalogue() throws {
        let text = render(.sarif)
        #expect(text.contains("`tags.${x}` is set"), "reports are not Terraform: no `$${` escaping")
        #expect(!text.contains("$${"))
        let sarif = try jsonObject(ReportFormat.sarif.render([], rules: RuleCatalog.all, options: ReportOptions()))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let descriptors = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [Any]
        )
        #expect(descriptors.count == RuleCatalog.all.count)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func fingerprintsAreFNV1aAndIgnoreTheLine() throws {
        #expect(FindingFingerprint.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(FindingFingerprint.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FindingFingerprint.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        let original = try #require(Self.findings.first { $0.id == "RDS001" })
        var moved = original
        moved.location = SourceLocation(file: Self.file, line: 300)
        moved.message = "reworded"
        #expect(FindingFingerprint.of(moved) == FindingFingerprint.of(original))
        var otherAttribute = original
        otherAttribute.attribute = "port"
        #expect(FindingFingerprint.of(otherAttribute) != FindingFingerprint.of(original))
        var otherEnvironment = original
        otherEnvironment.environment = "dev"
        #expect(FindingFingerprint.of(otherEnvironment) != FindingFingerprint.of(original))
    }

    // MARK: JUnit

    @Test func junitIsWellFormedWithCountsFailuresAndSkips() throws {
        let xml = render(.junit)
        #expect(
            xml.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"infragen lint\" tests=\"5\" failures=\"3\" errors=\"0\" skipped=\"1\">"
            )
        )
        // The clean target still has a suite.
        #expect(
            xml.contains(
                "<testsuite name=\"dispatcher (prod)\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\"/>"
            )
        )
        #expect(
            xml.contains(
                "<skipped message=\"waived: one db.t3.micro &amp; &lt;no&gt; &quot;HA&quot; isn&apos;t needed (until 2027-06-30)\"/>"
            )
        )
        #expect(xml.contains("<failure message=\"aws_db_instance.main: publicly_accessible is true\" type=\"RDS001\">"))
        #expect(xml.contains("hint: set `publicly_accessible = false`</failure>"))
        #expect(!xml.contains("<no>"), "every `<` in text is escaped")
        try Self.checkWellFormed(xml)

        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(xmlString: xml, options: [])
            let root = try #require(document.rootElement())
            #expect(root.name == "testsuites")
            let suites = root.elements(forName: "testsuite")
            #expect(
                suites.map { $0.attribute(forName: "name")?.stringValue } == ["aggregator (prod)", "dispatcher (prod)"]
            )
            let cases = try #require(suites.first).elements(forName: "testcase")
            #expect(cases.count == 5)
            let waived = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "RDS003" })
            #expect(waived.attribute(forName: "name")?.stringValue == "aws_db_instance.main")
            #expect(
                waived.elements(forName: "skipped").first?.attribute(forName: "message")?.stringValue
                    == "waived: one db.t3.micro & <no> \"HA\" isn't needed (until 2027-06-30)"
            )
            let note = try #require(cases.first { $0.attribute(forName: "classname")?.stringValue == "POL006" })
            #expect(
                note.elements(forName: "failure").isEmpty && note.elements(forName: "skipped").isEmpty,
                "a note passes at --fail-on error"
            )
        #endif
    }

    @Test func junitFailsLowerSeveritiesWithFailOn() throws {
        let xml = render(.junit, options: ReportOptions(failOn: .note))
        #expect(
            xml.contains("<testsuites name=\"infragen lint\" tests=\"5\" failures=\"4\" errors=\"0\" skipped=\"1\">")
        )
        #expect(
            xml.contains(
                "<failure message=\"aws_lb.main: `tags.${x}` is set through the override escape hatch\" type=\"POL006\">"
            )
        )
        let empty = render(.junit, [], options: ReportOptions())
        #expect(
            empty
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"infragen lint\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n</testsuites>\n"
        )
        try Self.checkWellFormed(empty)
    }

    /// A small well-formedness check that works without an XML parser: every tag closes in order, every `&` starts
    /// an entity, and no raw `<` or `"` appears inside attribute values.
    static func checkWellFormed(_ xml: String) throws {
        var stack: [Substring] = []
        var rest = Substring(xml)
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            #expect(!text.contains(">"), "raw `>` in text")
            try checkEntities(text)
            guard let close = rest[open...].firstIndex(of: ">") else {
                Issue.record("unclosed tag")
                return
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("?") { continue }
            try checkEntities(tag)
            if tag.hasPrefix("/") {
                #expect(stack.popLast() == tag.dropFirst(), "mismatched </\(tag.dropFirst())>")
            } else if !tag.hasSuffix("/") {
                stack.append(tag.prefix { $0 != " " })
            }
        }
        #expect(stack.isEmpty, "unclosed elements: \(stack)")
    }

    static func checkEntities(_ text: Substring) throws {
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[rest.index(after: amp)...]
            let entity = after.prefix { $0 != ";" }
            #expect(["amp", "lt", "gt", "quot", "apos", "#10", "#13", "#9"].contains(entity), "bad entity &\(entity)")
            rest = after
        }
    }

    /// Code scanning shows 5,000 results of a run and refuses more than 25,000: past either, the terminal says so.
    @Test func sarifSaysWhenCodeScanningWouldNotShowEveryResult() throws {
        #expect(SARIFReport.codeScanningNote(results: 5_000) == nil)
        let shown = try #require(SARIFReport.codeScanningNote(results: 5_001))
        #expect(shown.contains("5,001") == false && shown.contains("5001 results") && shown.contains("at most 5,000"))
        let refused = try #require(SARIFReport.codeScanningNote(results: 25_001))
        #expect(refused.contains("25001 results") && refused.contains("refuses a run of more than 25,000"))
        #expect(SARIFReport.codeScanningNote(results: 25_000)?.contains("refuses") == false)
    }

    // MARK: GitHub

    @Test func githubLinesAreWorkflowCommands() {
        let lines = render(.github).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == Self.findings.count + 2, "one line per finding, the summary, and a final newline")
        #expect(
            lines.contains(
                "::error file=stacks/aggregator/Aggregator.swift,line=58,col=9,title=RDS001::aws_db_instance.main: publicly_accessible is true%0Ahint: set `publicly_accessible = false`"
            )
        )
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "::notice file=stacks/aggregator/Aggregator.swift,line=58,title=RDS003::aws_db_instance.main: multi_az is not enabled in production (waived: one db.t3.micro"
                )
            }
        )
        #expect(
            lines.contains { $0.hasPrefix("::notice file=stacks/aggregator/Aggregator.swift,line=90,title=POL006::") }
        )
        #expect(lines.contains("::error title=IO001::cannot read serverList.json"))
        #expect(lines.last == "")
        #expect(lines.dropLast().last == "infragen: 3 errors, 0 warnings, 1 note, 1 waived")
    }

    /// GitHub annotates only the first 10 commands of each kind in a step and drops the rest silently: past that, a
    /// last line says so and names the report that shows everything.
    @Test func githubSaysWhenFindingsPassTheAnnotationLimit() {
        func finding(_ line: Int, _ severity: Diagnostic.Severity) -> Diagnostic {
            let location = SourceLocation(file: "a.tf.json", line: line)
            return Diagnostic(id: "RDS001", severity: severity, message: "m", location: location)
        }
        let fits = (1...10).map { finding($0, .error) } + (11...20).map { finding($0, .note) }
        #expect(render(.github, fits).hasSuffix("infragen: 10 errors, 0 warnings, 10 notes, 0 waived\n"))
        let over = (1...12).map { finding($0, .error) } + [finding(13, .warning)]
        #expect(
            render(.github, over).hasSuffix(
                "infragen: 12 errors, 1 warning, 0 waived\n"
                    + "infragen: GitHub annotates at most 10 errors, 10 warnings and 10 notices of a step; of the 12 "
                    + "errors and 1 warning above, the rest are in this log only. `--format sarif`, uploaded to code "
                    + "scanning, shows every finding on the diff.\n"
            )
        )
    }

    @Test func githubEscapesMessagesAndProperties() {
        #expect(GitHubReport.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
        #expect(GitHubReport.escapeProperty("dir:1,2/%x\n") == "dir%3A1%2C2/%25x%0A")
        let finding = Diagnostic(
            id: "X001",
            severity: .warning,
            message: "50% of\nthe names",
            location: SourceLocation(file: "odd:dir,1/a.tf.json", line: 3, column: 4)
        )
        #expect(
            GitHubReport.render([finding]).hasPrefix(
                "::warning file=odd%3Adir%2C1/a.tf.json,line=3,col=4,title=X001::50%25 of%0Athe names\n"
            )
        )
    }

    // MARK: Markdown

    @Test func markdownHasATableAndCollapsesWaivedFindings() {
        let markdown = render(.markdown)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "## infragen lint")
        #expect(
            lines.contains(
                "**Failed** (`--fail-on error`): 3 errors, 0 warnings, 1 note, 1 waived in 2 targets: `aggregator (prod)`, `dispatcher (prod)`."
            )
        )
        #expect(lines.contains("| Severity | Rule | Resource | Location | Message |"))
        #expect(lines.contains("|---|---|---|---|---|"))
        #expect(
            lines.contains(
                "| 🛑 error | `ELB002` | `aws_lb_target_group.api` | `stacks/aggregator/Aggregator.swift:120` | target group name `a\\|b` is 40 characters long; the limit is 32<br>*hint:* shorten the name |"
            ),
            "`|` in a cell is escaped"
        )
        let tableRows = lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Severity") }
        #expect(tableRows.count == Self.findings.count, "4 open findings and 1 waived one")
        #expect(lines.contains("<details><summary>1 waived finding</summary>"))
        #expect(lines.contains { $0.contains("one db.t3.micro & &lt;no&gt; \"HA\" isn't needed") })
        #expect(lines.contains("</details>"))
        #expect(markdown.hasSuffix("</details>\n"))
    }

    /// GitHub refuses a comment over 65,536 characters: a long report keeps errors, then warnings, then notes, then
    /// waived findings, in report order, and says what it left out.
    @Test func markdownFitsInAPullRequestComment() throws {
        var findings: [Diagnostic] = []
        for line in 1...2_000 {
            let severity: Diagnostic.Severity = line % 40 == 0 ? .error : line % 4 == 0 ? .warning : .note
            findings.append(
                Diagnostic(
                    id: severity == .error ? "RDS001" : "LOG004",
                    severity: severity,
                    message: "finding \(line) of a long report, with a message as long as a real one tends to be",
                    address: "aws_db_instance.db_\(line)",
                    location: SourceLocation(file: "main.tf.json", line: line),
                    hint: "set the attribute the rule names",
                    waiver: line % 100 == 1 ? "a reason (until 2027-06-30)" : nil
                )
            )
        }
        let target = ReportTarget(stack: "main.tf.json", environment: "prod")
        let markdown = render(.markdown, findings, options: ReportOptions(targets: [target]))
        #expect(markdown.utf8.count <= MarkdownReport.commentLimit)
        let rows = markdown.split(separator: "\n").filter {
            $0.hasPrefix("| 🛑") || $0.hasPrefix("| ⚠️") || $0.hasPrefix("| ℹ️")
        }
        let lines = try rows.map { row in
            let location = row.split(separator: "`").first { $0.hasPrefix("main.tf.json:") }
            return try #require(location.flatMap { Int($0.dropFirst(13)) })
        }
        #expect(lines == lines.sorted(), "rows stay in report order")
        let errors = findings.filter { $0.severity == .error && $0.waiver == nil }.count
        #expect(rows.filter { $0.hasPrefix("| 🛑") }.count == errors, "every error is shown")
        let warnings = findings.filter { $0.severity == .warning && $0.waiver == nil }.count
        let shownWarnings = rows.filter { $0.hasPrefix("| ⚠️") }.count
        let shownNotes = rows.filter { $0.hasPrefix("| ℹ️") }.count
        #expect(shownWarnings > 0 && shownWarnings < warnings, "warnings fill the room left")
        #expect(shownNotes == 0, "no note while a warning is left out")
        let left = findings.count - rows.count
        let notes = findings.filter { $0.severity == .note && $0.waiver == nil }.count
        let waived = findings.filter { $0.waiver != nil }.count
        #expect(
            markdown.hasSuffix(
                "\n_\(left) more findings are not shown (\(warnings - shownWarnings) warnings, \(notes) notes, "
                    + "\(waived) waived): a pull-request comment holds at most 65,536 characters. `--format sarif`, "
                    + "`json` or `text` lists every finding._\n"
            ),
            "\(markdown.suffix(300))"
        )
        #expect(!markdown.contains("<details>"), "no waived section when no waived finding fits")
    }

    @Test func markdownNamesTwentyTargetsAndCountsTheRest() {
        let targets = (1...25).map { ReportTarget(stack: "file\($0).tf.json", environment: "prod") }
        let markdown = render(.markdown, [], options: ReportOptions(targets: targets))
        #expect(markdown.contains("in 25 targets: `file1.tf.json (prod)`, `file10.tf.json (prod)`, "))
        #expect(markdown.contains(" and 5 more.\n"))
        #expect(markdown.components(separatedBy: "(prod)`").count - 1 == 20)
    }

    @Test func markdownSaysNoFindingsWhenEmpty() {
        let markdown = render(
            .markdown,
            [],
            options: ReportOptions(targets: [ReportTarget(stack: "aggregator", environment: "prod")])
        )
        #expect(
            markdown
                == "## infragen lint\n\n**Passed**: 0 errors, 0 warnings, 0 waived in 1 target: `aggregator (prod)`.\n\nNo findings.\n"
        )
        #expect(MarkdownReport.cell("a|b\nc<d>") == "a\\|b<br>c&lt;d&gt;")
    }

    // MARK: JSON and text

    @Test func jsonHasFindingsAndSummaryCounts() throws {
        let text = render(.json)
        let report = try jsonObject(text)
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["errors": 3, "warnings": 0, "notes": 1, "waived": 1])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { $0["id"] as? String } == Self.findings.map(\.id))
        let first = try #require(findings.first { $0["id"] as? String == "RDS001" })
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["file"] as? String == Self.file)
        #expect(location["line"] as? Int == 58)
        #expect(location["column"] as? Int == 9)
        #expect(first["waiver"] == nil, "absent fields are left out")
        #expect(text.contains("\"message\": \"`tags.${x}` is set through the override escape hatch\""))
        #expect(text.hasPrefix("{\n  \"findings\": [\n"), "sorted keys, two-space indentation")
        #expect(
            JSONReport.render([])
                == "{\n  \"findings\": [],\n  \"summary\": {\n    \"errors\": 0,\n    \"notes\": 0,\n    \"waived\": 0,\n    \"warnings\": 0\n  }\n}\n"
        )
    }

    @Test func textIsTheCompilerFormatThenASummary() {
        let text = render(.text)
        #expect(
            text.hasPrefix(
                "error[IO001]: cannot read serverList.json\nstacks/aggregator/Aggregator.swift:58: warning[RDS003]: "
            )
        )
        #expect(
            text.contains(
                "\nstacks/aggregator/Aggregator.swift:58:9: error[RDS001]: aws_db_instance.main: publicly_accessible is true\n  hint: set `publicly_accessible = false`\n"
            )
        )
        #expect(text.hasSuffix("\ninfragen: 3 errors, 0 warnings, 1 note, 1 waived\n"))
        #expect(render(.text, []) == "infragen: 0 errors, 0 warnings, 0 waived\n")
    }

    /// The JSON and SARIF reports are written member by member, not encoded from a tree: parsed and encoded again,
    /// each gives its own bytes back, so its keys are sorted and its layout is the encoder's. Enough findings that
    /// the lists are written in several chunks.
    @Test(arguments: [ReportFormat.json, .sarif])
    func writtenReportsAreInTheEncodersForm(_ format: ReportFormat) throws {
        var many: [Diagnostic] = []
        for index in 0..<3_000 {
            var finding = Self.findings[index % Self.findings.count]
            finding.message += " \(index)"
            if index % 7 == 0 {
                finding.relatedLocation = SourceLocation(file: "stacks/a b/ü.swift", line: index, column: 2)
            }
            many.append(finding)
        }
        many.sort()
        // Input errors too, with a location and without: SARIF lists them as notifications.
        var options = Self.options
        options.inputErrors = [
            Diagnostic(id: "IO001", severity: .error, message: "cannot read x.tf.json", hint: "check the path"),
            Diagnostic(
                id: "JSON001",
                severity: .error,
                message: "expected a value",
                location: SourceLocation(file: "y.tf.json", line: 3, column: 7)
            ),
        ]
        let report = format.render(many, rules: Self.rules, options: options)
        let chunks = format.chunks(many, rules: Self.rules, options: options)
        #expect(chunks.text == report)
        #expect(chunks.pieces.count > 2)
        let parsed = try #require(JSONParser().value(of: report))
        #expect(JSONEncoding().encode(Self.verbatim(parsed)) == report)
    }

    /// `value` with every string written as given, as reports write them.
    static func verbatim(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .expression(text)
        case .array(let elements): .array(elements.map(verbatim))
        case .object(let members): .object(members.mapValues(verbatim))
        default: value
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatIsDeterministic(_ format: ReportFormat) {
        let first = render(format)
        #expect(render(format) == first)
        #expect(first.hasSuffix("\n"))
        #expect(!first.contains("\r"))
    }

    // MARK: Rule listing

    @Test func ruleListingsCoverTheCatalogue() throws {
        let json = RuleListing.render(RuleCatalog.all, format: .json)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleCatalog.all.map(\.id.rawValue))
        let first = try #require(rules.first)
        for key in [
            "id", "title", "severity", "family", "scope", "waivable", "checkov", "trivy", "rationale", "remediation",
            "resourceTypes",
        ] {
            #expect(first[key] != nil, "\(key)")
        }
        let markdown = RuleListing.render(Self.rules, format: .markdown)
        #expect(
            markdown == """
                | ID | Severity | Family | Scope | Waivable | checkov | trivy | Title |
                |---|---|---|---|---|---|---|---|
                | `RDS001` | error | security | all | yes | CKV_AWS_17 | AVD-AWS-0180 | RDS instances are not publicly accessible |
                | `ELB002` | error | limits | all | no |  |  | Target group names fit AWS's rules |

                """
        )
        #expect(
            RuleListing.render(Self.rules, format: .text).hasPrefix(
                "RDS001  error    security  RDS instances are not publicly accessible\n"
            )
        )
    }
}
