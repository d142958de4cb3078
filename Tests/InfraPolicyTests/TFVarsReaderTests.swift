import InfraCore
import Testing

@testable import InfraPolicy

/// A variables file in HCL holds `NAME = VALUE` lines of literals; anything else is not read, and says where.
@Suite struct TFVarsReaderTests {
    func values(_ text: String) throws -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for assignment in try TFVarsReader.assignments(in: text, file: "terraform.tfvars") {
            values[assignment.name] = assignment.value
        }
        return values
    }

    @Test func literalsAreRead() throws {
        let text = """
            # a comment
            region = "eu-west-1" // another
            count_ = 3
            ratio  = -1.5e2
            on     = true
            off    = false
            none   = null
            /* a block
               comment */
            cidrs = [
              "10.0.0.0/8",
              "172.16.0.0/12", # private
            ]
            tags = {
              Name   = "web"
              "team" : "platform",
              nested = { list = [1, 2] }
            }
            escaped = "a\\"b\\\\c\\n\\u00e9 $${literal} %%{x}"
            policy = <<-EOT
                {
                  "Version": "2012-10-17"
                }
              EOT
            raw = <<EOF
              kept
            EOF
            shell = <<EOF
            echo $${HOME} %%{x} $$ $5
            EOF
            """
        let found = try values(text)
        #expect(found["region"] == .string("eu-west-1"))
        #expect(found["count_"] == .int(3))
        #expect(found["ratio"] == .double(-150))
        #expect(found["on"] == .bool(true) && found["off"] == .bool(false) && found["none"] == .null)
        #expect(found["cidrs"] == .array([.string("10.0.0.0/8"), .string("172.16.0.0/12")]))
        #expect(
            found["tags"]
                == .object([
                    "Name": .string("web"), "team": .string("platform"),
                    "nested": .object(["list": .array([.int(1), .int(2)])]),
                ])
        )
        #expect(found["escaped"] == .string("a\"b\\c\né ${literal} %{x}"))
        // `<<-` drops the indentation the lines share.
        #expect(found["policy"] == .string("{\n  \"Version\": \"2012-10-17\"\n}\n"))
        #expect(found["raw"] == .string("  kept\n"))
        // `$${` and `%%{` are the literal `${` and `%{` in a heredoc too.
        #expect(found["shell"] == .string("echo ${HOME} %{x} $$ $5\n"))
    }

    /// Each assignment is located at its name.
    @Test func assignmentsAreAtTheirNames() throws {
        let assignments = try TFVarsReader.assignments(in: "\n  a = 1\nb = [\n 2\n]\nc = 3", file: "x.tfvars")
        #expect(assignments.map(\.name) == ["a", "b", "c"])
        #expect(assignments.map(\.location.line) == [2, 3, 6])
        #expect(assignments.map(\.location.column) == [3, 1, 1])
    }

    /// What terraform refuses in a variables file, and what is no variables file, stops the reading where it is.
    @Test(
        arguments: [
            ("a = var.b", 1, 5, "`var` is no literal value, and a variables file holds only literals"),
            ("a = upper(\"x\")", 1, 5, "`upper` is no literal value, and a variables file holds only literals"),
            ("a = \"${b}\"", 1, 7, "a variables file holds only literals, and this string has an interpolation"),
            ("a = \"open", 1, 10, "a quoted string is not closed"),
            ("a = 1 b = 2", 1, 7, "expected a new line after the value of `a`"),
            ("a 1", 1, 3, "expected `=` after `a`"),
            ("= 1", 1, 1, "expected a variable name"),
            ("a = [1 2]", 1, 8, "expected `,` or `]` in a list"),
            ("a = <<EOF\nx\n", 3, 1, "the heredoc `EOF` is not closed"),
            (
                "a = <<EOF\n$${x} ${y}\nEOF", 3, 4,
                "a variables file holds only literals, and this heredoc has an interpolation"
            ),
            ("a = 1.2.3", 1, 10, "`1.2.3` is not a number"),
            ("a = \"\\q\"", 1, 8, "`\\q` is no escape of a quoted string"),
            ("a = \(String(repeating: "[", count: 100))", 1, 69, "values nest deeper than 64"),
        ] as [(String, Int, Int, String)]
    )
    func whatIsNotReadSaysWhere(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: TFVarsReader.Failure(line: line, column: column, reason: reason)) {
            try TFVarsReader.assignments(in: text, file: "x.tfvars")
        }
    }
}
