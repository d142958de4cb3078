import InfraAWS
import InfraCore
import InfraPolicy
import Stacks
import Testing

/// Findings on constructs say which construct parameter fixes them, and that parameter really does.
@Suite struct ConstructRemedyTests {
    @Test(arguments: TestSupport.targets)
    func everyFindingOnAConstructNamesASwiftFix(target: String) throws {
        let (entry, environment) = try TestSupport.entry(target)
        let outcome = try TestSupport.outcome(entry, environment)
        let onConstructs = outcome.findings.filter {
            $0.location?.file.hasSuffix(".swift") == true && !$0.id.hasPrefix("CORE")
        }
        for finding in onConstructs {
            let hint = finding.hint ?? ""
            // The pipeline replaces the rule's Terraform hint with the construct's fix, ending the same way each time.
            #expect(
                hint.hasSuffix(", or waive it with the reason"),
                "\(finding.id) at \(finding.location?.description ?? ""): \(hint)"
            )
        }
    }

    /// Renders constructs through the whole pipeline (assembly, render, policy) and returns the rule ids found.
    func ruleIDs(_ body: [any Construct], environment: String = "prod") -> Set<String> {
        let assembly = StackAssembly(body)
        let model = StackModel(
            stack: "demo",
            environment: environment,
            configuration: TerraformConfiguration(
                requiredVersion: ">= 1.10.0",
                requiredProviders: [:],
                backend: nil,
                providers: []
            ),
            resources: assembly.resources,
            constructTypes: assembly.constructTypes
        )
        let findings = PolicyEngine().evaluate(
            TerraformRenderer().render(model),
            context: PolicyContext(environment: environment, today: TestSupport.today)
        )
        return Set(findings.filter { $0.waiver == nil }.map(\.id))
    }

    static let key = KMS.Key(
        "main",
        alias: "demo",
        description: "Demo",
        accountID: "111122223333",
        region: "us-east-1",
        services: [.cloudWatchLogs]
    )

    func function(tracing: Bool, environmentKey: KMS.Key?, retention: Int) -> Lambda.Function {
        Lambda.Function(
            "fn",
            name: "fn",
            description: "Demo",
            runtime: .python312,
            handler: "fn.handler",
            sources: ["fn.py": "def handler(e, c): pass"],
            environment: ["MODE": "demo"],
            tracing: tracing,
            logRetentionDays: retention,
            logKey: Self.key,
            environmentKey: environmentKey
        )
    }

    @Test func lambdaFixesRemoveTheirFindings() {
        let before = ruleIDs([function(tracing: false, environmentKey: nil, retention: 30)])
        #expect(before.isSuperset(of: ["LMB002", "LMB005", "LOG004"]))
        let after = ruleIDs([function(tracing: true, environmentKey: Self.key, retention: 365)])
        #expect(after.isDisjoint(with: ["LMB002", "LMB005", "LOG004"]), "\(after)")
    }

    @Test func logGroupAndBucketFixesRemoveTheirFindings() {
        #expect(ruleIDs([Logs.LogGroup("app", name: "app", retentionDays: 30)]).isSuperset(of: ["LOG003", "LOG004"]))
        #expect(
            ruleIDs([Logs.LogGroup("app", name: "app", retentionDays: 365, kmsKey: Self.key)]).isDisjoint(with: [
                "LOG003", "LOG004",
            ])
        )
        #expect(ruleIDs([S3.PrivateBucket("data", bucket: "demo-data", versioning: false)]).contains("S3002"))
        #expect(!ruleIDs([S3.PrivateBucket("data", bucket: "demo-data", versioning: true)]).contains("S3002"))
        #expect(ruleIDs([S3.PrivateBucket("data", bucket: "demo-data")]).contains("S3012"))
        #expect(!ruleIDs([S3.PrivateBucket("data", bucket: "demo-data", kmsKey: Self.key)]).contains("S3012"))
    }

    @Test func everyRemedyNamesAConstructItCanFireOn() {
        for rule in [
            "LOG004", "LOG003", "ELB008", "LMB002", "LMB005", "RDS003", "SEC002", "SQS002", "S3002", "S3012", "EC2004",
        ] {
            #expect(!ConstructRemedy.constructs(fixing: rule).isEmpty, "\(rule) has no Swift fix")
        }
    }
}
