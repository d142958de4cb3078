import InfraCore
import Testing

/// The offline override: a local backend and, for every configured aws provider (aliases included), dummy
/// credentials and the skip flags.
@Suite struct OfflineOverrideTests {
    static func configuration(aliases: [String?]) -> TerraformConfiguration {
        TerraformConfiguration(
            requiredVersion: ">= 1.10.0",
            requiredProviders: [:],
            backend: nil,
            providers: aliases.map { TerraformConfiguration.Provider(name: "aws", alias: $0, arguments: [:]) }
        )
    }

    @Test func oneProviderGetsOneEntry() {
        let document = OfflineOverride.document(for: Self.configuration(aliases: [nil]))
        #expect(document["terraform"] == ["backend": ["local": ["path": "offline.tfstate"]]])
        #expect(document["provider"]?["aws"]?["skip_credentials_validation"] == true)
        #expect(document["provider"]?["aws"]?["access_key"] == "offline")
        #expect(document["provider"]?["aws"]?["alias"] == nil)
    }

    @Test func aliasedProvidersGetTheirOwnEntries() {
        let document = OfflineOverride.document(for: Self.configuration(aliases: ["west", nil]))
        let entries = document["provider"]?["aws"]?.arrayValue ?? []
        #expect(entries.map { $0["alias"] } == [nil, "west"])
        #expect(entries.allSatisfy { $0["skip_requesting_account_id"] == true })
        #expect(OfflineOverride.file(for: Self.configuration(aliases: [nil])).path == "zz_offline_override.tf.json")
    }
}
