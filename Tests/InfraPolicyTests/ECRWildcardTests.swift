import Testing

@testable import InfraPolicy

/// ECR's repository filters match names with `*` standing for any run of characters.
@Suite struct ECRWildcardTests {
    static let cases: [(String, String, Bool)] = [
        ("*", "app", true), ("*", "", true), ("app", "app", true), ("app", "apps", false),
        ("app-*", "app-api", true), ("app-*", "app-", true), ("app-*", "web-app", false),
        ("*-api", "app-api", true), ("*-api", "app-api-2", false), ("a*b*c", "aXbYc", true), ("a*b*c", "acb", false),
        ("a*a", "a", false), ("a*a", "aa", true), ("**", "x", true), ("team/*", "team/app", true),
    ]

    @Test(arguments: cases)
    func filterMatchesName(filter: String, name: String, matches: Bool) {
        #expect(ECRRules.wildcard(filter, matches: name) == matches)
    }
}
