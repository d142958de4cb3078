import Foundation
import InfraCore
import InfraPolicy
import Testing

/// Issue 11: no false errors on anyone's Terraform. Each case is Terraform JSON written the way a real generator
/// writes it (cdktf synth output with `${var.x}` variables and `//` metadata, Wing output, hand-written `.tf.json`
/// with repeated top-level keys and array-form blocks), and lists the errors it really has. Any other error-severity
/// finding, on a value that is only known at plan or is actually fine, fails the test.
@Suite struct GeneratorCorpusTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    /// The error-severity findings of one case, as `ID address`, sorted.
    static func errors(_ corpusCase: GeneratorCorpusCase) throws -> [String] {
        let input = try TerraformJSONInput(
            text: corpusCase.json,
            path: "\(corpusCase.name).tf.json",
            environment: "prod"
        )
        return input.lint(today: today).filter { $0.severity == .error }
            .map { "\($0.id) \($0.address ?? "-")" }.sorted()
    }

    @Test(arguments: GeneratorCorpusCase.all)
    func onlyTrueErrors(corpusCase: GeneratorCorpusCase) throws {
        #expect(try Self.errors(corpusCase) == corpusCase.trueErrors.sorted())
    }

    @Test func theCorpusCoversManyServicesAndGenerators() {
        #expect(GeneratorCorpusCase.all.count >= 15)
        // The service part of every `"aws_<service>_…` key the cases hold.
        let services = Set(
            GeneratorCorpusCase.all.flatMap { corpusCase in
                corpusCase.json.components(separatedBy: "\"aws_").dropFirst().compactMap {
                    $0.split(separator: "_").first.map(String.init)
                }
            }
        )
        #expect(services.count >= 15, "\(services.sorted())")
    }
}

/// One Terraform JSON document and the errors it really has.
struct GeneratorCorpusCase: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    /// `ID address` of every error the document deserves.
    var trueErrors: [String] = []

    var testDescription: String { name }
}
