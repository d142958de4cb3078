import Testing

@testable import InfraCore

@Suite struct SourceLocationTests {
    @Test(arguments: [
        ("/a/b/stacks/aggregator/Aggregator.swift", "stacks/aggregator/Aggregator.swift"),
        ("/home/dev/infragen/Sources/InfraAWS/Network.swift", "Sources/InfraAWS/Network.swift"),
        ("/home/ci/repo/Tests/InfraCoreTests/X.swift", "Tests/InfraCoreTests/X.swift"),
        ("/Sources/checkout/stacks/dispatcher/Dispatcher.swift", "stacks/dispatcher/Dispatcher.swift"),
        ("stacks/aldea/Aldea.swift", "stacks/aldea/Aldea.swift"),
        ("/a//b/stacks//x/Y.swift", "stacks/x/Y.swift"),
        ("/tmp/elsewhere/File.swift", "File.swift"),
        ("File.swift", "File.swift"),
        ("", ""), ("/", "/"), ("/a/stacks/", "stacks"), ("stacks", "stacks"), ("//x//", "x"),
        ("/a/Sources/b/Tests", "Tests"), ("/a/Stacks/b.swift", "b.swift"), ("/a/xstacks/b.swift", "b.swift"),
    ])
    func projectRelativePath(path: String, relative: String) {
        #expect(SourceLocation.projectRelativePath(path) == relative)
    }

    @Test func swiftLocationFromFilePathAndLine() {
        let location = SourceLocation.swift(filePath: "/x/y/stacks/aggregator/Aggregator.swift", line: 31)
        #expect(location == SourceLocation(file: "stacks/aggregator/Aggregator.swift", line: 31))
        #expect(location.description == "stacks/aggregator/Aggregator.swift:31")
    }

    @Test func thisFileIsSeenFromTheProjectRoot() {
        #expect(
            SourceLocation.swift(filePath: #filePath, line: 1).file == "Tests/InfraCoreTests/SourceLocationTests.swift"
        )
    }

    @Test func description() {
        #expect(SourceLocation(file: "a.yaml").description == "a.yaml")
        #expect(SourceLocation(file: "a.yaml", line: 3).description == "a.yaml:3")
        #expect(SourceLocation(file: "a.yaml", line: 3, column: 7).description == "a.yaml:3:7")
        #expect(SourceLocation(file: "a.yaml", column: 7).description == "a.yaml")
    }

    @Test func orderingIsByFileThenLineThenColumn() {
        let locations = [
            SourceLocation(file: "b.swift", line: 1),
            SourceLocation(file: "a.swift", line: 10),
            SourceLocation(file: "a.swift", line: 2, column: 5),
            SourceLocation(file: "a.swift", line: 2, column: 1),
            SourceLocation(file: "a.swift"),
        ]
        #expect(
            locations.sorted().map(\.description) == [
                "a.swift", "a.swift:2:1", "a.swift:2:5", "a.swift:10", "b.swift:1",
            ]
        )
    }
}
