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
