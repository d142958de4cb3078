import InfraCore
import InfraTestSupport
import Testing

@testable import InfraPolicy

/// Property tests of name validation (`NameLimit`) over generated names, against an oracle written from AWS's
/// statement of each limit: not empty, at most `maximum` characters, only the allowed characters.
@Suite struct NameLimitPropertyTests {
    static let seed: UInt64 = 0x4A3E_2026

    /// Names around each limit's length, from characters each limit allows and some it does not.
    static func name(using generator: inout SeededGenerator, maximum: Int) -> String {
        let allowed = Array("abcXYZ019-_.".unicodeScalars)
        let length = Int.random(in: 0...(maximum + 8), using: &generator)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            if Int.random(in: 0..<40, using: &generator) == 0 {
                scalars.append(SeededGenerator.interestingScalars.randomElement(using: &generator) ?? "a")
            } else {
                scalars.append(allowed.randomElement(using: &generator) ?? "a")
            }
        }
        return String(scalars)
    }

    @Test(arguments: [NameLimit.sqsQueue, .logGroup, .iamRole, .eventRule])
    func findingsAreExactlyWhatTheLimitStates(limit: NameLimit) {
        var generator = SeededGenerator(seed: Self.seed)
        for _ in 0..<2_000 {
            let name = Self.name(using: &generator, maximum: limit.maximum)
            let found = limit.violations(.string(name))
            let tooLong = name.count > limit.maximum
            let badCharacter = name.unicodeScalars.contains { !limit.allows($0) }
            #expect(
                found.count == [name.isEmpty, tooLong, badCharacter].filter { $0 }.count,
                "\(name.debugDescription)"
            )
            #expect(found.allSatisfy { $0.attribute == "name" })
            // A name only known at plan is never judged.
            #expect(limit.violations(.expression("${var.x}" + name)).isEmpty)
        }
    }

    @Test(arguments: [NameLimit.sqsQueue, .iamRole])
    func prefixesLeaveRoomForTerraformsSuffix(limit: NameLimit) {
        var generator = SeededGenerator(seed: Self.seed &+ 1)
        for _ in 0..<2_000 {
            let prefix = Self.name(using: &generator, maximum: limit.maximum - 26)
            let found = limit.prefixViolations(.string(prefix))
            let tooLong = prefix.count > limit.maximum - 26
            let badCharacter = prefix.unicodeScalars.contains { !limit.allows($0) }
            #expect(found.count == [tooLong, badCharacter].filter { $0 }.count, "\(prefix.debugDescription)")
        }
    }
}
