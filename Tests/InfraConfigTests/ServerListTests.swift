import Foundation
import InfraConfig
import InfraCore
import Testing

@Suite struct ServerListTests {
    static let urlHint =
        "write the root server's base URL as https://host/path/, e.g. "
        + "\"https://bmlt.example.org/main_server/\""
    static let shapeHint =
        #"each server is an object like {"id": "42", "name": "Example Region", "#
        + #""url": "https://bmlt.example.org/main_server/"}"#

    /// The real list at the repository root.
    func realFile() throws -> String {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("serverList.json"), encoding: .utf8)
    }

    /// The diagnostics a bad list produces (empty when it decodes).
    func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            _ = try ServerList.decode(text, file: "serverList.json")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The one-line form of each diagnostic, without hints.
    func summaries(_ text: String) -> [String] {
        diagnostics(text).map { "\($0.location?.description ?? "-") \($0.id) \($0.message)" }
    }

    // MARK: The real file

    @Test func realFileDecodes() throws {
        let servers = try ServerList.decode(try realFile(), file: "serverList.json")
        #expect(servers.count == 42)
        #expect(
            servers.first
                == BMLTServer(
                    id: "99",
                    name: "Aotearoa New Zealand Region",
                    url: "https://bmlt.nzna.org/main_server/",
                    location: SourceLocation(file: "serverList.json", line: 2, column: 1)
                )
        )
        #expect(servers.last?.location.line == 43)
        #expect(Set(servers.map(\.id)).count == 42)
        #expect(servers.allSatisfy { $0.url.hasPrefix("https://") && $0.url.hasSuffix("/") })
    }

    @Test func canonicalFormReproducesTheRealFileByteForByte() throws {
        let text = try realFile()
        let servers = try ServerList.decode(text, file: "serverList.json")
        let canonical = ServerList.canonicalJSON(servers)
        #expect(canonical == text)
        #expect(Array(canonical.utf8) == Array(text.utf8))
    }

    @Test func canonicalFormIsStable() throws {
        let messy = """
              [ {"url": "https://b.example.org/x/", "name": "B \\"quoted\\" Région", "id": "7"} ,
            {"name":"A","id":"12","url":"https://a.example.org/"}]
            """
        let servers = try ServerList.decode(messy, file: "serverList.json")
        let canonical = ServerList.canonicalJSON(servers)
        #expect(
            canonical == """
                [
                {"id":"7","name":"B \\"quoted\\" Région","url":"https://b.example.org/x/"},
                {"id":"12","name":"A","url":"https://a.example.org/"}
                ]

                """
        )
        let again = try ServerList.decode(canonical, file: "serverList.json")
        #expect(ServerList.canonicalJSON(again) == canonical)
        #expect(again.map(\.location.line) == [2, 3])
    }

    @Test func canonicalFormDoesNotTemplateEscapeOrEscapeSlashes() {
        let server = BMLTServer(
            id: "1",
            name: "Costs $${x} and ${y}",
            url: "https://a.org/b/",
            location: SourceLocation(file: "serverList.json")
        )
        #expect(
            ServerList.canonicalJSON([server])
                == "[\n{\"id\":\"1\",\"name\":\"Costs $${x} and ${y}\",\"url\":\"https://a.org/b/\"}\n]\n"
        )
    }

    // MARK: Exact diagnostics

    @Test func urlWithoutTrailingSlash() {
        let text = """
            [
            {"id":"1","name":"A","url":"https://a.org/"},
            {"id":"2","name":"B","url":"https://b.org/x"}
            ]
            """
        #expect(
            diagnostics(text).map(\.description) == [
                "serverList.json:3:28: error[SRV008]: [1].url must end with \"/\"\n  hint: \(Self.urlHint)"
            ]
        )
    }

    @Test func topLevelMustBeANonEmptyArray() {
        #expect(
            diagnostics(#"{"id":"1"}"#).map(\.description) == [
                "serverList.json:1:1: error[SRV001]: the server list must be a JSON array, found an object\n"
                    + "  hint: write the list as `[{\"id\": \"…\", \"name\": \"…\", \"url\": \"https://…/\"}, …]`"
            ]
        )
        #expect(
            diagnostics("\n  [ ]\n").map(\.description) == [
                "serverList.json:2:3: error[SRV001]: the server list must not be empty\n"
                    + "  hint: add at least one root server; an empty list would leave the aggregator with nothing to serve"
            ]
        )
    }

    @Test func duplicateIdNamesTheFirstElement() {
        let text = """
            [
            {"id":"5","name":"A","url":"https://a.org/"},
            {"id":"6","name":"B","url":"https://b.org/"},
              {"id":"5","name":"C","url":"https://c.org/"}
            ]
            """
        #expect(
            diagnostics(text).map(\.description) == [
                "serverList.json:4:9: error[SRV006]: [2].id \"5\" is already used by [0] on line 2\n"
                    + "  hint: each root server needs its own id; remove the duplicate entry or correct the id"
            ]
        )
    }

    @Test func unknownKeyAndWrongType() {
        let text =
            #"[{"id":"1","name":"A","url":"https://a.org/","region":"x","extra":null}, {"id":1,"name":"B","url":"https://b.org/"}]"#
        #expect(
            diagnostics(text).map(\.description) == [
                "serverList.json:1:46: error[SRV002]: [0] has the unknown key \"region\"\n"
                    + "  hint: a server has exactly the keys \"id\", \"name\" and \"url\"; remove or rename this one",
                "serverList.json:1:59: error[SRV002]: [0] has the unknown key \"extra\"\n"
                    + "  hint: a server has exactly the keys \"id\", \"name\" and \"url\"; remove or rename this one",
                "serverList.json:1:80: error[SRV004]: [1].id must be a string, found a number\n"
                    + "  hint: write the value in double quotes, e.g. \"id\": \"42\"",
            ]
        )
    }

    @Test func everyProblemIsReportedAtOnce() {
        let text = """
            [
            {"id":"01","name":" ","url":"http://a.org/"},
            {"id":"7","name":"B","url":"https://b.org/","extra":1},
            {"id":"7","name":"C"},
            {"id":7,"name":"D","url":"https:///"},
            "x",
            {"name":"E","url":"https://e .org/"}
            ]
            """
        #expect(
            summaries(text) == [
                #"serverList.json:2:7 SRV005 [0].id must be a whole number written with digits and no leading zero, found "01""#,
                "serverList.json:2:19 SRV007 [0].name must not be empty",
                #"serverList.json:2:29 SRV008 [0].url must start with "https://""#,
                #"serverList.json:3:45 SRV002 [1] has the unknown key "extra""#,
                #"serverList.json:4:1 SRV003 [2] is missing the key "url""#,
                #"serverList.json:4:7 SRV006 [2].id "7" is already used by [1] on line 3"#,
                "serverList.json:5:7 SRV004 [3].id must be a string, found a number",
                #"serverList.json:5:26 SRV008 [3].url must have a host name after "https://""#,
                "serverList.json:6:1 SRV004 [4] must be an object, found a string",
                #"serverList.json:7:1 SRV003 [5] is missing the key "id""#,
                "serverList.json:7:19 SRV008 [5].url must not contain whitespace or control characters",
            ]
        )
        #expect(diagnostics(text).allSatisfy { $0.severity == .error && $0.hint != nil })
    }

    @Test func missingKeysAndHint() {
        #expect(
            diagnostics(#"[{"id":"3"}]"#).map(\.description) == [
                "serverList.json:1:2: error[SRV003]: [0] is missing the key \"name\"\n  hint: \(Self.shapeHint)",
                "serverList.json:1:2: error[SRV003]: [0] is missing the key \"url\"\n  hint: \(Self.shapeHint)",
            ]
        )
    }

    @Test func jsonSyntaxErrorsKeepTheirIds() {
        #expect(
            summaries("[\n{\"id\":\"1\",\"name\":\"A\",\"url\":\"https://a.org/\"}\n}") == [
                "serverList.json:3:1 JSON001 expected `,` or `]` after an array element, found `}`"
            ]
        )
        #expect(
            summaries(#"[{"id":"1","id":"2","name":"A","url":"https://a.org/"}]"#) == [
                #"serverList.json:1:12 JSON002 duplicate key "id" in an object; it is first used at line 1, column 3"#
            ]
        )
    }

    // MARK: Field rules

    @Test(arguments: [
        ("0", true), ("7", true), ("12345", true), ("", false), ("01", false), ("00", false), ("-1", false),
        ("1.0", false), ("1e3", false), (" 1", false), ("١", false), ("12a", false),
    ])
    func idRule(id: String, valid: Bool) {
        let text = #"[{"id":\#(JSONEncoding.quoted(id)),"name":"A","url":"https://a.org/"}]"#
        #expect(diagnostics(text).map(\.id) == (valid ? [] : ["SRV005"]))
    }

    @Test(arguments: [
        ("A", true), (" Région ", true), ("", false), ("   ", false), ("\t\n", false), ("\u{00A0}", false),
    ])
    func nameRule(name: String, valid: Bool) {
        let text = #"[{"id":"1","name":\#(JSONEncoding.quoted(name)),"url":"https://a.org/"}]"#
        #expect(diagnostics(text).map(\.id) == (valid ? [] : ["SRV007"]))
    }

    @Test(
        arguments: [
            ("https://a.org/", nil),
            ("https://bmlt.example.org/main_server/", nil),
            ("https://10.0.0.1:8443/bmlt/", nil),
            ("https://a.org/x?y=1/", nil),
            ("https://a.org", #"must end with "/""#),
            ("https://a.org/main_server", #"must end with "/""#),
            ("http://a.org/", #"must start with "https://""#),
            ("HTTPS://a.org/", #"must start with "https://""#),
            ("a.org/", #"must start with "https://""#),
            ("https:///", #"must have a host name after "https://""#),
            ("https://", #"must have a host name after "https://""#),
            ("https://:443/", #"must have a host name after "https://""#),
            ("https://a.org:/", #"must have a host name after "https://""#),
            ("https://-a.org/", #"must have a host name after "https://""#),
            ("https://a_b.org/", #"must have a host name after "https://""#),
            ("https://a.org:123456/", #"must have a host name after "https://""#),
            ("https://a.org/ x/", "must not contain whitespace or control characters"),
            ("https://a.org/\t/", "must not contain whitespace or control characters"),
            (" https://a.org/", "must not contain whitespace or control characters"),
            ("https://a.org/\u{2003}/", "must not contain whitespace or control characters"),
        ] as [(String, String?)]
    )
    func urlRule(url: String, problem: String?) {
        let text = #"[{"id":"1","name":"A","url":\#(JSONEncoding.quoted(url))}]"#
        #expect(summaries(text) == (problem.map { ["serverList.json:1:29 SRV008 [0].url \($0)"] } ?? []))
    }

    @Test func decodingIsDeterministic() throws {
        let text = try realFile()
        let first = try ServerList.decode(text, file: "serverList.json")
        let second = try ServerList.decode(text, file: "serverList.json")
        #expect(first == second)
        let bad = "[{\"id\":\"x\",\"name\":\"\",\"url\":\"ftp://a\",\"q\":1},{\"id\":\"x\"},3]"
        #expect(diagnostics(bad) == diagnostics(bad))
    }
}
