import InfraCore
import Testing

/// `JSONCursor`: a skip keeps the lines and columns a parse would have, and a parse resumed at a saved position
/// reads what a parse from the start reads.
@Suite struct JSONCursorTests {
    /// What a string may hold that a skip must act on (or step over), each at every offset of an eight-byte word.
    static let specials = [#"\""#, #"\\"#, #"\n"#, #"\u007d"#, "é", "🦤", "}", "]", "{[", "ü€"]

    @Test(arguments: specials)
    func aSkipEndsWhereTheValueEndsWithTheParsersColumn(special: String) {
        for pad in 0..<20 {
            let string = String(repeating: "x", count: pad) + special + String(repeating: "y", count: 20 - pad)
            var text = "[{\"k\": \"\(string)\"}, 1] "
            let expectedColumn = text.unicodeScalars.count
            text.withUTF8 { bytes in
                var cursor = JSONCursor(bytes: bytes, file: "c.json")
                let moved = cursor.skipContainer(depth: 0)
                #expect(moved, "pad \(pad)")
                #expect(cursor.position.offset == bytes.count - 1, "pad \(pad)")
                #expect(cursor.line == 1)
                #expect(cursor.column == expectedColumn, "pad \(pad)")
            }
        }
    }

    /// Between strings: brackets, quotes and line ends at every offset of an eight-byte word, after runs of spaces,
    /// digits and literals.
    @Test func aSkipFindsEveryBracketAndLineEndBetweenStrings() {
        for pad in 0..<20 {
            let spaces = String(repeating: " ", count: pad)
            let rest = String(repeating: " ", count: 19 - pad)
            for (inner, lines) in [
                ("[\(rest)12345678, true, null]", 0), ("{\(rest)\"k\": [false]}", 0), ("\n[\r\n]", 2),
            ] {
                var text = "[" + spaces + inner + spaces + ", 1234567890" + spaces + "] tail"
                let expectedOffset = text.utf8.count - " tail".utf8.count
                text.withUTF8 { bytes in
                    var cursor = JSONCursor(bytes: bytes, file: "c.json")
                    let moved = cursor.skipContainer(depth: 0)
                    #expect(moved, "pad \(pad): \(inner)")
                    #expect(cursor.position.offset == expectedOffset, "pad \(pad): \(inner)")
                    #expect(cursor.line == 1 + lines, "pad \(pad): \(inner)")
                }
            }
        }
    }

    @Test func aSkipCountsLinesOutsideStringsOnly() {
        var text = "{\"a\": [1,\r\n2,\r3,\n4], \"b\": \"]}\"\n}\n  \"next\""
        text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes, file: "c.json")
            let moved = cursor.skipContainer(depth: 0)
            #expect(moved)
            cursor.skipWhitespace()
            #expect(cursor.line == 6)
            #expect(cursor.column == 3)
            #expect(cursor.peek == UInt8(ascii: "\""))
        }
    }

    @Test(arguments: [
        ("[\"a\tb\"]", "a tab inside a string"),
        ("[\"a", "an unterminated string"),
        ("[[1]", "an unclosed array"),
        ("\"text\"", "no container"),
        ("1", "no container"),
    ])
    func aSkipRefuses(text: String, reason: String) {
        var text = text
        text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes, file: "c.json")
            let moved = cursor.skipContainer(depth: 0)
            #expect(!moved, "\(reason)")
            #expect(cursor.position.offset == 0)
        }
    }

    @Test func aSkipRefusesNestingPastTheParsersLimit() {
        var allowed = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        allowed.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes, file: "c.json")
            let moved = cursor.skipContainer(depth: JSONParser.maximumDepth - 500)
            #expect(moved)
        }
        allowed.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes, file: "c.json")
            let moved = cursor.skipContainer(depth: JSONParser.maximumDepth - 499)
            #expect(!moved)
        }
    }

    @Test func aParseResumedAtASavedPositionReadsKeysWhereTheyAre() throws {
        var text = "{\"skip\": {\"é\": [1, {\"x\": \"}\"}]},\n  \"body\": {\"a\": 1,\n \"b\": {\"c\": \"${x.y.z}\"}}}"
        let positioned = try JSONParser().parse(text, file: "c.json")
        let body = try #require(positioned.members?.last?.value.members)
        let members: [(String, Int, Int, JSONValue)]? = text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes, file: "c.json")
            var members: [(String, Int, Int, JSONValue)] = []
            do throws(DiagnosticError) {
                guard cursor.take(UInt8(ascii: "{")) else { return nil }
                _ = try cursor.readKey()
                guard cursor.skipContainer(depth: 1), cursor.take(UInt8(ascii: ",")) else { return nil }
                _ = try cursor.readKey()
                cursor.skipWhitespace()
                var resumed = JSONCursor(bytes: bytes, file: "c.json", at: cursor.position)
                try resumed.forEachMember(depth: 1) { members.append(($0, $1, $2, $3)) }
            } catch {
                return nil
            }
            return members
        }
        let read = try #require(members)
        #expect(read.map(\.0) == body.map(\.key))
        #expect(read.map(\.1) == body.map(\.line))
        #expect(read.map(\.2) == body.map(\.column))
        #expect(read.map(\.3) == body.map(\.value.value))
    }
}
