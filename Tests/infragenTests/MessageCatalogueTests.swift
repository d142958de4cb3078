import Foundation
import InfraCore
import InfraPolicy
import Testing

@testable import infragen

/// `infragen explain` says what a message id means when it is not a rule. The catalogue it reads must hold every id
/// the code declares, and the same ids as the table in docs/cli.md, so that neither drifts from the other.
@Suite struct MessageCatalogueTests {
    static let ids = MessageCatalogue.entries.map(\.id)

    @Test func idsAreUniqueAndNoneIsARule() {
        #expect(Set(Self.ids).count == Self.ids.count)
        #expect(Self.ids.filter { RuleCatalog.rule(RuleID($0)) != nil }.isEmpty)
        #expect(MessageCatalogue.entries.allSatisfy { ["error", "warning", "note"].contains($0.severity) })
    }

    @Test func everyDeclaredIdIsCatalogued() {
        let declared = [
            PolicyEngine.WaiverDiagnostic.expired, PolicyEngine.WaiverDiagnostic.notWaivable,
            PolicyEngine.WaiverDiagnostic.malformedExpiry, PolicyEngine.WaiverDiagnostic.unused,
            PolicyEngine.WaiverDiagnostic.unknownRule, PolicyEngine.WaiverDiagnostic.overrideUsed,
            PolicyEngine.WaiverDiagnostic.unknownResource, PolicyEngine.WaiverDiagnostic.duplicate,
            TerraformJSONInput.DiagnosticID.structure, TerraformJSONInput.DiagnosticID.duplicateResource,
            TerraformJSONInput.DiagnosticID.unknownBlock, TerraformJSONInput.DiagnosticID.notTerraform,
            TerraformJSONInput.DiagnosticID.duplicateArgument, TerraformJSONInput.DiagnosticID.moduleNotChecked,
            ModelChecks.duplicateAddress, ModelChecks.invalidLabel, ModelChecks.danglingReference,
            ModelChecks.constructProblem, PlanSummary.DiagnosticID.unreadablePlan,
            PlanCommand.DiagnosticID.terraformFailed, PlanCommand.DiagnosticID.terraformMissing,
            DiffCommand.DiagnosticID.unreadableEarlierRender, StackLoader.noProject,
        ]
        #expect(declared.filter { MessageCatalogue.entry($0) == nil }.isEmpty)
    }

    /// The ids docs/cli.md's table names, ranges (`YAML001`–`YAML006`) spelled out, are the catalogue's.
    @Test func theDocumentedTableHasTheSameIds() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        var documented: Set<String> = []
        let id = /`([A-Z]+)(\d{3})`(?:–`[A-Z]+(\d{3})`)?/
        for row in rows {
            let firstCell = row.dropFirst(2).prefix { $0 != "|" }
            for match in firstCell.matches(of: id) {
                let family = String(match.output.1)
                let first = Int(match.output.2) ?? 0
                let last = match.output.3.flatMap { Int($0) } ?? first
                for number in first...last { documented.insert(family + String(format: "%03d", number)) }
            }
        }
        #expect(
            documented == Set(Self.ids),
            "only in docs: \(documented.subtracting(Self.ids).sorted()); only in code: \(Set(Self.ids).subtracting(documented).sorted())"
        )
    }
}
