import Foundation
import InfraConfig
import InfraCore
import InfraTestSupport
import Stacks
import Testing

/// The promise of `render`, as a property over every stack and environment: change one scalar setting at a time to
/// something out of range, empty, overlong or malformed, and the render either fails at the settings file's line
/// (exit 2 for bad input, exit 1 for a blocking finding) or writes output that `terraform validate` accepts.
///
/// The renders that pass are validated together: each becomes a child module of one root module, so one
/// `terraform init` and one `validate` per stack cover every case and the suite stays within CI's budget.
///
/// A count is bounded before it drives a loop: `instances: 2147483648` once made the Aurora construct build one resource
/// per instance until the process ran out of memory (now `AuroraInstanceCount`, and the construct stops at AWS's
/// bound). `INFRAGEN_TRACE_MUTATIONS=1` prints each case to standard error as it runs; the targets run in parallel,
/// so read the trace per target.
@Suite(
    .enabled(
        if: TerraformToolchain.shouldRun("settings mutation tests"),
        "terraform or the offline provider mirror is absent"
    )
)
struct SettingsMutationTests {
    /// One changed value and what the render came to.
    struct Case {
        var scalar: SettingScalar
        var replacement: String
        var rendered: RenderedStack?
        var label: String { "\(scalar.path) = \(replacement.prefix(40)) (\(scalar.location))" }
    }

    @Test(arguments: TestSupport.targets)
    func everyMutationFailsAtTheSettingsLineOrValidates(target: String) throws {
        let toolchain: TerraformToolchain
        switch TerraformToolchain.locate() {
        case .success(let found): toolchain = found
        case .failure(let unavailable):
            Issue.record("settings mutation tests cannot be skipped on CI: \(unavailable.reason)")
            return
        }
        let (entry, environment) = try TestSupport.entry(target)
        let file = entry.settingsFile(for: environment)
        let settings = try TestSupport.read(file)
        var inputs = StackInputs()
        for path in entry.inputFiles { inputs.files[path] = try TestSupport.read(path) }
        let baseline = try #require(
            StackPipeline.run(
                entry,
                environment: environment,
                settings: settings,
                inputs: inputs,
                today: TestSupport.today
            )
            .rendered
        )

        var counts = (cases: 0, badInput: 0, blocked: 0, unchanged: 0, validated: 0)
        var toValidate: [Case] = []
        var seen: Set<[UInt8]> = [baseline.files[0].bytes]
        for scalar in Self.representatives(SettingScalar.all(in: settings, file: file)) {
            for replacement in Self.mutations(of: scalar) {
                guard let mutated = Self.replacing(scalar, with: replacement, in: settings) else {
                    Issue.record("cannot locate the text of \(scalar.path) at \(scalar.location)")
                    continue
                }
                counts.cases += 1
                let label = "\(scalar.path) = \(replacement.prefix(40))"
                if ProcessInfo.processInfo.environment["INFRAGEN_TRACE_MUTATIONS"] == "1" {
                    FileHandle.standardError.write(Data("mutation \(target): \(label)\n".utf8))
                }
                let outcome = StackPipeline.run(
                    entry,
                    environment: environment,
                    settings: mutated,
                    inputs: inputs,
                    today: TestSupport.today
                )
                if !outcome.inputErrors.isEmpty {
                    counts.badInput += 1
                    #expect(
                        outcome.inputErrors.contains { $0.location?.file == file && $0.location?.line != nil },
                        "\(label): bad input reported away from \(file): \(outcome.inputErrors.map(\.description))"
                    )
                } else if outcome.findings.contains(where: \.isBlocking) {
                    counts.blocked += 1
                    let blocking = outcome.findings.filter(\.isBlocking)
                    #expect(
                        blocking.contains { $0.location?.file == file && $0.location?.line != nil },
                        "\(label): blocked by findings that do not point at \(file): \(blocking.map(\.description))"
                    )
                } else if let rendered = outcome.rendered, seen.insert(rendered.files[0].bytes).inserted {
                    toValidate.append(Case(scalar: scalar, replacement: replacement, rendered: rendered))
                } else {
                    counts.unchanged += 1
                }
            }
        }
        counts.validated = toValidate.count
        try validate(toValidate, toolchain: toolchain, target: target)
        print(
            "settings mutations \(target): \(counts.cases) cases: \(counts.badInput) bad input at the YAML line, "
                + "\(counts.blocked) blocked by a finding, \(counts.validated) rendered and validated, "
                + "\(counts.unchanged) rendered the same as another case"
        )
        #expect(counts.cases > 20, "too few scalars found in \(file)")
    }

    /// One scalar per key path with list indices ignored (`services[*].name`): the elements of a list share their
    /// type and its domain, so mutating the first says what mutating each would, at a fraction of the renders.
    static func representatives(_ scalars: [SettingScalar]) -> [SettingScalar] {
        var seen: Set<String> = []
        return scalars.filter { scalar in
            let shape = scalar.path.replacingOccurrences(of: #"\[[0-9]+\]"#, with: "[*]", options: .regularExpression)
            return seen.insert(shape).inserted
        }
    }

    /// Values that break a setting's domain: out of range, empty, overlong, malformed. Booleans are typed, so a wrong
    /// one is always a decoding error, and are left out.
    static func mutations(of scalar: SettingScalar) -> [String] {
        if !scalar.isQuoted, Int(scalar.value) != nil { return ["-1", "0", "2147483648"] }
        if !scalar.isQuoted, ["true", "false"].contains(scalar.value) { return [] }
        return ["\"\"", "\"" + String(repeating: "a", count: 300) + "\"", "\"not a valid value!\""]
    }

    /// `text` with the scalar's source text replaced, or `nil` when its extent cannot be told (a multi-line scalar).
    static func replacing(_ scalar: SettingScalar, with replacement: String, in text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let line = scalar.location.line, let column = scalar.location.column, lines.indices.contains(line - 1)
        else { return nil }
        let characters = Array(lines[line - 1])
        let start = column - 1
        guard characters.indices.contains(start) else { return nil }
        var end = start
        switch characters[start] {
        case "\"", "'":
            let quote = characters[start]
            end = start + 1
            while end < characters.count, characters[end] != quote || (quote == "\"" && characters[end - 1] == "\\") {
                end += 1
            }
            guard end < characters.count else { return nil }
            end += 1
        default:
            let inFlow = characters[..<start].contains("[") || characters[..<start].contains("{")
            while end < characters.count {
                let character = characters[end]
                if inFlow, character == "," || character == "]" || character == "}" { break }
                if character == "#", end > start, characters[end - 1] == " " { break }
                end += 1
            }
            while end > start, characters[end - 1] == " " { end -= 1 }
        }
        guard String(characters[start..<end]).contains(scalar.value.prefix(1)) || scalar.value.isEmpty else {
            return nil
        }
        lines[line - 1] = String(characters[..<start]) + replacement + String(characters[end...])
        return lines.joined(separator: "\n")
    }

    /// Writes each case as a child module of one root module and runs one `terraform validate` over all of them.
    func validate(_ cases: [Case], toolchain: TerraformToolchain, target: String) throws {
        guard !cases.isEmpty else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "infragen-mutations-\(target.replacingOccurrences(of: "/", with: "-"))-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        var modules: [String: JSONValue] = [:]
        for (index, mutation) in cases.enumerated() {
            let name = "m\(index)"
            let moduleFolder = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: moduleFolder, withIntermediateDirectories: true)
            // versions.tf holds the backend, which only a root module may configure; main.tf.json is written without
            // its provider block, so that every module shares the root's one provider process (validate starts one
            // per configured module otherwise, each loading the whole AWS provider).
            for file in mutation.rendered?.files ?? [] where file.path != "versions.tf" && file.path != "main.tf.json" {
                try Data(file.bytes).write(to: moduleFolder.appendingPathComponent(file.path))
            }
            var body = mutation.rendered?.document.objectValue ?? [:]
            body["provider"] = nil
            body["terraform"] = nil
            try JSONEncoding(style: .pretty).encode(.object(body)).write(
                to: moduleFolder.appendingPathComponent("main.tf.json"),
                atomically: false,
                encoding: .utf8
            )
            // A variable supplied at deploy time (a secret) is an argument a child module must be given.
            var arguments: [String: JSONValue] = ["source": .string("./\(name)")]
            for (variable, declaration) in mutation.rendered?.document["variable"]?.objectValue ?? [:]
            where declaration["default"] == nil {
                arguments[variable] = .string("placeholder-\(variable)")
            }
            modules[name] = .object(arguments)
        }
        let root: JSONValue = .object([
            "terraform": .object([
                "required_providers": .object([
                    "aws": .object(["source": .string("hashicorp/aws"), "version": .string("~> 5.100")])
                ])
            ]),
            "provider": .object(["aws": .object(["region": .string("us-east-1")])]),
            "module": .object(modules),
        ])
        try JSONEncoding(style: .pretty).encode(root).write(
            to: folder.appendingPathComponent("main.tf.json"),
            atomically: false,
            encoding: .utf8
        )
        let initialized = try toolchain.run(
            ["init", "-input=false", "-no-color", "-backend=false", "-plugin-dir=\(toolchain.pluginDirectory.path)"],
            in: folder
        )
        try #require(initialized.status == 0, "terraform init failed:\n\(initialized.output.suffix(3000))")
        let validated = try toolchain.run(["validate", "-no-color", "-json"], in: folder)
        let report = try JSONParser().parse(validated.output, file: "validate.json").value
        for diagnostic in report["diagnostics"]?.arrayValue ?? [] where diagnostic["severity"]?.literalString == "error"
        {
            let filename = diagnostic["range"]?["filename"]?.literalString ?? ""
            let module = filename.split(separator: "/").first.map(String.init) ?? ""
            let mutation = Int(module.dropFirst()).flatMap { cases.indices.contains($0) ? cases[$0] : nil }
            Issue.record(
                """
                \(target): render exited 0 but terraform validate rejects it: \
                \(mutation?.label ?? filename): \(diagnostic["summary"]?.templateText ?? "") \
                \(diagnostic["detail"]?.templateText ?? "")
                """
            )
        }
        #expect(validated.status == 0 || report["diagnostics"]?.arrayValue?.isEmpty == false, "\(validated.output)")
    }
}
