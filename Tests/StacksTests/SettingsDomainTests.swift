import InfraCore
import Stacks
import Testing

/// The values the issue names (negative counts, out-of-range retention, an empty zone id, an overlong record name, a
/// malformed certificate ARN) are rejected when the settings are loaded, at the YAML line and column of the value.
@Suite struct SettingsDomainTests {
    @Test(arguments: [
        ("  instances: 2", "  instances: -1", "is not a positive count"),
        ("  desired_count: 2", "  desired_count: -3", "is not a positive count"),
        ("  storage_gib: 100", "  storage_gib: -5", "is not a storage size RDS accepts"),
        ("  backup_retention_days: 7", "  backup_retention_days: 99", "is not a backup retention RDS accepts"),
        ("      zone_id: Z0TOMATOBMLTENABL", "      zone_id: \"\"", "is not a Route 53 hosted zone id"),
        (
            "    - name: tomato.na-bmlt.org", "    - name: \(String(repeating: "t", count: 70)).na-bmlt.org",
            "a label of 70 characters"
        ),
        ("  certificate_arn: arn:aws:acm", "  certificate_arn: not-an-arn", "is not an ARN"),
        ("log_retention_days: 30", "log_retention_days: 31", "is not a log retention CloudWatch accepts"),
    ])
    func aggregatorValuesOutOfDomainFailAtTheirLine(original: String, replacement: String, message: String) throws {
        let entry = try #require(StackCatalog.entry(named: "aggregator"))
        let text = try TestSupport.read(entry.settingsFile(for: "prod"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasPrefix(original) }) + 1
        var mutated = lines.map(String.init)
        mutated[line - 1] = replacement
        let outcome = StackPipeline.run(
            entry,
            environment: "prod",
            settings: mutated.joined(separator: "\n"),
            inputs: StackInputs(files: ["serverList.json": try TestSupport.read("serverList.json")]),
            today: TestSupport.today
        )
        let diagnostic = try #require(outcome.inputErrors.first)
        #expect(diagnostic.id == "YAML005")
        #expect(diagnostic.message.contains(message))
        #expect(diagnostic.location?.file == "stacks/aggregator/prod.yaml")
        #expect(diagnostic.location?.line == line)
        #expect(outcome.rendered == nil)
    }
}
