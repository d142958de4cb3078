import InfraAWS
import InfraCore
import InfraPolicy
import Testing

@Suite struct PolicyEngineTests {
    typealias WaiverDiagnostic = PolicyEngine.WaiverDiagnostic

    func findings(_ diagnostics: [Diagnostic], _ rule: RuleID) -> [Diagnostic] {
        diagnostics.filter { $0.id == rule.rawValue }
    }

    func waiverProblems(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.id.hasPrefix("POL") }
    }

    // MARK: Every pinned fixture, table-driven

    @Test(arguments: RuleFixtures.pinned)
    func passingFixtureHasNoFinding(fixture: RuleFixture) throws {
        let diagnostics = PolicyFixture.evaluate(PolicyFixture.stack(try #require(fixture.passing.first)))
        #expect(findings(diagnostics, fixture.rule).isEmpty)
    }

    @Test(arguments: RuleFixtures.pinned)
    func failingFixtureHasTheFinding(fixture: RuleFixture) throws {
        let rule = try #require(RuleCatalog.rule(fixture.rule))
        let pinned = try #require(fixture.pinned)
        let address = try #require(fixture.pinnedAddress)
        let diagnostics = PolicyFixture.evaluate(PolicyFixture.stack(try #require(fixture.failing.first)))
        let finding = try #require(findings(diagnostics, fixture.rule).only)
        #expect(finding.severity == rule.severity)
        #expect(finding.message == pinned.message)
        #expect(finding.attribute == pinned.attribute)
        #expect(finding.address == address.description)
        #expect(finding.location == PolicyFixture.resourceLocation)
        #expect(finding.stack == "demo")
        #expect(finding.environment == "prod")
        #expect(finding.hint == rule.remediation)
        #expect(finding.waiver == nil)
        #expect(finding.isBlocking == (rule.severity == .error))
        #expect(waiverProblems(diagnostics).isEmpty)
    }

    @Test(arguments: RuleFixtures.everywhere)
    func rulesForAllEnvironmentsFireInDev(fixture: RuleFixture) throws {
        let document = try #require(fixture.failing.first)
        let diagnostics = PolicyFixture.evaluate(PolicyFixture.stack(document, environment: "dev"))
        #expect(findings(diagnostics, fixture.rule).count == 1)
    }

    @Test(arguments: RuleFixtures.productionOnly)
    func productionRulesFireOnlyInProduction(fixture: RuleFixture) throws {
        let document = try #require(fixture.failing.first)
        for environment in ["dev", "staging", "preprod"] {
            let diagnostics = PolicyFixture.evaluate(PolicyFixture.stack(document, environment: environment))
            #expect(findings(diagnostics, fixture.rule).isEmpty, "\(environment)")
        }
        for environment in ["prod", "production", "Prod"] {
            let diagnostics = PolicyFixture.evaluate(PolicyFixture.stack(document, environment: environment))
            #expect(findings(diagnostics, fixture.rule).count == 1, "\(environment)")
        }
    }

    @Test func theCatalogHasProductionScopedRules() {
        #expect(!RuleFixtures.productionOnly.isEmpty)
        #expect(!RuleFixtures.waivable.isEmpty)
        #expect(!RuleFixtures.notWaivable.isEmpty)
    }

    /// The pinned failing document with a waiver of the fixture's rule on its resource.
    func waived(_ fixture: RuleFixture, expires: String) throws -> [Diagnostic] {
        let address = try #require(fixture.pinnedAddress)
        let waiver = PolicyFixture.waiver(fixture.rule, on: address, expires: expires)
        return PolicyFixture.evaluate(PolicyFixture.stack(try #require(fixture.failing.first), waivers: [waiver]))
    }

    @Test(arguments: RuleFixtures.waivable)
    func waivedFindingStaysVisibleButDoesNotBlock(fixture: RuleFixture) throws {
        let diagnostics = try waived(fixture, expires: "2099-12-31")
        let finding = try #require(findings(diagnostics, fixture.rule).only)
        #expect(finding.waiver == "accepted for the test (until 2099-12-31)")
        #expect(!finding.isBlocking)
        #expect(finding.description.contains("(waived: accepted for the test (until 2099-12-31))"))
        #expect(waiverProblems(diagnostics).isEmpty)
    }

    @Test(arguments: RuleFixtures.waivable)
    func waiverExpiringTodayStillCovers(fixture: RuleFixture) throws {
        let diagnostics = try waived(fixture, expires: PolicyFixture.today.description)
        let finding = try #require(findings(diagnostics, fixture.rule).only)
        #expect(finding.waiver != nil)
        #expect(waiverProblems(diagnostics).isEmpty)
    }

    @Test(arguments: RuleFixtures.waivable)
    func expiredWaiverLeavesTheFindingAndIsAnError(fixture: RuleFixture) throws {
        let rule = try #require(RuleCatalog.rule(fixture.rule))
        let address = try #require(fixture.pinnedAddress)
        let diagnostics = try waived(fixture, expires: "2026-03-14")
        let finding = try #require(findings(diagnostics, fixture.rule).only)
        #expect(finding.waiver == nil)
        #expect(finding.isBlocking == (rule.severity == .error))
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.expired)
        #expect(problem.id == "POL001")
        #expect(problem.severity == .error)
        #expect(problem.isBlocking)
        #expect(problem.address == address.description)
        #expect(problem.location == PolicyFixture.waiverLocation)
        #expect(problem.message == "waiver of \(fixture.rule) expired on 2026-03-14")
    }

    @Test(arguments: RuleFixtures.notWaivable)
    func waiverOfALimitsRuleIsRejected(fixture: RuleFixture) throws {
        let diagnostics = try waived(fixture, expires: "2099-12-31")
        let finding = try #require(findings(diagnostics, fixture.rule).only)
        #expect(finding.waiver == nil)
        #expect(finding.isBlocking)
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.notWaivable)
        #expect(problem.id == "POL002")
        #expect(problem.severity == .error)
        #expect(problem.message == "\(fixture.rule) cannot be waived: AWS would reject the apply anyway")
    }

    // MARK: Waiver problems

    var publicDatabase: [String: JSONValue] {
        ["publicly_accessible": true, "storage_encrypted": true, "multi_az": true]
    }

    var privateDatabase: [String: JSONValue] {
        ["publicly_accessible": false, "storage_encrypted": true, "multi_az": true]
    }

    @Test func expiredWaiverDescription() throws {
        let waiver = PolicyFixture.waiver(.rdsPublic, on: "aws_db_instance", expires: "2026-01-31")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", publicDatabase, waivers: [waiver])
        )
        let relevant = diagnostics.filter { $0.id == "RDS001" || $0.id.hasPrefix("POL") }
        #expect(
            relevant.map(\.description) == [
                """
                stacks/demo/Demo.swift:10: error[RDS001]: aws_db_instance.main: publicly_accessible is true
                  hint: set `publicly_accessible = false` and reach the database from inside the VPC
                """,
                """
                stacks/demo/Demo.swift:12: error[POL001]: aws_db_instance.main: waiver of RDS001 expired on 2026-01-31
                  hint: fix the finding, or renew the waiver with a new date and a current reason
                """,
            ]
        )
    }

    @Test func waiverThatMatchesNothingIsAWarning() throws {
        let waiver = PolicyFixture.waiver(.rdsPublic, on: "aws_db_instance", expires: "2099-12-31")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", privateDatabase, waivers: [waiver])
        )
        #expect(findings(diagnostics, .rdsPublic).isEmpty)
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.unused)
        #expect(problem.id == "POL004")
        #expect(problem.severity == .warning)
        #expect(!problem.isBlocking)
        #expect(problem.address == nil)
        #expect(problem.location == PolicyFixture.waiverLocation)
        #expect(
            problem.description == """
                stacks/demo/Demo.swift:12: warning[POL004]: waiver of RDS001 matches no finding
                  hint: remove the waiver; the resource no longer needs it
                """
        )
    }

    @Test func waiverOfAnotherRuleDoesNotCoverAFinding() throws {
        let waiver = PolicyFixture.waiver(.rdsStorageEncrypted, on: "aws_db_instance", expires: "2099-12-31")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", publicDatabase, waivers: [waiver])
        )
        let finding = try #require(findings(diagnostics, .rdsPublic).only)
        #expect(finding.isBlocking)
        #expect(waiverProblems(diagnostics).map(\.id) == ["POL004"])
    }

    @Test(arguments: ["31/12/2026", "2026-02-30", "2026-12-31T00:00", "soon", ""])
    func malformedExpiryIsAnError(expires: String) throws {
        let waiver = PolicyFixture.waiver(.rdsPublic, on: "aws_db_instance", expires: expires)
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", publicDatabase, waivers: [waiver])
        )
        let finding = try #require(findings(diagnostics, .rdsPublic).only)
        #expect(finding.waiver == nil)
        #expect(finding.isBlocking)
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.malformedExpiry)
        #expect(problem.id == "POL003")
        #expect(problem.severity == .error)
        #expect(problem.message == "waiver of RDS001 expires on `\(expires)`, which is not a YYYY-MM-DD date")
    }

    @Test func waiverWithoutAReasonIsAnError() throws {
        let waiver = PolicyFixture.waiver(.rdsPublic, on: "aws_db_instance", expires: "2099-12-31", reason: "  ")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", publicDatabase, waivers: [waiver])
        )
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == "POL003")
        #expect(problem.severity == .error)
        #expect(problem.message == "waiver of RDS001 has no reason")
    }

    @Test func waiverOfAnUnknownRuleIsAnError() throws {
        let waiver = PolicyFixture.waiver("XYZ999", on: "aws_db_instance", expires: "2099-12-31")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", privateDatabase, waivers: [waiver])
        )
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.unknownRule)
        #expect(problem.id == "POL005")
        #expect(problem.severity == .error)
        #expect(problem.message == "waiver names unknown rule XYZ999")
        #expect(problem.address == "aws_db_instance.main")
        #expect(problem.hint == "run `infragen rules` for the list of rule ids")
    }

    @Test(arguments: [("RDS01", "RDS001"), ("rds1", "RDS001"), ("RSD001", "RDS001")])
    func waiverOfAMisspeltRuleSuggestsTheRule(written: String, meant: String) throws {
        let waiver = PolicyFixture.waiver(RuleID(written), on: "aws_db_instance", expires: "2099-12-31")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_db_instance", privateDatabase, waivers: [waiver])
        )
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == "POL005")
        #expect(problem.hint?.hasPrefix("did you mean `\(meant)`") == true, "\(problem.hint ?? "")")
    }

    /// A stack with one internet-facing load balancer `aws_lb.main`, and waivers bound to the given addresses.
    func loadBalancerStack(waivers: [Waiver]) -> RenderedStack {
        let address = ResourceAddress(type: "aws_lb", name: "main")
        let document: JSONValue = ["resource": ["aws_lb": ["main": ["name": "public-api", "internal": false]]]]
        return RenderedStack(
            stack: "demo",
            environment: "prod",
            document: document,
            files: [],
            locations: [address: PolicyFixture.resourceLocation],
            waivers: Dictionary(grouping: waivers) { $0.address ?? address }
        )
    }

    @Test func waiverOfAResourceThatDoesNotExistIsAnErrorWithASuggestion() throws {
        let typo = ResourceAddress(type: "aws_lb", name: "mian")
        let waiver = PolicyFixture.waiver(.albWAF, on: typo, expires: "2099-12-31")
        let diagnostics = PolicyFixture.evaluate(loadBalancerStack(waivers: [waiver]))
        let finding = try #require(findings(diagnostics, .albWAF).only)
        #expect(finding.waiver == nil)
        #expect(finding.isBlocking == false)  // ELB004 is a warning
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.unknownResource)
        #expect(problem.id == "POL007")
        #expect(problem.severity == .error)
        #expect(problem.isBlocking)
        #expect(problem.address == "aws_lb.mian")
        #expect(problem.location == PolicyFixture.waiverLocation)
        #expect(
            problem.message
                == "waiver of ELB004 names `aws_lb.mian`, which is not a resource of this stack (did you mean `aws_lb.main`?)"
        )
        #expect(!diagnostics.contains { $0.id == WaiverDiagnostic.unused })
    }

    @Test func suggestionPrefersTheSameTypeAndTheNearestName() throws {
        let typo = ResourceAddress(type: "aws_lb", name: "publik")
        let document: JSONValue = [
            "resource": [
                "aws_lb": ["internal": ["internal": true], "public": ["internal": true]],
                "aws_lb_listener": ["publik": ["protocol": "HTTPS"]],
            ]
        ]
        let waiver = PolicyFixture.waiver(.albWAF, on: typo, expires: "2099-12-31")
        let rendered = RenderedStack(
            stack: "demo",
            environment: "prod",
            document: document,
            files: [],
            waivers: [typo: [waiver]]
        )
        let problem = try #require(waiverProblems(PolicyFixture.evaluate(rendered)).only)
        #expect(problem.id == "POL007")
        #expect(problem.message.hasSuffix("(did you mean `aws_lb.public`?)"))
    }

    @Test func waiverRepeatedInYAMLAndSwiftGetsOneMessage() throws {
        let address = ResourceAddress(type: "aws_lb", name: "main")
        let inSwift = PolicyFixture.waiver(.albWAF, on: address, expires: "2099-12-31")
        let inYAML = Waiver(
            rule: .albWAF,
            address: address,
            reason: "accepted in the environment file",
            expires: "2099-12-31",
            location: SourceLocation(file: "stacks/demo/prod.yaml", line: 4)
        )
        let diagnostics = PolicyFixture.evaluate(loadBalancerStack(waivers: [inYAML, inSwift]))
        let finding = try #require(findings(diagnostics, .albWAF).only)
        #expect(finding.waiver == "accepted for the test (until 2099-12-31)")
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.duplicate)
        #expect(problem.id == "POL008")
        #expect(problem.severity == .warning)
        #expect(problem.location == SourceLocation(file: "stacks/demo/prod.yaml", line: 4))
        #expect(problem.address == "aws_lb.main")
        #expect(
            problem.message
                == "waiver of ELB004 for `aws_lb.main` repeats the one at stacks/demo/Demo.swift:12; only that one applies"
        )
    }

    @Test func waiverOfANonWaivableRuleGetsOneMessageEvenWhenExpiredAndUnused() throws {
        let waiver = PolicyFixture.waiver(.logRetentionValue, on: "aws_cloudwatch_log_group", expires: "2026-01-01")
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack("aws_cloudwatch_log_group", ["retention_in_days": 30], waivers: [waiver])
        )
        #expect(findings(diagnostics, .logRetentionValue).isEmpty)
        let problem = try #require(waiverProblems(diagnostics).only)
        #expect(problem.id == WaiverDiagnostic.notWaivable)
        #expect(problem.message == "LOG002 cannot be waived: AWS would reject the apply anyway")
    }

    @Test func unnamedContainersWithTheSameImageAreToldApart() {
        let diagnostics = PolicyFixture.evaluate(
            PolicyFixture.stack(
                "aws_ecs_task_definition",
                ["container_definitions": .string(#"[{"image":"nginx"},{"image":"nginx"}]"#)]
            )
        )
        #expect(
            findings(diagnostics, .ecsImagePinned).map(\.message) == [
                "image `nginx` of container #0 has no tag, so it means :latest",
                "image `nginx` of container #1 has no tag, so it means :latest",
            ]
        )
    }

    @Test func overridesAreReportedAsNotes() throws {
        let rendered = PolicyFixture.stack("aws_db_instance", privateDatabase, overriddenPaths: ["ca_cert_identifier"])
        let note = try #require(PolicyFixture.evaluate(rendered).filter { $0.id == "POL006" }.only)
        #expect(note.id == WaiverDiagnostic.overrideUsed)
        #expect(note.id == "POL006")
        #expect(note.severity == .note)
        #expect(note.attribute == "ca_cert_identifier")
        #expect(note.address == "aws_db_instance.main")
        #expect(note.location == PolicyFixture.resourceLocation)
        #expect(note.message == "`ca_cert_identifier` is set through the override escape hatch")
    }

    @Test func oneWaiverOnSeveralResourcesIsUsedIfAnyResourceUsesIt() throws {
        let location = PolicyFixture.waiverLocation
        let used = Waiver(
            rule: .rdsPublic,
            address: ResourceAddress(type: "aws_db_instance", name: "a"),
            reason: "r",
            expires: "2099-12-31",
            location: location
        )
        var unused = used
        unused.address = ResourceAddress(type: "aws_db_instance", name: "b")
        let document: JSONValue = [
            "resource": ["aws_db_instance": ["a": .object(publicDatabase), "b": .object(privateDatabase)]]
        ]
        let rendered = RenderedStack(
            stack: "demo",
            environment: "prod",
            document: document,
            files: [],
            waivers: [
                ResourceAddress(type: "aws_db_instance", name: "a"): [used],
                ResourceAddress(type: "aws_db_instance", name: "b"): [unused],
            ]
        )
        let diagnostics = PolicyFixture.evaluate(rendered)
        let finding = try #require(findings(diagnostics, .rdsPublic).only)
        #expect(finding.address == "aws_db_instance.a")
        #expect(!finding.isBlocking)
        #expect(waiverProblems(diagnostics).isEmpty)
    }

    // MARK: Documents

    @Test func blocksMayBeObjectsOrListsOfOne() {
        let asObject = PolicyFixture.stack("aws_instance", ["metadata_options": ["http_tokens": "required"]])
        let asList = PolicyFixture.stack("aws_instance", ["metadata_options": [["http_tokens": "required"]]])
        let missing = PolicyFixture.stack("aws_instance", ["ami": "ami-123"])
        #expect(findings(PolicyFixture.evaluate(asObject), .ec2IMDSv2).isEmpty)
        #expect(findings(PolicyFixture.evaluate(asList), .ec2IMDSv2).isEmpty)
        #expect(findings(PolicyFixture.evaluate(missing), .ec2IMDSv2).count == 1)
    }

    @Test func resourcesAreReadInAddressOrder() {
        let document: JSONValue = [
            "resource": [
                "aws_vpc": ["b": ["cidr_block": "10.1.0.0/16"], "a": ["cidr_block": "10.0.0.0/16"]],
                "aws_db_instance": ["z": [:]],
            ],
            "output": ["x": ["value": 1]],
        ]
        #expect(
            PolicyEngine.resources(in: document).map(\.address.description) == [
                "aws_db_instance.z", "aws_vpc.a", "aws_vpc.b",
            ]
        )
        #expect(PolicyEngine.resources(in: ["output": [:]]).isEmpty)
    }

    @Test func findingsAreSorted() {
        let document: JSONValue = [
            "resource": [
                "aws_db_instance": ["main": .object(["publicly_accessible": true, "storage_encrypted": false])],
                "aws_cloudwatch_log_group": ["main": .object(["retention_in_days": 45])],
            ]
        ]
        let rendered = RenderedStack(stack: "demo", environment: "prod", document: document, files: [])
        let diagnostics = PolicyFixture.evaluate(rendered)
        #expect(diagnostics == diagnostics.sorted())
        let expected: [String] = ["LOG002", "RDS001", "RDS002", "RDS003"]
        #expect(diagnostics.map(\.id).filter { expected.contains($0) } == expected)
    }

    @Test func customRuleListReplacesTheCatalog() throws {
        let engine = PolicyEngine(rules: [try #require(RuleCatalog.rule(.rdsPublic))])
        let diagnostics = engine.evaluate(
            PolicyFixture.stack("aws_db_instance", ["publicly_accessible": true]),
            context: PolicyContext(environment: "prod", today: PolicyFixture.today)
        )
        #expect(diagnostics.map(\.id) == ["RDS001"])
    }

    // MARK: From constructs to findings

    @Test func waiverDeclaredInSwiftCoversTheRenderedFinding() throws {
        let database = Resource(
            "aws_db_instance",
            "main",
            ["publicly_accessible": false, "storage_encrypted": true, "multi_az": false],
            location: SourceLocation(file: "stacks/demo/Demo.swift", line: 20)
        )
        .waive(.rdsMultiAZInProduction, reason: "single AZ until launch", expires: "2026-12-31")
        let model = StackModel(
            stack: "demo",
            environment: "prod",
            configuration: TerraformConfiguration(
                requiredVersion: ">= 1.10.0",
                requiredProviders: [:],
                backend: nil,
                providers: []
            ),
            resources: database.resources
        )
        let diagnostics = PolicyFixture.evaluate(TerraformRenderer().render(model))
        let finding = try #require(findings(diagnostics, .rdsMultiAZInProduction).only)
        #expect(finding.waiver == "single AZ until launch (until 2026-12-31)")
        #expect(finding.location == SourceLocation(file: "stacks/demo/Demo.swift", line: 20))
    }

    @Test func typedTaskDefinitionWithSecretsPassesAndWithPlaintextFails() throws {
        let role = IAM.Role("task", name: "task", description: "Task", assumedBy: [.ecsTasks])
        let secret = SecretsManager.Secret("db", name: "db", description: "DB", kmsKey: nil)
        func rendered(_ container: ECS.Container) -> RenderedStack {
            let task = ECS.TaskDefinition(
                "app",
                family: "app",
                compute: .ec2(networkMode: .awsvpc),
                executionRole: role,
                taskRole: role,
                containers: [container]
            )
            let model = StackModel(
                stack: "demo",
                environment: "dev",
                configuration: TerraformConfiguration(
                    requiredVersion: ">= 1.10.0",
                    requiredProviders: [:],
                    backend: nil,
                    providers: []
                ),
                resources: task.resources
            )
            return TerraformRenderer().render(model)
        }
        let good = ECS.Container(
            name: "web",
            image: "nginx",
            environment: ["MODE": "prod"],
            secrets: ["DB_PASSWORD": .secret(secret)]
        )
        let bad = ECS.Container(
            name: "web",
            image: "nginx",
            environment: ["DATABASE_URL": "postgres://app:hunter2@db.internal:5432/app"]
        )
        #expect(findings(PolicyFixture.evaluate(rendered(good)), .ecsPlaintextSecret).isEmpty)
        let finding = try #require(findings(PolicyFixture.evaluate(rendered(bad)), .ecsPlaintextSecret).only)
        #expect(
            finding.message
                == "container `web` passes DATABASE_URL as a plaintext environment variable (its value is a URL with a password in it)"
        )
    }
}

extension Collection {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
