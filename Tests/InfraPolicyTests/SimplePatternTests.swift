import Testing

@testable import InfraPolicy

/// `SimplePattern` matches the constraint table's simple patterns without `Regex`, for speed; it must agree with
/// `Regex` (ASCII-only classes, as `PatternMatcher` used it) on every pattern it accepts.
@Suite struct SimplePatternTests {
    /// Names, ARNs, odd punctuation, edges (empty, one character, a leading or trailing dash, long strings).
    static let samples = [
        "", "a", "A", "-", "_", "app", "app-task-role", "-app", "app-", "a--b", "App_1.2@x=y,z+w", "internal-lb",
        "arn:aws:iam::123456789012:role/app", "my bucket", "name/with/slashes", "#hash", "default", "x:y",
        "/mnt/data", "404", "UPPER", "0starts-with-digit", "tab\tinside", "new\nline", "naïve", "e\u{301}clair",
        String(repeating: "a", count: 40), String(repeating: "a", count: 41), "a*b", "lambda:*", "$LATEST",
    ]

    static var tablePatterns: [String] { PatternMatcher.simplePatterns.keys.sorted() }

    @Test func acceptsMostOfTheTable() {
        #expect(PatternMatcher.simplePatterns.count >= 15)
    }

    @Test(arguments: tablePatterns) func agreesWithRegex(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let regex = try Regex(pattern).asciiOnlyCharacterClasses()
        for text in Self.samples {
            let expected = try regex.firstMatch(in: text) != nil
            if let found = simple.contains(in: text) {
                #expect(found == expected, "pattern \(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "^[A-Za-z-_]{1,40}$", "^[^:*]+$", "(?i)^default$", #"^\d{12}$"#, "^alias/[0-9A-Za-z_/-]+$", "^AWSRDSCustom.*$",
        #"^[245]\d\d$"#,
    ])
    func leavesHardPatternsToRegex(pattern: String) {
        #expect(SimplePattern(pattern) == nil)
    }
}
