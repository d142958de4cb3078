/// Go's `arn.Parse` and the provider's `verify.ValidARN` checks, as a function of the text.
enum ARNShape {
    /// Why the text is not an ARN, in the provider's words, or `nil`.
    static func problem(_ text: String) -> String? {
        guard text.hasPrefix("arn:") else { return "arn: invalid prefix" }
        let sections = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard sections.count == 6 else { return "arn: not enough sections" }
        let (partition, region, account, resource) = (sections[1], sections[3], sections[4], sections[5])
        if partition.isEmpty { return "missing partition value" }
        if (isPartition(partition) ?? PatternMatcher.contains(#"^aws(-[a-z]+)*$"#, in: partition)) == false {
            return "invalid partition value (expecting to match regular expression: ^aws(-[a-z]+)*$)"
        }
        if !region.isEmpty,
            (isRegion(region) ?? PatternMatcher.contains(#"^[a-z]{2}(-[a-z]+)+-\d{1,2}$"#, in: region)) == false
        {
            return "invalid region value (expecting to match regular expression: ^[a-z]{2}(-[a-z]+)+-\\d{1,2}$)"
        }
        if !account.isEmpty,
            (isAccount(account)
                ?? PatternMatcher.contains(
                    #"^(aws|aws-managed|third-party|aws-marketplace|\d{12}|cw.{10})$"#,
                    in: account
                ))
                == false
        {
            return
                "invalid account ID value (expecting to match regular expression: ^(aws|aws-managed|third-party|aws-marketplace|\\d{12}|cw.{10})$)"
        }
        if resource.isEmpty { return "missing resource value" }
        return nil
    }

    // The three fields the provider checks with regular expressions, decided byte by byte when the field is
    // printable ASCII (as every ARN a stack writes is); `nil` leaves anything else to `PatternMatcher`. Each of the
    // three expressions cost about a millisecond to compile, on the first stack of a render.

    /// `^aws(-[a-z]+)*$`
    static func isPartition(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        guard bytes.starts(with: Array("aws".utf8)) else { return false }
        return bytes.dropFirst(3).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            .enumerated().allSatisfy { index, part in index == 0 ? part.isEmpty : isLowercase(part) }
    }

    /// `^[a-z]{2}(-[a-z]+)+-\d{1,2}$`
    static func isRegion(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, let last = parts.last else { return false }
        return first.count == 2 && isLowercase(first) && parts.dropFirst().dropLast().allSatisfy(isLowercase)
            && (1...2).contains(last.count) && isDigits(last)
    }

    /// `^(aws|aws-managed|third-party|aws-marketplace|\d{12}|cw.{10})$`
    static func isAccount(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        return ["aws", "aws-managed", "third-party", "aws-marketplace"].contains(field)
            || (bytes.count == 12 && isDigits(bytes[...]))
            || (bytes.count == 12 && bytes.starts(with: Array("cw".utf8)))
    }

    private static func printableASCII(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes : nil
    }

    private static func isLowercase(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    private static func isDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
