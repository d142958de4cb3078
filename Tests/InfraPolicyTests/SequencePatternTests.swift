import Testing

@testable import InfraPolicy

/// `SequencePattern` and the ARN field shapes decide patterns without `Regex`, for speed; each must agree with
/// `Regex` (ASCII-only classes, as `PatternMatcher` used it) wherever it gives an answer.
@Suite struct SequencePatternTests {
    /// `SimplePatternTests`' samples, and values near the patterns this type takes (aliases, status codes, names).
    static let samples =
        SimplePatternTests.samples + [
            "alias/app", "alias/", "alias/a/b-c_d", "ALIAS/app", "alias/app key", "xalias/app", "200", "404", "504",
            "2000", "5a4", "DEFAULT", "Default", "defaults", "nodefault", "abc-", "abc9", "a.b", "123456789012",
            "12345678901", "1234567890123", "aaa-bbb", "a-b-c-d-e",
        ]

    static var sequencePatterns: [String] { PatternMatcher.sequencePatterns.keys.sorted() }

    @Test func takesTheTablePatternsThatRenderedStacksCompiled() throws {
        for pattern in [
            #"^alias/[0-9A-Za-z_/-]+$"#, #"^[245]\d\d$"#, "(?i)^default$", "[0-9A-Za-z]$", #"^\d{12}$"#,
            "^(lambda:[*]|lambda:[A-Za-z]+|[*])$",
        ] {
            #expect(SequencePattern(pattern) != nil, "\(pattern)")
        }
        #expect(PatternMatcher.sequencePatterns.count >= 5)
    }

    @Test(arguments: sequencePatterns) func agreesWithRegex(pattern: String) throws {
        let sequence = try #require(SequencePattern(pattern))
        let regex = try Regex(pattern).asciiOnlyCharacterClasses()
        for text in Self.samples {
            let expected = try regex.firstMatch(in: text) != nil
            if let found = sequence.contains(in: text) {
                #expect(found == expected, "pattern \(pattern) on \(text.debugDescription)")
            }
        }
    }

    /// Patterns written for this test, beyond the table's: counts, optional atoms, escapes, unanchored ends.
    @Test(arguments: [
        #"^a\d?b$"#, #"^[a-c]{2,3}x"#, #"-\.$"#, #"^\w+$"#, #"^x[0-9]{1,2}y$"#, #"(?i)^ab[c-e]$"#, #"^ab*c$"#,
        "^(?:ab|c[0-9])$", "(x|yz)$", "^(a[|]b|c)$", "^(lambda:[*]|lambda:[A-Za-z]+|[*])$",
    ])
    func agreesWithRegexOnHandWrittenPatterns(pattern: String) throws {
        let sequence = try #require(SequencePattern(pattern))
        let regex = try Regex(pattern).asciiOnlyCharacterClasses()
        let texts =
            Self.samples + [
                "ab", "a1b", "a12b", "abx", "abcx", "aaaa", "x-.", "x.", "x1y", "x12y", "x123y",
                "ABD", "abf", "ac", "abbbbc", "AB", "_",
            ]
        for text in texts {
            let expected = try regex.firstMatch(in: text) != nil
            if let found = sequence.contains(in: text) {
                #expect(found == expected, "pattern \(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "^[^:*]+$", "^AWSRDSCustom.*$", "^(a|(b))$", "^(a|b)+$", #"^aws(-[a-z]+)*$"#, #"^a+?$"#, #"price\$"#, "^a*b+$",
        "a+",
        #"^\p{L}$"#,
    ])
    func leavesHardPatternsToRegex(pattern: String) {
        #expect(SequencePattern(pattern) == nil)
    }

    @Test func doesNotDecideTextThatIsNotPrintableASCII() throws {
        let sequence = try #require(SequencePattern("(?i)^default$"))
        #expect(sequence.contains(in: "défault") == nil)
        #expect(sequence.contains(in: "default\n") == nil)
    }

    /// The ARN fields: the provider's three expressions against the byte checks.
    @Test func arnFieldsAgreeWithRegex() throws {
        let partition = try Regex(#"^aws(-[a-z]+)*$"#).asciiOnlyCharacterClasses()
        let region = try Regex(#"^[a-z]{2}(-[a-z]+)+-\d{1,2}$"#).asciiOnlyCharacterClasses()
        let account = try Regex(#"^(aws|aws-managed|third-party|aws-marketplace|\d{12}|cw.{10})$"#)
            .asciiOnlyCharacterClasses()
        let texts =
            Self.samples + [
                "aws", "aws-cn", "aws-us-gov", "aws-", "awsx", "aws--cn", "aws-CN", "xaws", "us-east-1", "eu-west-12",
                "us-gov-west-1", "us-east-123", "us-1", "use-east-1", "us--east-1", "us-east-", "US-EAST-1",
                "ap-southeast-2", "aws-managed", "third-party", "aws-marketplace", "cw0123456789", "cw012345678",
                "cw-.:/ab cd9", "cwabcdefghijk", "000000000000",
            ]
        for text in texts {
            if let found = ARNShape.isPartition(text) {
                #expect(found == (try partition.firstMatch(in: text) != nil), "partition \(text.debugDescription)")
            }
            if let found = ARNShape.isRegion(text) {
                #expect(found == (try region.firstMatch(in: text) != nil), "region \(text.debugDescription)")
            }
            if let found = ARNShape.isAccount(text) {
                #expect(found == (try account.firstMatch(in: text) != nil), "account \(text.debugDescription)")
            }
        }
        #expect(ARNShape.isRegion("us-east-1") == true)
        #expect(ARNShape.isPartition("aws-us-gov") == true)
        #expect(ARNShape.isAccount("123456789012") == true)
        #expect(ARNShape.isAccount("naïve") == nil)
    }
}
