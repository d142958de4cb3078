import InfraCore
import Testing

@Suite struct JSONParserTests {
    let syntaxHint = "fix the JSON syntax; JSON allows no comments, trailing commas, single quotes or unquoted keys"

    func parse(_ text: String) throws(DiagnosticError) -> PositionedJSON {
        try JSONParser().parse(text, file: "test.json")
    }

    /// The single diagnostic a bad input produces.
    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            #expect(error.diagnostics.count == 1)
            return error.diagnostics.first
        }
    }

    /// `file:line:col: error[JSON001]: message` plus the syntax hint.
    func syntax(_ location: String, _ message: String) -> String {
        "test.json:\(location): error[JSON001]: \(message)\n  hint: \(syntaxHint)"
    }

    // MARK: Values

    @Test func scalars() throws {
        #expect(try parse("null").kind == .null)
        #expect(try parse("true").kind == .bool(true))
        #expect(try parse("false").kind == .bool(false))
        #expect(try parse("42").kind == .int(42))
        #expect(try parse("-7").kind == .int(-7))
        #expect(try parse("0").kind == .int(0))
        #expect(try parse("-0").kind == .int(0))
        #expect(try parse("1.5").kind == .double(1.5))
        #expect(try parse("-2.5e3").kind == .double(-2500))
        #expect(try parse("1E2").kind == .double(100))
        #expect(try parse("1e-2").kind == .double(0.01))
        #expect(try parse("1.0").kind == .double(1.0))
        #expect(try parse("\"hi\"").kind == .string("hi"))
        #expect(try parse("9223372036854775807").kind == .int(Int.max))
        #expect(try parse("-9223372036854775808").kind == .int(Int.min))
        #expect(try parse("9223372036854775808").kind == .double(9_223_372_036_854_775_808))
        #expect(try parse("-9223372036854775809").kind == .double(-9_223_372_036_854_775_808))
    }

    @Test func whitespaceAroundTheDocument() throws {
        let value = try parse(" \t\r\n [ 1 ,\n2 ] \n\n")
        #expect(value.value == [1, 2])
        #expect(value.line == 2)
        #expect(value.column == 2)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let value = try parse("\u{FEFF}{\"a\": 1}")
        #expect(value.value == ["a": 1])
        #expect(value.line == 1)
        #expect(value.column == 1)
        #expect(value.members?.first?.column == 2)
    }

    @Test func objectsKeepSourceOrderAndKeyPositions() throws {
        let text = """
            {
              "zeta": 1,
              "alpha": [true, null],
              "mid": {"x": "y"}
            }
            """
        let value = try parse(text)
        let members = try #require(value.members)
        #expect(members.map(\.key) == ["zeta", "alpha", "mid"])
        #expect(members.map(\.line) == [2, 3, 4])
        #expect(members.map(\.column) == [3, 3, 3])
        #expect(members[0].value.line == 2)
        #expect(members[0].value.column == 11)
        let alpha = try #require(members[1].value.elements)
        #expect(alpha.map(\.column) == [13, 19])
        #expect(value["mid"]?["x"]?.stringValue == "y")
        #expect(value["mid"]?["x"]?.column == 16)
        #expect(value["missing"] == nil)
        #expect(members[2].location(file: "f.json") == SourceLocation(file: "f.json", line: 4, column: 3))
        #expect(value.location(file: "f.json").description == "f.json:1:1")
    }

    @Test func emptyContainers() throws {
        #expect(try parse("[]").value == [])
        #expect(try parse("{ }").value == .object([:]))
        #expect(try parse("[[], {}, [[]]]").value == [[], .object([:]), [[]]])
    }

    @Test func nestedValuesConvertToJSONValue() throws {
        let value = try parse(#"{"a": [1, 2.5, "s", true, null, {"b": {}}], "c": -3}"#)
        #expect(value.value == ["a": [1, 2.5, "s", true, nil, ["b": .object([:])]], "c": -3])
    }

    @Test func kindDescriptions() throws {
        #expect(
            try parse("[null, true, 1, 1.5, \"s\", [], {}]").elements?.map(\.kindDescription) == [
                "null", "a boolean", "a number", "a number", "a string", "an array", "an object",
            ]
        )
    }

    // MARK: Strings

    @Test func escapes() throws {
        let value = try parse(#""q\" b\\ s\/ \b\f\n\r\t u\u0041\u00e9\u20AC""#)
        #expect(value.stringValue == "q\" b\\ s/ \u{8}\u{C}\n\r\t uAé€")
    }

    /// A long string of escapes and plain runs, as JSON kept in a string is: its decoded bytes outgrow the first
    /// buffer several times, and a `{` written as `\u007b` counts as a brace of the decoded text.
    @Test func longEscapedStringsDecodeWhole() throws {
        for length in [10, 1_000, 1_025, 5_000] {
            var written = ""
            var decoded = ""
            for index in 0..<length {
                switch index % 7 {
                case 0: (written, decoded) = (written + #"\""#, decoded + "\"")
                case 3: (written, decoded) = (written + #"\u00e9"#, decoded + "é")
                case 5 where index % 3 == 0: (written, decoded) = (written + #"\u007b"#, decoded + "{")
                default: (written, decoded) = (written + "ab", decoded + "ab")
                }
            }
            #expect(try parse("\"\(written)\"").stringValue == decoded, "length \(length)")
            #expect(JSONParser().value(of: "\"\(written)\"") == .string(decoded), "length \(length)")
        }
        // `$\u007b` decodes to `${`: an interpolation, found at the end of a long escaped string.
        let written = String(repeating: #"\"ab"#, count: 600) + #"$\u007baws_s3_bucket.b.id}"#
        let decoded = String(repeating: "\"ab", count: 600) + "${aws_s3_bucket.b.id}"
        #expect(JSONParser().value(of: "\"\(written)\"") == .expression(decoded))
    }

    @Test func surrogatePairs() throws {
        #expect(try parse(#""\ud83d\ude00!""#).stringValue == "😀!")
        #expect(try parse(#""\uD834\uDD1E""#).stringValue == "𝄞")
        #expect(try parse(#""\u0000""#).stringValue == "\u{0}")
    }

    @Test func rawUnicodeIsKept() throws {
        #expect(try parse("\"Región 😀 日本\"").stringValue == "Región 😀 日本")
    }

    @Test func loneSurrogatesAreErrors() {
        #expect(
            failure(#"["\ud83d"]"#)?.description
                == syntax("1:3", "`\\uD83D` is a lone UTF-16 surrogate, not a character")
        )
        #expect(
            failure(#"["ab\ude00"]"#)?.description
                == syntax("1:5", "`\\uDE00` is a lone UTF-16 surrogate, not a character")
        )
        #expect(
            failure(#"["\ud83d\u0041"]"#)?.description
                == syntax("1:3", "`\\uD83D` is a lone UTF-16 surrogate, not a character")
        )
    }

    @Test func badEscapes() {
        #expect(failure(#""a\qb""#)?.description == syntax("1:4", "invalid escape sequence: `\\` followed by `q`"))
        #expect(
            failure(#""\u12G4""#)?.description
                == syntax("1:6", "expected four hexadecimal digits after `\\u`, found `G`")
        )
        #expect(
            failure(#""\u12"#)?.description
                == syntax("1:6", "expected four hexadecimal digits after `\\u`, found end of input")
        )
    }

    @Test func unterminatedAndControlCharacters() {
        #expect(failure("\"abc")?.description == syntax("1:5", "unterminated string, found end of input"))
        #expect(failure("\"a\\n b")?.description == syntax("1:7", "unterminated string, found end of input"))
        #expect(
            failure("\"ab\ncd\"")?.description
                == syntax("1:4", "a line break inside a string must be written as `\\n`")
        )
        #expect(failure("\"a\tb\"")?.description == syntax("1:3", "a tab inside a string must be escaped"))
        #expect(
            failure("\"a\u{1}b\"")?.description
                == syntax("1:3", "the control character U+0001 inside a string must be escaped")
        )
    }

    // MARK: Syntax errors

    @Test func arrayErrors() {
        #expect(
            failure("[1, 2}")?.description
                == syntax("1:6", "expected `,` or `]` after an array element, found `}`")
        )
        #expect(failure("[1, 2,]")?.description == syntax("1:7", "expected a value after `,`, found `]`"))
        #expect(
            failure("[1 2]")?.description
                == syntax("1:4", "expected `,` or `]` after an array element, found `2`")
        )
        #expect(failure("[")?.description == syntax("1:2", "expected a value, found end of input"))
        #expect(failure("[1,\n  ")?.description == syntax("2:3", "expected a value, found end of input"))
        #expect(failure("[,1]")?.description == syntax("1:2", "expected a value, found `,`"))
    }

    @Test func objectErrors() {
        #expect(failure("{a: 1}")?.description == syntax("1:2", "expected a string key or `}`, found `a`"))
        #expect(failure("{'a': 1}")?.description == syntax("1:2", "expected a string key or `}`, found `'`"))
        #expect(failure(#"{"a" 1}"#)?.description == syntax("1:6", "expected `:` after an object key, found `1`"))
        #expect(
            failure(#"{"a": 1,}"#)?.description
                == syntax("1:9", "expected a string key after `,`, found `}`")
        )
        #expect(
            failure(#"{"a": 1]"#)?.description
                == syntax("1:8", "expected `,` or `}` after an object member, found `]`")
        )
        #expect(failure(#"{"a": }"#)?.description == syntax("1:7", "expected a value, found `}`"))
        #expect(
            failure(#"{"a": 1 // note"#)?.description
                == syntax("1:9", "expected `,` or `}` after an object member, found `/`")
        )
    }

    @Test func literalErrors() {
        #expect(failure("tru")?.description == syntax("1:4", "expected `true`, found end of input"))
        #expect(failure("[nul]")?.description == syntax("1:5", "expected `null`, found `]`"))
        #expect(failure("[True]")?.description == syntax("1:2", "expected a value, found `T`"))
        #expect(failure("[falsy]")?.description == syntax("1:6", "expected `false`, found `y`"))
        #expect(failure("nan")?.description == syntax("1:2", "expected `null`, found `a`"))
    }

    @Test func numberErrors() {
        #expect(failure("01")?.description == syntax("1:2", "numbers must not have leading zeros, found `1` after `0`"))
        #expect(failure("-")?.description == syntax("1:2", "expected a digit after `-`, found end of input"))
        #expect(failure("-a")?.description == syntax("1:2", "expected a digit after `-`, found `a`"))
        #expect(
            failure("1.")?.description
                == syntax("1:3", "expected a digit after the decimal point, found end of input")
        )
        #expect(
            failure("[1.e5]")?.description
                == syntax("1:4", "expected a digit after the decimal point, found `e`")
        )
        #expect(failure("1e+")?.description == syntax("1:4", "expected a digit in the exponent, found end of input"))
        #expect(failure("[.5]")?.description == syntax("1:2", "expected a value, found `.`"))
        #expect(failure("+1")?.description == syntax("1:1", "expected a value, found `+`"))
        #expect(failure("[1e999]")?.description == syntax("1:2", "the number `1e999` is too large"))
    }

    @Test func emptyInputAndTrailingGarbage() {
        #expect(failure("")?.description == syntax("1:1", "expected a value, found end of input"))
        #expect(failure(" \n ")?.description == syntax("2:2", "expected a value, found end of input"))
        #expect(failure("\u{FEFF}")?.description == syntax("1:1", "expected a value, found end of input"))
        #expect(
            failure("{} {}")?.description
                == syntax("1:4", "expected end of input after the JSON value, found `{`")
        )
        #expect(
            failure("1\n2")?.description
                == syntax("2:1", "expected end of input after the JSON value, found `2`")
        )
        #expect(
            failure("[1]\u{0}")?.description
                == syntax("1:4", "expected end of input after the JSON value, found the control character U+0000")
        )
        #expect(
            failure("[1]`")?.description
                == syntax("1:4", "expected end of input after the JSON value, found a backtick")
        )
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(
            failure(#"{"é😀": "日本", "x": [}"#)?.description
                == syntax("1:20", "expected a value, found `}`")
        )
        #expect(failure("[1, é]")?.description == syntax("1:5", "expected a value, found `é`"))
        #expect(
            failure("\u{FEFF}[1 }")?.description
                == syntax("1:4", "expected `,` or `]` after an array element, found `}`")
        )
    }

    @Test func lineEndings() throws {
        let value = try parse("[\r\n1,\r2,\n3\r\n]")
        #expect(value.elements?.map(\.line) == [2, 3, 4])
        #expect(failure("[\r\n1,\r\n}")?.description == syntax("3:1", "expected a value, found `}`"))
    }

    @Test func duplicateKeys() {
        let hint = "remove or rename one of the two members; JSON readers disagree about which one wins"
        #expect(
            failure("{\"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3}")?.description
                == "test.json:3:3: error[JSON002]: duplicate key \"a\" in an object; it is first used at line 1, "
                + "column 2\n  hint: \(hint)"
        )
        // Large objects switch to a dictionary for the duplicate check; it must find the same duplicates.
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(
            failure("{\(members), \"k3\": 0}")?.description.hasPrefix(
                "test.json:1:422: error[JSON002]: duplicate key \"k3\" in an object; it is first used at line 1, column 29"
            ) == true
        )
        #expect(failure("{\(members), \"k39\": 0}")?.id == "JSON002")
        #expect(failure("{\(members), \"k17\": 0}")?.id == "JSON002")
        #expect(throws: Never.self) { try parse("{\(members), \"k40\": 0}") }
        // The same key in sibling objects is fine.
        #expect(throws: Never.self) { try parse(#"[{"a": 1}, {"a": 2}]"#) }
    }

    @Test func nestingDepthLimit() throws {
        let limit = JSONParser.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        let parsed = try parse(deepest)
        #expect(parsed.line == 1)
        // Conversion, hashing and comparison recurse; the depth limit keeps them well inside any thread's stack.
        #expect(parsed.value.arrayValue?.count == 1)
        #expect(parsed == (try parse(deepest)))
        #expect(Set([parsed]).count == 1)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(
            failure(tooDeep)?.description
                == syntax("1:513", "arrays and objects are nested more than 512 levels deep")
        )
        // Far deeper input must end in the same diagnostic, not a stack overflow.
        let hostile = String(repeating: "{\"a\":[", count: 100_000)
        #expect(failure(hostile)?.id == "JSON001")
    }

    @Test func deepValidNestingHasNoRecursionInConversion() throws {
        let text = String(repeating: "{\"a\":", count: 200) + "1" + String(repeating: "}", count: 200)
        var value = try parse(text).value
        var depth = 0
        while case .object(let members) = value, let inner = members["a"] {
            value = inner
            depth += 1
        }
        #expect(depth == 200)
        #expect(value == 1)
    }

    // MARK: Terraform template strings

    @Test func templateStringsBecomeExpressionsOrUnescapedLiterals() throws {
        let value = try parse(
            #"""
            {"ref": "${aws_vpc.main.id}", "directive": "%{ if x }y%{ endif }", "escaped": "cost: $${amount}",
             "percent": "100%%{x}", "plain": "a {b} $ %", "triple": "$$${x}"}
            """#
        ).value
        #expect(value["ref"] == .expression("${aws_vpc.main.id}"))
        #expect(value["directive"] == .expression("%{ if x }y%{ endif }"))
        #expect(value["escaped"] == .string("cost: ${amount}"))
        #expect(value["percent"] == .string("100%{x}"))
        #expect(value["plain"] == .string("a {b} $ %"))
        #expect(value["triple"] == .string("$${x}"))
    }

    @Test func parsedTemplatesEncodeBackToTheSameText() throws {
        let text = #"{"a":"$${x}","b":"${y}","c":"%%{z}","d":"plain"}"#
        let value = try parse(text).value
        #expect(JSONEncoding(style: .compact).encode(value) == text)
    }

    @Test(arguments: [
        "", "plain", "${x}", "$${x}", "%{x}", "%%{x}", "$%{", "%${", "$$$${", "{", "${", "a$", "a{$}{", "$ {",
        "😀${é}%{", "$$", "%%%{", "x$${y}${z}",
    ])
    func unescapeInvertsEscape(text: String) {
        #expect(TemplateEscaping.unescape(TemplateEscaping.escape(text)) == text)
    }

    @Test func unescapeExamples() {
        #expect(TemplateEscaping.unescape("$${a} %%{b} $$${c} {d} $ {e}") == "${a} %{b} $${c} {d} $ {e}")
    }

    // MARK: Size

    @Test func manyValuesParse() throws {
        let element = #"{"id":"99","name":"Région ☃","url":"https://bmlt.nzna.org/main_server/","n":[1,2.5,true,null]}"#
        let text = "[\n" + Array(repeating: element, count: 2_000).joined(separator: ",\n") + "\n]\n"
        let value = try parse(text)
        let elements = try #require(value.elements)
        #expect(elements.count == 2_000)
        #expect(elements.last?.line == 2_001)
        #expect(elements.last?["url"]?.column == 36)
    }

    /// Terraform's reader asks for repeated keys to be kept, in order, with their positions; the default refuses them.
    @Test func duplicateKeysAreKeptOnRequest() throws {
        let text = "{\"a\": 1,\n \"a\": {\"b\": 2, \"b\": 3}}"
        let json = try JSONParser(duplicateKeys: .keep).parse(text, file: "test.json")
        let members = try #require(json.members)
        #expect(members.map(\.key) == ["a", "a"])
        #expect(members.map(\.line) == [1, 2])
        #expect(members[1].value.members?.map(\.key) == ["b", "b"])
        #expect(json["a"]?.kind == .int(1), "the subscript finds the first")
        #expect(failure(text)?.id == "JSON002")
    }

    /// 17 or more members switch the duplicate check to an index; keeping duplicates must not depend on that.
    @Test func manyDuplicateKeysAreKept() throws {
        let text = "{" + (0..<40).map { "\"k\($0 % 20)\": \($0)" }.joined(separator: ", ") + "}"
        let json = try JSONParser(duplicateKeys: .keep).parse(text, file: "test.json")
        #expect(json.members?.count == 40)
        #expect(failure(text)?.message.hasPrefix("duplicate key \"k0\"") == true)
    }
}
