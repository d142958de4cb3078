import InfraCore
import Testing

/// Orphans are files in out/ a render would not write; terraform's working files never are.
@Suite struct OutputInventoryTests {
    @Test func findsFilesARenderWouldNotWrite() {
        let existing = [
            "out/prod/a/main.tf.json", "out/prod/a/old.zip", "out/prod/gone/main.tf.json",
            "out/prod/a/.terraform.lock.hcl", "out/prod/a/.terraform/providers/x", "out/prod/a/infragen.tfplan",
            "out/prod/a/offline.tfstate", "out/prod/a/zz_offline_override.tf.json",
            "out/prod/a/terraform.tfstate.backup",
        ]
        let orphans = OutputInventory.orphans(existing: existing, expected: ["out/prod/a/main.tf.json"])
        #expect(orphans == ["out/prod/a/old.zip", "out/prod/gone/main.tf.json"])
    }
}
