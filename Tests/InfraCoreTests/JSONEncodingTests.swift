import InfraCore
import Testing

@Suite struct JSONEncodingTests {
    let pretty = JSONEncoding()
    let compact = JSONEncoding(style: .compact)

    @Test func prettyOutputSortsKeysIndentsByTwoSpacesAndEndsWithANewline() {
        let value: JSONValue = [
            "zeta": 1,
            "alpha": ["nested": true, "list": [1, "two", nil]],
            "mid": "text",
        ]
        let expected = """
            {
              "alpha": {
                "list": [
                  1,
                  "two",
                  null
                ],
                "nested": true
              },
              "mid": "text",
              "zeta": 1
            }

            """
        #expect(pretty.encode(value) == expected)
    }

    @Test func keyOrderIsByteOrderNotInsertionOrder() {
        let value: JSONValue = ["b": 1, "B": 2, "a": 3, "_": 4, "//": 5, "a_b": 6, "ab": 7]
        let expected = """
            {
              "//": 5,
              "B": 2,
              "_": 4,
              "a": 3,
              "a_b": 6,
              "ab": 7,
              "b": 1
            }

            """
        #expect(pretty.encode(value) == expected)
    }

    @Test func compactStyleHasNoWhitespaceAndNoFinalNewline() {
        let value: JSONValue = ["b": [1, 2], "a": ["x": "y", "t": false], "c": [:], "d": [], "e": nil]
        #expect(compact.encode(value) == #"{"a":{"t":false,"x":"y"},"b":[1,2],"c":{},"d":[],"e":null}"#)
    }

    @Test func emptyContainers() {
        #expect(pretty.encode([:]) == "{}\n")
        #expect(pretty.encode([]) == "[]\n")
        #expect(compact.encode([:]) == "{}")
        #expect(compact.encode([]) == "[]")
        let nested: JSONValue = ["a": [:], "b": []]
        let expected = """
            {
              "a": {},
              "b": []
            }

            """
        #expect(pretty.encode(nested) == expected)
    }

    @Test func scalars() {
        #expect(compact.encode(nil) == "null")
        #expect(compact.encode(true) == "true")
        #expect(compact.encode(false) == "false")
        #expect(compact.encode(0) == "0")
        #expect(compact.encode(-42) == "-42")
        #expect(compact.encode(.int(Int.max)) == "9223372036854775807")
        #expect(compact.encode(1.5) == "1.5")
        #expect(compact.encode(2.0) == "2.0")
        #expect(compact.encode(0.1) == "0.1")
        #expect(compact.encode(.double(.infinity)) == "null")
        #expect(compact.encode(.double(.nan)) == "null")
        #expect(pretty.encode("x") == "\"x\"\n")
    }

    @Test func literalStringsEscapeTemplateSequencesButExpressionsStayVerbatim() {
        let value: JSONValue = [
            "literal": .string("${var.x} and %{ if y }"),
            "reference": .expression("${aws_vpc.main.id}"),
            "mixed": .expression("arn:${aws_lb.main.arn_suffix}/%{ if true }x%{ endif }"),
            "dollars": .string("price: $5 {x} $ { }"),
        ]
        let expected = """
            {
              "dollars": "price: $5 {x} $ { }",
              "literal": "$${var.x} and %%{ if y }",
              "mixed": "arn:${aws_lb.main.arn_suffix}/%{ if true }x%{ endif }",
              "reference": "${aws_vpc.main.id}"
            }

            """
        #expect(pretty.encode(value) == expected)
    }

    @Test func alreadyEscapedLiteralTextIsEscapedAgainSoItReadsBackUnchanged() {
        #expect(compact.encode(.string("$${a}")) == #""$$${a}""#)
        #expect(compact.encode(.string("%%{a}")) == #""%%%{a}""#)
        #expect(compact.encode(.expression("$${a}")) == #""$${a}""#)
    }

    @Test func quotesBackslashesAndControlCharactersAreEscaped() {
        let text = "quote \" backslash \\ newline \n return \r tab \t nul \u{0} unit \u{1F} bell \u{7}"
        let expected = #""quote \" backslash \\ newline \n return \r tab \t nul \u0000 unit \u001f bell \u0007""#
        #expect(compact.encode(.string(text)) == expected)
        #expect(compact.encode(.expression(text)) == expected)
        #expect(JSONEncoding.quoted(text) == expected)
    }

    @Test func nonASCIIIsWrittenRawAndSlashesAreNotEscaped() {
        let value: JSONValue = ["path": "s3://bucket/key/a.txt", "text": "café ✓ 日本 🚀", "del": "\u{7F}"]
        let expected = """
            {
              "del": "\u{7F}",
              "path": "s3://bucket/key/a.txt",
              "text": "café ✓ 日本 🚀"
            }

            """
        #expect(pretty.encode(value) == expected)
    }

    @Test func keysAreQuotedAndEscapedLikeStrings() {
        let value: JSONValue = ["a\"b": 1, "tab\tkey": 2, "ü": 3]
        #expect(compact.encode(value) == #"{"a\"b":1,"tab\tkey":2,"ü":3}"#)
    }

    @Test func quotedDoesNoTemplateEscaping() {
        #expect(JSONEncoding.quoted("${x}") == #""${x}""#)
        #expect(JSONEncoding.quoted("a/b") == #""a/b""#)
    }

    @Test func nestedArraysOfObjectsIndentEveryLevel() {
        let value: JSONValue = ["blocks": [["b": 1, "a": [true]], [:]]]
        let expected = """
            {
              "blocks": [
                {
                  "a": [
                    true
                  ],
                  "b": 1
                },
                {}
              ]
            }

            """
        #expect(pretty.encode(value) == expected)
    }

    @Test func sameValueGivesSameBytes() {
        let build: () -> JSONValue = {
            var members: [String: JSONValue] = [:]
            for index in 0..<50 { members["key\(index)"] = .int(index) }
            return .object(members)
        }
        #expect(pretty.encode(build()) == pretty.encode(build()))
    }
}
