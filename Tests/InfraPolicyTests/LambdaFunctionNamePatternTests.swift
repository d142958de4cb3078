import Testing

@testable import InfraPolicy

/// `LambdaFunctionNamePattern` decides the provider's function-name pattern without `Regex`, for speed; it must
/// agree with `Regex` (ASCII-only classes, as `PatternMatcher` used it) wherever it gives an answer.
@Suite struct LambdaFunctionNamePatternTests {
    /// Names, ARNs and partial ARNs, and near misses of each component.
    static let samples =
        SequencePatternTests.samples + [
            "app-import", "my_function", "function", "arn", "lambda", "$LATEST", "fn:$LATEST", "fn:1", "fn:prod",
            "fn:", ":fn", "fn:a:b", "fn::", "fn:$latest", "fn:$LATEST:x",
            "function:fn", "function:function", "function:fn:$LATEST", "function:", "function:fn:1",
            "123456789012:fn", "123456789012:function:fn", "12345678901:fn", "12345678901:function:fn",
            "us-east-1:fn", "us-east-1:function:fn", "us-gov-west-1:fn", "us-east-12:fn", "us-east-12:function:fn",
            "us-east-a:fn", "USA-east-1:fn", "u-east-1:fn", "us-e-a-b-1:function:fn", "us--1:function:fn",
            "us-east-1:123456789012:function:fn",
            "arn:aws:lambda:us-east-1:123456789012:function:my-fn",
            "arn:aws:lambda:us-east-1:123456789012:function:my-fn:$LATEST",
            "arn:aws:lambda:us-east-1:123456789012:function:my-fn:7",
            "arn:aws-cn:lambda:cn-north-1:123456789012:function:x",
            "arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:x:live",
            "arn:aws:lambda:fn", "arn:aws:lambda:function:fn", "arn::lambda:fn", "arn:aws:s3:::bucket",
            "arn:aws:lambda:us-east-1:123456789012:function:my-fn:1:2", "arn:a.b:lambda:fn", "arn:aws:lambda",
            "arn:aws:lambda:", "arn:aws:lambda:arn:aws:lambda:fn", "a:b:c", "my fn", "fn/1", "",
        ]

    @Test func isATablePatternThatNeitherByteMatcherTakes() {
        let pattern = LambdaFunctionNamePattern.pattern
        #expect(PatternMatcher.tablePatterns.contains(pattern))
        #expect(PatternMatcher.simplePatterns[pattern] == nil)
        #expect(PatternMatcher.sequencePatterns[pattern] == nil)
    }

    @Test func agreesWithRegex() throws {
        let regex = try Regex(LambdaFunctionNamePattern.pattern).asciiOnlyCharacterClasses()
        var decided = 0
        for text in Self.samples {
            let expected = try regex.firstMatch(in: text) != nil
            if let found = LambdaFunctionNamePattern.matches(text) {
                decided += 1
                #expect(found == expected, "\(text.debugDescription)")
                #expect(PatternMatcher.contains(LambdaFunctionNamePattern.pattern, in: text) == expected)
            }
        }
        #expect(decided > Self.samples.count / 2)
        #expect(LambdaFunctionNamePattern.matches("fn\u{e9}") == nil)
        #expect(LambdaFunctionNamePattern.matches("fn\n") == nil)
    }
}
