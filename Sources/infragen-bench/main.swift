import Foundation
import InfraCore
import InfraPolicy

/// `infragen-bench --resources N [--format json|text]`: builds a synthetic stack of about N resources from the real
/// constructs and times each stage of `render` and of `lint --tf-json` on its output, with the process's peak memory.
/// One N per process, so the peak memory (VmHWM) belongs to that N alone. Dependency-free on purpose: no
/// ArgumentParser, so the figures are of infragen's own code.

/// The command line, parsed by hand.
struct Options {
    var resources = 1_000
    var format = "text"

    init(_ arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--resources":
                guard let value = rest.popFirst().flatMap({ Int($0.replacingOccurrences(of: "_", with: "")) }),
                    value > 0
                else { throw UsageError("--resources needs a positive whole number") }
                resources = value
            case "--format":
                guard let value = rest.popFirst(), ["json", "text"].contains(value) else {
                    throw UsageError("--format needs json or text")
                }
                format = value
            case "-h", "--help":
                throw UsageError("usage: infragen-bench --resources N [--format json|text]")
            default:
                throw UsageError(
                    "unknown argument \(argument); usage: infragen-bench --resources N [--format json|text]"
                )
            }
        }
    }
}

struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Times one stage in milliseconds, keeping its result.
func timed<T>(_ stage: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try stage()
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (result, Double(seconds) * 1_000 + Double(attoseconds) / 1e15)
}

/// The process's peak resident memory in KiB (`VmHWM` in `/proc/self/status`), or nil where there is no procfs.
func peakMemoryKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
}

let options: Options
do {
    options = try Options(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    exit(2)
}

guard let today = CalendarDate("2026-01-01") else { preconditionFailure("2026-01-01 is a valid date") }
// The embedded data the rules read, loaded on first use: timed apart so policy time is per-resource work only.
let (_, schemaMillis) = timed { AWSProviderSchema.catalog.version.count }
let (_, constraintsMillis) = timed { ProviderConstraints.table.count }
let (_, catalogMillis) = timed { RuleCatalog.all.count }
let (body, constructMillis) = timed { SyntheticStack.body(resources: options.resources) }
let (model, buildMillis) = timed { () -> StackModel in
    let assembly = StackAssembly(body)
    return StackModel(
        stack: "bench",
        environment: "prod",
        configuration: SyntheticStack.configuration,
        resources: assembly.resources,
        outputs: assembly.outputs,
        files: assembly.files,
        problems: assembly.problems,
        constructTypes: assembly.constructTypes
    )
}
let (modelFindings, checksMillis) = timed { ModelChecks.check(model) }
let (rendered, renderMillis) = timed { TerraformRenderer().render(model) }
let (policyFindings, policyMillis) = timed {
    PolicyEngine().evaluate(rendered, context: PolicyContext(environment: "prod", today: today))
}
let (encoded, encodeMillis) = timed { JSONEncoding().encode(rendered.document) }
let mainFile = rendered.files.first { $0.path == RenderedStack.mainFileName }?.bytes ?? []
let mainText = String(decoding: mainFile, as: UTF8.self)
let (lintFindings, lintMillis) = timed { () -> [Diagnostic] in
    do throws(DiagnosticError) {
        return try TerraformJSONInput(text: mainText, path: "main.tf.json", environment: "prod").lint(today: today)
    } catch {
        return error.diagnostics
    }
}
let peak = peakMemoryKiB()

let figures: [(String, String)] = [
    ("resources", String(model.resources.count)),
    ("schema_load_ms", String(format: "%.1f", schemaMillis)),
    ("constraints_load_ms", String(format: "%.1f", constraintsMillis)),
    ("catalog_load_ms", String(format: "%.1f", catalogMillis)),
    ("construct_ms", String(format: "%.1f", constructMillis)),
    ("build_ms", String(format: "%.1f", buildMillis)),
    ("model_checks_ms", String(format: "%.1f", checksMillis)),
    ("render_ms", String(format: "%.1f", renderMillis)),
    ("policy_ms", String(format: "%.1f", policyMillis)),
    ("encode_ms", String(format: "%.1f", encodeMillis)),
    ("lint_tf_json_ms", String(format: "%.1f", lintMillis)),
    ("output_bytes", String(mainFile.count)),
    ("document_bytes", String(encoded.utf8.count)),
    ("findings", String(modelFindings.count + policyFindings.count)),
    ("lint_findings", String(lintFindings.count)),
    ("peak_memory_kib", peak.map(String.init) ?? "null"),
]

if options.format == "json" {
    let members = figures.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    print("{\(members)}")
} else {
    for (name, value) in figures { print("\(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(value)") }
}
