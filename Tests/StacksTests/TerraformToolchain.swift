import Foundation

/// terraform and the offline provider mirror, as the tests find them: `terraform` on PATH, and the mirror in
/// `INFRAGEN_TF_PLUGIN_DIR` (set by `make test` and `.ci/run`).
struct TerraformToolchain {
    let terraform: URL
    let pluginDirectory: URL

    /// The toolchain, or why it is not available.
    static func locate() -> Result<TerraformToolchain, Unavailable> {
        let environment = ProcessInfo.processInfo.environment
        let paths = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard
            let terraform = paths.map({ URL(fileURLWithPath: $0).appendingPathComponent("terraform") })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { return .failure(Unavailable(reason: "terraform is not on PATH")) }
        guard let mirror = environment["INFRAGEN_TF_PLUGIN_DIR"], !mirror.isEmpty else {
            return .failure(Unavailable(reason: "INFRAGEN_TF_PLUGIN_DIR is not set (run through `make test`)"))
        }
        let provider = URL(fileURLWithPath: mirror).appendingPathComponent("registry.terraform.io/hashicorp/aws")
        guard FileManager.default.fileExists(atPath: provider.path) else {
            return .failure(
                Unavailable(reason: "INFRAGEN_TF_PLUGIN_DIR=\(mirror) holds no registry.terraform.io/hashicorp/aws")
            )
        }
        return .success(TerraformToolchain(terraform: terraform, pluginDirectory: URL(fileURLWithPath: mirror)))
    }

    struct Unavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// Whether the terraform tests run: always on CI (where a missing toolchain must fail), else when present.
    static var shouldRun: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        switch locate() {
        case .success: return true
        case .failure(let unavailable):
            print("skipping terraform tests: \(unavailable.reason)")
            return false
        }
    }

    /// Runs terraform in `folder`; returns the exit status and the combined output.
    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = terraform
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        // An empty CLI config of our own keeps terraform from warning about a missing ~/.terraformrc.
        let config = folder.appendingPathComponent("empty.tfrc")
        _ = FileManager.default.createFile(atPath: config.path, contents: Data())
        environment["TF_CLI_CONFIG_FILE"] = config.path
        environment["TF_IN_AUTOMATION"] = "1"
        environment["CHECKPOINT_DISABLE"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
