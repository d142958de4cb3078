// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Every environment file under `stacks/`, so adding `stacks/<stack>/<env>.yaml` needs no edit here: the files are
/// settings read at run time, not sources, and SwiftPM would otherwise warn about each one.
let environmentFiles: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("stacks")
    let stacks = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return stacks.sorted().flatMap { stack -> [String] in
        let files =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(stack).path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(stack)/\($0)" }
    }
}()

/// Upcoming features that keep every target honest about imports and existentials.
let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    // A release build refers to each concrete generic type's metadata through its accessor, handing it the
    // conformances it needs, instead of through a mangled name that the runtime demangles on first use: each of
    // those first uses (a dictionary's storage, a settings type's coding keys) searched every conformance record
    // in the binary, 6,780 of them, about a tenth of a render's instructions.
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(configuration: .release)
    ),
]

let package = Package(
    name: "infragen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "infragen", targets: ["infragen"]),
        .library(name: "InfraCore", targets: ["InfraCore"]),
        .library(name: "InfraAWS", targets: ["InfraAWS"]),
        .library(name: "InfraPolicy", targets: ["InfraPolicy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Terraform JSON values, resources, references, stacks, diagnostics, the deterministic encoder. No AWS, no I/O.
        .target(name: "InfraCore", swiftSettings: strictness),
        // Strict YAML decoding of environment settings: unknown keys and wrong types are diagnostics with line and column.
        .target(
            name: "InfraConfig",
            dependencies: ["InfraCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictness
        ),
        // Typed AWS constructs with secure defaults; each expands into Terraform resources.
        .target(name: "InfraAWS", dependencies: ["InfraCore"], swiftSettings: strictness),
        // Rule catalogue, engine and waivers; reads a rendered Terraform document.
        .target(name: "InfraPolicy", dependencies: ["InfraCore"], swiftSettings: strictness),
        // The stacks, one folder each, with their environment YAML.
        .target(
            name: "Stacks",
            dependencies: ["InfraCore", "InfraConfig", "InfraAWS", "InfraPolicy"],
            path: "stacks",
            exclude: environmentFiles,
            swiftSettings: strictness
        ),
        // The command-line tool: the only target that touches files, processes and the terminal.
        .executableTarget(
            name: "infragen",
            dependencies: [
                "InfraCore", "InfraConfig", "InfraAWS", "InfraPolicy", "Stacks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness,
            linkerSettings: [
                // A position-independent executable is relocated by the loader at every start: 85,000 pointers
                // rewritten, and each page of them copied on write, 0.6 to 1 ms of every command (`--version`
                // 4.8 -> 3.8 ms). Linked at a fixed address, the release binary starts without that; the libraries
                // and the heap are still placed at random. Go links its Linux binaries the same way by default.
                .unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release)),
                // The static Swift runtime's link arguments export every symbol of the executable (8,926 of them),
                // which nothing looks up; but the runtime's backtracer calls `dladdr` at every start, and that
                // searches the exported symbols one by one: 0.3 million instructions, 3 % of `--version`. This
                // option comes after theirs on the link line, and the last one wins.
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // `swift run -c release infragen-bench --resources N`: stage timings and peak memory on a synthetic stack.
        .executableTarget(
            name: "infragen-bench",
            dependencies: ["InfraCore", "InfraAWS", "InfraPolicy"],
            swiftSettings: strictness
        ),
        // Test helpers shared by the test targets: finding terraform and the provider mirror.
        .target(name: "InfraTestSupport", path: "Tests/InfraTestSupport", swiftSettings: strictness),
        .testTarget(
            name: "InfraCoreTests",
            dependencies: ["InfraCore", "InfraTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(name: "InfraConfigTests", dependencies: ["InfraConfig", "InfraCore"], swiftSettings: strictness),
        .testTarget(name: "InfraAWSTests", dependencies: ["InfraAWS"], swiftSettings: strictness),
        .testTarget(
            name: "InfraPolicyTests",
            dependencies: ["InfraPolicy", "InfraAWS", "InfraTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "StacksTests",
            dependencies: ["Stacks", "InfraCore", "InfraConfig", "InfraAWS", "InfraPolicy", "InfraTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictness
        ),
        .testTarget(name: "infragenTests", dependencies: ["infragen", "InfraTestSupport"], swiftSettings: strictness),
    ]
)
