import InfraCore

/// One BMLT root server from `serverList.json`.
public struct BMLTServer: Hashable, Sendable {
    /// The root server's numeric id, as a string of digits (`"99"`).
    public var id: String
    public var name: String
    /// The root server's base URL: `https://`, a host, and a final `/`.
    public var url: String
    /// Where the server's object starts in the list file.
    public var location: SourceLocation

    public init(id: String, name: String, url: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.url = url
        self.location = location
    }
}

/// Strict reading and canonical writing of the BMLT root-server list (`serverList.json`).
///
/// The list is a JSON array of objects with exactly the string keys `id`, `name` and `url`. Every problem is reported
/// at once, each located at the element, key or value it is about:
///
/// - `JSON001`/`JSON002`: the file is not valid JSON.
/// - `SRV001`: the top level is not a non-empty array.
/// - `SRV002`: an element has a key other than `id`, `name` and `url`.
/// - `SRV003`: an element lacks one of those keys.
/// - `SRV004`: an element is not an object, or a field is not a string.
/// - `SRV005`: an id is not digits without a leading zero.
/// - `SRV006`: an id is used twice.
/// - `SRV007`: a name is empty or blank.
/// - `SRV008`: a url is not `https://host/…/`.
public enum ServerList {
    static let keys = ["id", "name", "url"]

    /// Decodes the list, or throws every problem found.
    public static func decode(_ text: String, file: String) throws(DiagnosticError) -> [BMLTServer] {
        let root = try JSONParser().parse(text, file: file)
        guard let elements = root.elements else {
            throw DiagnosticError(
                Diagnostic(
                    id: "SRV001",
                    severity: .error,
                    message: "the server list must be a JSON array, found \(root.kindDescription)",
                    location: root.location(file: file),
                    hint: #"write the list as `[{"id": "…", "name": "…", "url": "https://…/"}, …]`"#
                )
            )
        }
        guard !elements.isEmpty else {
            throw DiagnosticError(
                Diagnostic(
                    id: "SRV001",
                    severity: .error,
                    message: "the server list must not be empty",
                    location: root.location(file: file),
                    hint: "add at least one root server; an empty list would leave the aggregator with nothing to serve"
                )
            )
        }

        var diagnostics: [Diagnostic] = []
        var servers: [BMLTServer] = []
        var firstUse: [String: (index: Int, line: Int)] = [:]

        func report(_ id: String, _ message: String, at location: SourceLocation, hint: String) {
            diagnostics.append(Diagnostic(id: id, severity: .error, message: message, location: location, hint: hint))
        }

        for (index, element) in elements.enumerated() {
            let name = "[\(index)]"
            guard let members = element.members else {
                report(
                    "SRV004",
                    "\(name) must be an object, found \(element.kindDescription)",
                    at: element.location(file: file),
                    hint: Hint.shape
                )
                continue
            }

            var fields: [String: (text: String, value: PositionedJSON)] = [:]
            var present: Set<String> = []
            for member in members {
                guard keys.contains(member.key) else {
                    report(
                        "SRV002",
                        "\(name) has the unknown key \(JSONEncoding.quoted(member.key))",
                        at: member.location(file: file),
                        hint: "a server has exactly the keys \"id\", \"name\" and \"url\"; remove or rename this one"
                    )
                    continue
                }
                present.insert(member.key)
                guard let text = member.value.stringValue else {
                    report(
                        "SRV004",
                        "\(name).\(member.key) must be a string, found \(member.value.kindDescription)",
                        at: member.value.location(file: file),
                        hint: #"write the value in double quotes, e.g. "id": "42""#
                    )
                    continue
                }
                fields[member.key] = (text, member.value)
            }
            for key in keys where !present.contains(key) {
                report(
                    "SRV003",
                    "\(name) is missing the key \"\(key)\"",
                    at: element.location(file: file),
                    hint: Hint.shape
                )
            }

            var valid = fields.count == keys.count
            if let (id, value) = fields["id"] {
                let location = value.location(file: file)
                if !isCanonicalNumber(id) {
                    valid = false
                    report(
                        "SRV005",
                        "\(name).id must be a whole number written with digits and no leading zero, "
                            + "found \(JSONEncoding.quoted(id))",
                        at: location,
                        hint: #"use the root server's numeric BMLT id as a string, e.g. "id": "42""#
                    )
                } else if let first = firstUse[id] {
                    valid = false
                    report(
                        "SRV006",
                        "\(name).id \(JSONEncoding.quoted(id)) is already used by [\(first.index)] "
                            + "on line \(first.line)",
                        at: location,
                        hint: "each root server needs its own id; remove the duplicate entry or correct the id"
                    )
                } else {
                    firstUse[id] = (index, element.line)
                }
            }
            if let (serverName, value) = fields["name"], serverName.allSatisfy(\.isWhitespace) {
                valid = false
                report(
                    "SRV007",
                    "\(name).name must not be empty",
                    at: value.location(file: file),
                    hint: "give the root server's human-readable name, e.g. \"Greater New York Server\""
                )
            }
            if let (url, value) = fields["url"], let problem = urlProblem(url) {
                valid = false
                report(
                    "SRV008",
                    "\(name).url \(problem)",
                    at: value.location(file: file),
                    hint: "write the root server's base URL as https://host/path/, e.g. "
                        + "\"https://bmlt.example.org/main_server/\""
                )
            }

            if valid, let id = fields["id"]?.text, let serverName = fields["name"]?.text,
                let url = fields["url"]?.text
            {
                servers.append(BMLTServer(id: id, name: serverName, url: url, location: element.location(file: file)))
            }
        }

        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        return servers
    }

    /// The canonical file text: `[`, one compact object per line with the keys `id`, `name`, `url` in that order, `]`,
    /// and a final newline. Strings are escaped as JSON requires and nothing more (no `\/`, no template escaping).
    public static func canonicalJSON(_ servers: [BMLTServer]) -> String {
        guard !servers.isEmpty else { return "[\n]\n" }
        let lines = servers.map { server in
            "{\"id\":\(JSONEncoding.quoted(server.id)),\"name\":\(JSONEncoding.quoted(server.name)),"
                + "\"url\":\(JSONEncoding.quoted(server.url))}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    private enum Hint {
        static let shape =
            #"each server is an object like {"id": "42", "name": "Example Region", "#
            + #""url": "https://bmlt.example.org/main_server/"}"#
    }

    /// ASCII digits, at least one, and no leading zero unless the number is `0`.
    static func isCanonicalNumber(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return false
        }
        return digits.count == 1 || digits[0] != UInt8(ascii: "0")
    }

    /// What is wrong with a server URL, as the rest of a sentence starting with `[n].url`, or `nil` when it is fine.
    static func urlProblem(_ url: String) -> String? {
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return "must not contain whitespace or control characters"
        }
        let scheme = "https://"
        guard url.hasPrefix(scheme) else { return "must start with \"https://\"" }
        let rest = url.utf8.dropFirst(scheme.utf8.count)
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        if !isHostAndPort(Array(authority)) { return "must have a host name after \"https://\"" }
        guard url.hasSuffix("/") else { return "must end with \"/\"" }
        return nil
    }

    /// A DNS name or IPv4 address (letters, digits, `-` and `.`, not starting or ending with `.` or `-`), optionally
    /// followed by `:port`.
    private static func isHostAndPort(_ authority: [UInt8]) -> Bool {
        let parts = authority.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty else { return false }
        let hostOK = host.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        let edges: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: ".")]
        guard hostOK, let head = host.first, let tail = host.last, !edges.contains(head), !edges.contains(tail) else {
            return false
        }
        guard parts.count == 2 else { return true }
        let port = parts[1]
        return !port.isEmpty && port.count <= 5
            && port.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
