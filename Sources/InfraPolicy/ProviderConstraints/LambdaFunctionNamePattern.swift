/// The provider's pattern for a Lambda function name or ARN (`validFunctionName` in the provider's
/// `internal/service/lambda/validate.go`), matched part by part. It is the one table pattern a render of the stacks
/// meets that neither `SimplePattern` nor `SequencePattern` takes (it has nested and optional groups), and compiling
/// it as a `Regex` was a millisecond of every render with a function.
///
/// Every component of the pattern but the name and the version ends at a `:`, and none holds one, so the text's
/// `:`-separated parts are matched against the optional components in order, trying each with and without, as the
/// regular expression backtracks. Like the other byte matchers, it decides only printable ASCII text; anything else
/// is left to `Regex`.
enum LambdaFunctionNamePattern {
    static let pattern =
        #"^(arn:[\w-]+:lambda:)?([a-z]{2}-(?:[a-z]+-){1,2}\d{1}:)?(\d{12}:)?(function:)?([0-9A-Za-z_-]+)(:(\$LATEST|[0-9A-Za-z_-]+))?$"#

    /// Whether `text` matches the pattern; `nil` for text that is not printable ASCII.
    static func matches(_ text: String) -> Bool? {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let parts = text.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        return matches(parts[...], from: .arn)
    }

    /// The optional components, in the order the pattern has them, then the name.
    private enum Component: Int, Comparable {
        case arn, region, account, function, name

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Whether `parts` match the pattern from `component` on.
    private static func matches(_ parts: ArraySlice<Substring.UTF8View>, from component: Component) -> Bool {
        guard let first = parts.first else { return false }
        let rest = parts.dropFirst()
        if component <= .arn, parts.count >= 3, first.elementsEqual("arn".utf8), isName(rest[rest.startIndex]),
            rest[rest.startIndex + 1].elementsEqual("lambda".utf8), matches(parts.dropFirst(3), from: .region)
        {
            return true
        }
        if component <= .region, isRegion(first), matches(rest, from: .account) { return true }
        if component <= .account, first.count == 12, first.allSatisfy(isDigit), matches(rest, from: .function) {
            return true
        }
        if component <= .function, first.elementsEqual("function".utf8), matches(rest, from: .name) { return true }
        // The name, and an optional version: `$LATEST` or a name.
        switch parts.count {
        case 1: return isName(first)
        case 2:
            let version = rest[rest.startIndex]
            return isName(first) && (version.elementsEqual("$LATEST".utf8) || isName(version))
        default: return false
        }
    }

    /// `[0-9A-Za-z_-]+`, which is also `[\w-]+` with ASCII classes.
    private static func isName(_ part: Substring.UTF8View) -> Bool {
        !part.isEmpty
            && part.allSatisfy { byte in
                isDigit(byte) || isLowercase(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }

    /// `[a-z]{2}-(?:[a-z]+-){1,2}\d{1}`: `us-east-1`, `us-gov-west-1`.
    private static func isRegion(_ part: Substring.UTF8View) -> Bool {
        let words = part.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (3...4).contains(words.count), let first = words.first, let last = words.last else { return false }
        return first.count == 2 && first.allSatisfy(isLowercase)
            && words.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy(isLowercase) }
            && last.count == 1 && last.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
}
