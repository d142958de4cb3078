import InfraCore
import Testing

/// `JSONParser.value(of:)` must give what `parse(_:file:)` followed by `PositionedJSON.value` gives, and fail where
/// it fails: the rules read embedded JSON through it.
@Suite struct JSONParserPlainValueTests {
    static let documents: [String] = [
        "null", "true", "false", "0", "-0", "42", "-7", "1.5", "-2.5e3", "1E2", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "1e400", "\"\"", "\"text\"", "\"a\\u00e9\\n\\t\\\"\"",
        "\"\\ud83d\\ude00\"", "\"${aws_vpc.main.id}\"", "\"$${literal}\"", "\"%%{ if x }\"", "\"%{ if x }y%{ endif }\"",
        "\"{\\\"Version\\\":\\\"2012-10-17\\\"}\"", "[]", "{}", "[1, [2, [3, []]], {}]",
        " { \"a\" : 1 , \"b\" : [true] } ",
        "\u{FEFF}{\"bom\": 1}", "{\"a\": {\"b\": {\"c\": \"${x.y.z}\"}}, \"d\": [\"$${e}\", 2.5, null]}",
        "[{\"name\":\"app\",\"environment\":[{\"name\":\"K\",\"value\":\"v\"}]}]",
        "{\"a\": 1, \"a\": 2}", "{\"a\": 1, \"b\": {\"a\": 2, \"a\": 3}}",
        // Not JSON.
        "", " ", "nul", "tru", "[1,]", "[,1]", "{\"a\" 1}", "{\"a\": 1,}", "{a: 1}", "'a'", "01", "1.", "-", "1e",
        "\"unterminated", "\"\\x\"", "\"\\ud800\"", "[1] 2", "{\"a\": [}", "[\"a\"\n\"b\"]", "\"line\nbreak\"",
        String(repeating: "[", count: JSONParser.maximumDepth + 1)
            + String(repeating: "]", count: JSONParser.maximumDepth + 1),
    ]

    @Test(arguments: documents)
    func sameValueAsThePositionedParse(_ text: String) {
        for mode in [JSONParser.DuplicateKeys.reject, .keep] {
            let parser = JSONParser(duplicateKeys: mode)
            let expected = try? parser.parse(text, file: "test.json").value
            #expect(parser.value(of: text) == expected, "\(mode): \(text)")
        }
    }

    @Test func duplicateKeysKeepTheLastValueOrFail() {
        #expect(JSONParser(duplicateKeys: .keep).value(of: #"{"a": 1, "a": 2}"#) == .object(["a": .int(2)]))
        #expect(JSONParser().value(of: #"{"a": 1, "a": 2}"#) == nil)
    }

    @Test func stringsAreReadAsTemplates() {
        let value = JSONParser().value(of: #"["${a.b}", "$${a.b}", "plain"]"#)
        #expect(value == [.expression("${a.b}"), "${a.b}", "plain"])
    }
}
