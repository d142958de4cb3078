import Foundation
import InfraCore
import InfraTestSupport
import Stacks
import Testing

/// Every stack × environment passes `terraform init` against the offline mirror, `terraform validate`, and an
/// offline `terraform plan` (dummy credentials, the provider's skip flags and a local backend in an override file).
@Suite(
    .serialized,
    .enabled(if: TerraformToolchain.shouldRun("terraform tests"), "terraform or the offline provider mirror is absent")
)
struct TerraformValidationTests {
    @Test(arguments: TestSupport.targets)
    func validatesAndPlansOffline(target: String) throws {
        let toolchain: TerraformToolchain
        switch TerraformToolchain.locate() {
        case .success(let found): toolchain = found
        case .failure(let unavailable):
            Issue.record("terraform tests cannot be skipped on CI: \(unavailable.reason)")
            return
        }
        let (entry, environment) = try TestSupport.entry(target)
        let rendered = try #require(try TestSupport.outcome(entry, environment).rendered)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "infragen-tf-\(entry.name)-\(environment)-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in rendered.files {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.path))
        }
        // The same override `infragen plan --offline` writes.
        let configuration = try #require(rendered.configuration)
        let override = OfflineOverride.file(for: configuration)
        try Data(override.bytes).write(to: folder.appendingPathComponent(override.path))

        let initialized = try toolchain.run(
            ["init", "-input=false", "-no-color", "-plugin-dir=\(toolchain.pluginDirectory.path)"],
            in: folder
        )
        try #require(initialized.status == 0, "terraform init failed:\n\(initialized.output)")
        let validated = try toolchain.run(["validate", "-no-color"], in: folder)
        #expect(validated.status == 0, "terraform validate failed:\n\(validated.output)")
        let planned = try toolchain.run(["plan", "-input=false", "-lock=false", "-no-color"], in: folder)
        #expect(planned.status == 0, "terraform plan failed:\n\(planned.output)")
        let resourceCount = PolicyResourceCounter.count(rendered.document)
        #expect(
            planned.output.contains("Plan: \(resourceCount) to add, 0 to change, 0 to destroy."),
            "\(planned.output.suffix(2000))"
        )
    }
}

/// Counts the managed resources in a document.
enum PolicyResourceCounter {
    static func count(_ document: JSONValue) -> Int {
        document["resource"]?.objectValue?.values.reduce(0) { $0 + ($1.objectValue?.count ?? 0) } ?? 0
    }
}
