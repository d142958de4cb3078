import Foundation

/// terraform and the offline provider mirror, as every terraform-backed test finds them: `terraform` (and any other
/// tool a test names) on PATH, the mirror in `INFRAGEN_TF_PLUGIN_DIR` (set by `make test` and `.ci/run`).
///
/// One place decides whether such a test runs: when the toolchain is present, and always on CI, where a missing
/// toolchain must fail the test rather than skip it.
public struct TerraformToolchain: Sendable {
    public let terraform: URL
    public let pluginDirectory: URL

    /// Why the toolchain is not available.
    public struct Unavailable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The toolchain, or why it is not available; `alsoNeeds` names further tools that must be on PATH.
    public static func locate(alsoNeeds tools: [String] = []) -> Result<TerraformToolchain, Unavailable> {
        let environment = ProcessInfo.processInfo.environment
        let paths = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        func find(_ tool: String) -> URL? {
            paths.map { URL(fileURLWithPath: $0).appendingPathComponent(tool) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        guard let terraform = find("terraform") else {
            return .failure(Unavailable(reason: "terraform is not on PATH"))
        }
        for tool in tools where find(tool) == nil {
            return .failure(Unavailable(reason: "\(tool) is not on PATH"))
        }
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

    /// Whether `tests` should run: always on CI, else when the toolchain is present (printing why not, when not).
    public static func shouldRun(_ tests: String, alsoNeeds tools: [String] = []) -> Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        switch locate(alsoNeeds: tools) {
        case .success: return true
        case .failure(let unavailable):
            print("skipping \(tests): \(unavailable.reason)")
            return false
        }
    }

    /// Runs terraform in `folder`; returns the exit status and the combined output.
    public func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        // An empty CLI config of our own keeps terraform from warning about a missing ~/.terraformrc.
        let config = folder.appendingPathComponent("empty.tfrc")
        // Not `FileManager.createFile`, which leaves a /tmp/TemporaryDirectory.* behind on Linux.
        try Data().write(to: config)
        return try Self.run(
            terraform,
            arguments,
            in: folder,
            environment: ["TF_CLI_CONFIG_FILE": config.path, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"]
        )
    }

    /// Runs a program with extra environment variables; returns the exit status and the combined output.
    public static func run(
        _ program: URL,
        _ arguments: [String],
        in folder: URL,
        environment extra: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
