import InfraCore
import Testing

/// Leaf-level differences by attribute path, and the marker trees (`after_sensitive`, `after_unknown`) of a plan.
@Suite struct JSONValueDiffTests {
    @Test func namesEachChangedLeafByPath() {
        let before: JSONValue = ["a": 1, "tags": ["Name": "x", "Team": "y"], "rules": [["port": 80], ["port": 443]]]
        let after: JSONValue = ["a": 1, "tags": ["Name": "z"], "rules": [["port": 80], ["port": 8443]], "b": true]
        let changes = JSONValueDiff.changes(from: before, to: after)
        #expect(changes.map(\.pathText) == ["b", "rules[1].port", "tags.Name", "tags.Team"])
        #expect(changes[0] == .init(path: [.key("b")], before: nil, after: true))
        #expect(changes[3].after == nil)
    }

    @Test func arraysOfDifferentLengthAreOneChangeAndNullIsAbsent() {
        let changes = JSONValueDiff.changes(from: ["list": [1, 2], "gone": nil], to: ["list": [1, 2, 3]])
        #expect(changes == [.init(path: [.key("list")], before: [1, 2], after: [1, 2, 3])])
        #expect(JSONValueDiff.changes(from: ["a": 1], to: ["a": 1]).isEmpty)
    }

    @Test func markerTreesMarkAPathOrAnyPrefixOfIt() {
        let markers: JSONValue = ["password": true, "block": [["secret": true]], "tags": [:]]
        #expect(JSONValueDiff.isMarked([.key("password")], in: markers))
        #expect(JSONValueDiff.isMarked([.key("block"), .index(0), .key("secret")], in: markers))
        #expect(!JSONValueDiff.isMarked([.key("tags"), .key("Name")], in: markers))
        #expect(JSONValueDiff.isMarked([.key("anything")], in: true))
        #expect(JSONValueDiff.marksAnything(["a": [["b": true]]]))
        #expect(!JSONValueDiff.marksAnything(["a": [:]]))
    }

    @Test func displaysShortCompactValues() {
        #expect(JSONValueDiff.display("a${b}") == "\"a${b}\"")
        #expect(JSONValueDiff.display(["x": [1, 2]]) == "{\"x\":[1,2]}")
        #expect(JSONValueDiff.display(nil) == "(none)")
        #expect(JSONValueDiff.display(.string(String(repeating: "a", count: 100))).count == 81)
    }
}
