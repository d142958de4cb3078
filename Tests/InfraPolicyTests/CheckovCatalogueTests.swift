import InfraCore
import InfraPolicy
import Testing

/// Issue 11: every checkov id a rule names is a real checkov check (`CheckovCatalogue`, from checkov's own list) that
/// looks at the same kind of resource.
@Suite struct CheckovCatalogueTests {
    /// The service part of a type: `aws_s3_bucket_policy` → `aws_s3`, `aws_alb_listener` → `aws_lb`.
    static func service(_ type: String) -> String {
        let current = type.replacingPrefix("aws_alb", with: "aws_lb")
        let parts = current.split(separator: "_")
        let service = parts.prefix(2).joined(separator: "_")
        return Self.sameService[service] ?? service
    }

    /// Services AWS keeps under two type prefixes.
    static let sameService: [String: String] = [
        "aws_rds": "aws_db", "aws_vpc": "aws_security", "aws_default": "aws_security", "aws_flow": "aws_vpc",
        "aws_ssm": "aws_ssm", "aws_cloudwatch": "aws_cloudwatch", "aws_wafv2": "aws_wafv2",
    ]

    @Test func catalogueIsCheckovsList() {
        #expect(CheckovCatalogue.entries.count > 3000)
        #expect(CheckovCatalogue.entries(of: "CKV2_AWS_73").first?.title.contains("SQS") == true)
        #expect(CheckovCatalogue.entries(of: "CKV_AWS_41").first?.kind == "provider")
    }

    /// Equivalents once named that are checks of something else; none may come back.
    @Test func knownWrongEquivalentsAreGone() {
        let wrong: [(RuleID, String)] = [
            (.sqsDeadLetterQueue, "CKV2_AWS_73"),  // SQS customer-managed keys
            (.rdsPasswordInConfiguration, "CKV_AWS_355"),  // IAM policy resources
            (.ecsPlaintextSecret, "CKV_AWS_334"),  // non-privileged containers
            (.ecsImagePinned, "CKV_AWS_336"),  // read-only root file systems
        ]
        for (rule, check) in wrong {
            #expect(RuleCatalog.rule(rule)?.checkov.contains(check) == false, "\(rule) names \(check)")
        }
    }

    @Test(arguments: RuleCatalog.all.filter { !$0.checkov.isEmpty }.map(\.id.rawValue))
    func namedChecksExistForTheSameResources(id: String) throws {
        let rule = try #require(RuleCatalog.rule(RuleID(id)))
        for check in rule.checkov {
            let entries = CheckovCatalogue.entries(of: check)
            #expect(!entries.isEmpty, "\(id) names \(check), which checkov \(CheckovCatalogue.version) does not have")
            if rule.resourceTypes.contains(Rule.everyType) {
                #expect(entries.contains { $0.kind == "provider" }, "\(id): \(check) is not a provider check")
                continue
            }
            let ruleServices = Set(rule.resourceTypes.map(Self.service))
            let checkServices = Set(entries.map { Self.service($0.type) })
            #expect(
                !ruleServices.isDisjoint(with: checkServices),
                "\(id) (\(rule.resourceTypes.sorted())) names \(check), which looks at \(entries.map(\.type)): \(entries.first?.title ?? "")"
            )
        }
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
