import InfraCore
import Testing

/// `JSONStreamWriter` writes what `JSONEncoding` writes for the same document, byte for byte, however its arrays are
/// split into chunks.
@Suite struct JSONStreamWriterTests {
    static let row: JSONValue = [
        "name": .expression("a \"quoted\" ${x}\n"), "size": 3, "tags": [], "more": [:],
        "deep": ["deeper": [["deepest": [true, nil, 1.5]]]],
    ]

    @Test func membersAndNestingMatchTheEncoder() {
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.member("absent", nil as String?)
        writer.key("empty")
        writer.beginArray()
        writer.endArray()
        writer.key("flag")
        writer.bool(false)
        writer.key("inner")
        writer.beginObject()
        writer.member("count", 2)
        writer.key("tree")
        writer.value(Self.row)
        writer.endObject()
        writer.key("list")
        writer.beginArray()
        writer.element()
        writer.string("one")
        writer.element()
        writer.beginObject()
        writer.endObject()
        writer.endArray()
        writer.member("text", "é \\ \u{1}")
        writer.endObject()
        let expected: JSONValue = [
            "empty": [],
            "flag": false,
            "inner": ["count": 2, "tree": Self.row],
            "list": [.expression("one"), [:]],
            "text": .expression("é \\ \u{1}"),
        ]
        #expect(writer.chunks().text == JSONEncoding().encode(expected))
    }

    /// Arrays written a chunk per core, after other elements or alone, empty or not, nested in an object.
    @Test(arguments: [(0, 0), (1, 0), (7, 0), (7, 2), (100, 1)])
    func elementsInChunksMatchTheEncoder(count: Int, before: Int) {
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.key("rows")
        writer.beginArray()
        for _ in 0..<before {
            writer.element()
            writer.int(-1)
        }
        writer.elements(count: count, minimumChunk: 2) { writer, index in
            writer.beginObject()
            writer.member("index", index)
            writer.key("row")
            writer.value(Self.row)
            writer.endObject()
        }
        writer.endArray()
        writer.member("z", "end")
        writer.endObject()
        let chunks = writer.chunks()
        let rows: [JSONValue] =
            Array(repeating: .int(-1), count: before) + (0..<count).map { ["index": .int($0), "row": Self.row] }
        let expected = JSONEncoding().encode(["rows": .array(rows), "z": .expression("end")])
        #expect(chunks.text == expected)
        #expect(chunks.count == expected.utf8.count)
        if count >= 4 { #expect(chunks.pieces.count > 2, "the elements were split into chunks") }
    }

    @Test func theFinalLineIsReplacedOnlyWhenItIsThere() {
        var chunks = ByteChunks([Array("a\n".utf8), Array("total: 1\n".utf8)])
        let absent = chunks.replaceFinal("total: 2\n", with: "x\n")
        #expect(!absent)
        #expect(chunks.text == "a\ntotal: 1\n")
        let present = chunks.replaceFinal("total: 1\n", with: "total: one\n")
        #expect(present)
        #expect(chunks.text == "a\ntotal: one\n")
        var single = ByteChunks("{}\nend\n")
        let whole = single.replaceFinal("end\n", with: "END\n")
        #expect(whole)
        #expect(single.text == "{}\nEND\n")
        var empty = ByteChunks()
        let none = empty.replaceFinal("end\n", with: "END\n")
        #expect(!none)
        #expect(empty.text.isEmpty)
    }
}
