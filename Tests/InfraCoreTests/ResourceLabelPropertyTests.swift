import InfraCore
import InfraTestSupport
import Testing

/// Property tests of resource label validation (`ResourceAddress.isValidLabel`, `label(from:)`) over generated text,
/// against an oracle written from the rule itself: a lower-case letter or `_`, then lower-case letters, digits or `_`.
@Suite struct ResourceLabelPropertyTests {
    static let seed: UInt64 = 0x1AB_E15

    static func oracle(_ label: String) -> Bool {
        let scalars = Array(label.unicodeScalars)
        guard let first = scalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return scalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    @Test func validationAgreesWithTheOracle() {
        var generator = SeededGenerator(seed: Self.seed)
        let labelScalars: [Unicode.Scalar] = ["a", "z", "m", "0", "9", "_", "-", "A", "é", " ", "."]
        for round in 0..<5_000 {
            // Half the cases from label-like characters, so valid labels are common.
            let text =
                round.isMultiple(of: 2)
                ? String(
                    String.UnicodeScalarView(
                        (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                            labelScalars.randomElement(using: &generator) ?? "a"
                        }
                    )
                )
                : generator.string(maximumLength: 10)
            #expect(
                ResourceAddress.isValidLabel(text) == Self.oracle(text),
                "seed \(Self.seed): \(text.debugDescription)"
            )
        }
    }

    @Test func anyTextBecomesAValidLabelAndALabelStaysItself() {
        var generator = SeededGenerator(seed: Self.seed &+ 1)
        for _ in 0..<5_000 {
            let text = generator.string(maximumLength: 16)
            let label = ResourceAddress.label(from: text)
            #expect(ResourceAddress.isValidLabel(label), "seed \(Self.seed): \(text.debugDescription) → \(label)")
            #expect(ResourceAddress.label(from: label) == label)
            #expect(!label.isEmpty && !label.contains("__"))
        }
    }
}
