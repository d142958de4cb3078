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
    /// Dummy credentials, the provider's skip flags (for every aliased provider too) and a local backend; input
    /// variables (a Redis AUTH token) get a placeholder value, since an offline plan has no deploy job to fill them.
    static func offlineOverride(for document: JSONValue) -> String {
        let skip = """
            "access_key": "offline", "secret_key": "offline", "skip_credentials_validation": true, \
            "skip_requesting_account_id": true, "skip_metadata_api_check": true, "skip_region_validation": true
            """
        let aliases = (document["provider"]?["aws"]?.arrayValue ?? []).compactMap { $0["alias"]?.literalString }
        let providers = ([nil] + aliases).map { alias in
            alias.map { "{\"alias\": \"\($0)\", \(skip)}" } ?? "{\(skip)}"
        }
        let variables = (document["variable"]?.objectValue ?? [:]).keys.sorted().map {
            "\"\($0)\": {\"default\": \"offlinePlaceholder0123456789\"}"
        }
        return """
            {"terraform": {"backend": {"local": {"path": "offline.tfstate"}}},
             "provider": {"aws": [\(providers.joined(separator: ", "))]}\(variables.isEmpty ? "" : ",\n \"variable\": {\(variables.joined(separator: ", "))}")}

            """
    }

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
        try Self.offlineOverride(for: rendered.document).write(
            to: folder.appendingPathComponent("zz_offline_override.tf.json"),
            atomically: true,
            encoding: .utf8
        )

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
