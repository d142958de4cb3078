import InfraCore
import Testing

@Suite struct TemplateEscapingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("", ""),
        ("${a}", "$${a}"),
        ("%{if x}", "%%{if x}"),
        ("$${a}", "$$${a}"),
        ("%%{a}", "%%%{a}"),
        ("a ${b} c %{d} e", "a $${b} c %%{d} e"),
        ("${{", "$${{"),
        ("$%{", "$%%{"),
        ("price: $5 {x}", "price: $5 {x}"),
        ("{ } $ %", "{ } $ %"),
        ("{${", "{$${"),
    ])
    func escape(text: String, escaped: String) {
        #expect(TemplateEscaping.escape(text) == escaped)
        #expect(TemplateEscaping.unescape(escaped) == text)
    }

    @Test(arguments: [
        "", "x", "$", "%", "{", "}", "${", "%{", "$${", "$$${", "$$$${", "%%%{", "$%{", "%${",
        "${a}${b}", "${${a}}", "a$b{c", "$$ {", "{{$$}}", "é${ü}ñ", "🚀%{x}", "\n${\n}",
        "${aws_vpc.main.id}:password::",
    ])
    func roundTrip(text: String) {
        #expect(TemplateEscaping.unescape(TemplateEscaping.escape(text)) == text)
        #expect(!TemplateEscaping.hasInterpolation(TemplateEscaping.escape(text)))
    }

    @Test func unescapeDropsOneMarkerFromARunBeforeABrace() {
        #expect(TemplateEscaping.unescape("$${a}") == "${a}")
        #expect(TemplateEscaping.unescape("%%{a}") == "%{a}")
        #expect(TemplateEscaping.unescape("$$${a}") == "$${a}")
        #expect(TemplateEscaping.unescape("${a}") == "${a}")
        #expect(TemplateEscaping.unescape("$$ {a}") == "$$ {a}")
        #expect(TemplateEscaping.unescape("$%{a}") == "$%{a}")
        #expect(TemplateEscaping.unescape("no braces $$") == "no braces $$")
    }

    /// Long texts are searched eight bytes at a time: a marker and its brace at every offset from a word's start,
    /// on either side of a word boundary, and in the last bytes, against the byte-by-byte answer.
    @Test(arguments: ["${x}", "%{x}", "$${x}", "%%{x}", "$ {x}", "{x}", "é${x}", "$", "%"])
    func longTextsAtEveryOffset(construct: String) {
        for prefix in 0...17 {
            for suffix in [0, 1, 7, 8, 9, 23] {
                let text = String(repeating: "a", count: prefix) + construct + String(repeating: "b", count: suffix)
                let bytes = Array(text.utf8)
                let expected = bytes.indices.contains { index in
                    index > 0 && bytes[index] == UInt8(ascii: "{")
                        && (bytes[index - 1] == UInt8(ascii: "$") || bytes[index - 1] == UInt8(ascii: "%"))
                }
                #expect(TemplateEscaping.escape(text) != text || !expected, "\(text)")
                #expect(TemplateEscaping.unescape(TemplateEscaping.escape(text)) == text, "\(text)")
                #expect(!TemplateEscaping.hasInterpolation(TemplateEscaping.escape(text)), "\(text)")
                let escapedConstruct = construct.hasPrefix("$$") || construct.hasPrefix("%%")
                #expect(TemplateEscaping.hasInterpolation(text) == (expected && !escapedConstruct), "\(text)")
            }
        }
    }

    @Test(arguments: [
        ("${a}", true),
        ("%{if}", true),
        ("x ${aws_vpc.main.id} y", true),
        ("%{ for x in y }${x}%{ endfor }", true),
        ("$%{x}", true),
        ("%${x}", true),
        ("$${a}", false),
        ("$$${a}", false),
        ("%%{if}", false),
        ("price: $5 {x}", false),
        ("$ {a}", false),
        ("{a}", false),
        ("", false),
        ("$", false),
        ("trailing $", false),
    ])
    func hasInterpolation(template: String, expected: Bool) {
        #expect(TemplateEscaping.hasInterpolation(template) == expected)
    }
}
