import Foundation
import InfraCore
import InfraPolicy
import Testing

/// Issue 11: every checkov check that matters to infragen has a decision. A check is adopted when a rule names it in
/// `checkov:`, or declined with a reason in `CheckovDecisions`; never both, never neither.
@Suite struct CheckovDecisionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The check ids some rule names.
    static let adopted = Set(RuleCatalog.all.flatMap(\.checkov))

    /// The types infragen's constructs and stacks render (`schema/resource-types.txt`).
    static func renderedTypes() throws -> Set<String> {
        let text = try String(contentsOf: root.appendingPathComponent("schema/resource-types.txt"), encoding: .utf8)
        return Set(
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        )
    }

    /// The checkov checks that failed on the real-world corpus (`scripts/checkov-parity` on 15 public Terraform JSON files,
    /// checkov 3.3.30). The corpus is not in the repository, so its result is kept here.
    static let failingOnRealWorldCorpus = [
        "CKV_AWS_8", "CKV_AWS_18", "CKV_AWS_21", "CKV_AWS_23", "CKV_AWS_26", "CKV_AWS_27", "CKV_AWS_28",
        "CKV_AWS_41", "CKV_AWS_50", "CKV_AWS_51", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56",
        "CKV_AWS_59", "CKV_AWS_65", "CKV_AWS_68", "CKV_AWS_70", "CKV_AWS_73", "CKV_AWS_76", "CKV_AWS_79",
        "CKV_AWS_86", "CKV_AWS_91", "CKV_AWS_115", "CKV_AWS_116", "CKV_AWS_117", "CKV_AWS_119", "CKV_AWS_120",
        "CKV_AWS_131", "CKV_AWS_136", "CKV_AWS_144", "CKV_AWS_145", "CKV_AWS_150", "CKV_AWS_158", "CKV_AWS_163",
        "CKV_AWS_173", "CKV_AWS_174", "CKV_AWS_217", "CKV_AWS_237", "CKV_AWS_260", "CKV_AWS_272", "CKV_AWS_274",
        "CKV_AWS_309", "CKV_AWS_310", "CKV_AWS_338", "CKV_AWS_374", "CKV_AWS_382", "CKV_AWS_394",
        "CKV2_AWS_4", "CKV2_AWS_6", "CKV2_AWS_16", "CKV2_AWS_23", "CKV2_AWS_28", "CKV2_AWS_29", "CKV2_AWS_32",
        "CKV2_AWS_42", "CKV2_AWS_47", "CKV2_AWS_51", "CKV2_AWS_53", "CKV2_AWS_61", "CKV2_AWS_62", "CKV2_AWS_73",
        "CKV_TF_1",
    ]

    @Test func everyDeclinedCheckExistsAndIsNotAlsoAdopted() {
        for (id, reason) in CheckovDecisions.declined.sorted(by: { $0.key < $1.key }) {
            #expect(!CheckovCatalogue.entries(of: id).isEmpty, "\(id) is declined but checkov has no such check")
            #expect(!Self.adopted.contains(id), "\(id) is declined and also named by a rule")
            #expect(!reason.isEmpty && !reason.contains("\n"), "\(id): the reason is one line")
        }
    }

    @Test func everyCheckOfARenderedTypeIsDecided() throws {
        let types = try Self.renderedTypes()
        #expect(types.count > 100)
        let relevant = Set(CheckovCatalogue.entries.filter { types.contains($0.type) }.map(\.id))
        let undecided = relevant.filter { !Self.adopted.contains($0) && CheckovDecisions.declineReason($0) == nil }
        #expect(undecided.isEmpty, "checks of rendered types with no decision: \(undecided.sorted())")
    }

    @Test func everyCheckFailingOnTheCorpusIsDecided() {
        let undecided = Self.failingOnRealWorldCorpus.filter {
            !Self.adopted.contains($0) && CheckovDecisions.declineReason($0) == nil
        }
        #expect(undecided.isEmpty, "checks failing on real-world files with no decision: \(undecided)")
        for id in Self.failingOnRealWorldCorpus {
            #expect(!CheckovCatalogue.entries(of: id).isEmpty, "\(id) is not in the catalogue")
        }
    }

    @Test func declinedIDsAreInCheckovOrder() {
        let ids = CheckovDecisions.declinedIDs
        #expect(ids.count == CheckovDecisions.declined.count)
        let first = ids.firstIndex(of: "CKV_AWS_33") ?? 0
        let second = ids.firstIndex(of: "CKV_AWS_118") ?? 0
        #expect(first < second, "CKV_AWS_33 sorts before CKV_AWS_118")
    }
}
