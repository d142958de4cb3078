import InfraCore

/// Building blocks for the JSON-based reports (JSON, SARIF, the rule listing).
///
/// Reports are read by people and tools, never by Terraform, so their strings are written exactly as given: they are
/// built as `.expression`, which `JSONEncoding` writes verbatim, so a literal `${` in a message is not turned into `$${`.
/// Keys are sorted and the layout is fixed, so the same findings always give the same bytes.
enum ReportJSON {
    /// A string written as given.
    static func text(_ value: String) -> JSONValue { .expression(value) }

    /// A list of strings written as given.
    static func texts(_ values: [String]) -> JSONValue { .array(values.map(text)) }

    /// An object from the pairs whose value is not `nil`.
    static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for (key, value) in pairs {
            if let value { members[key] = value }
        }
        return .object(members)
    }

    /// The pretty, sorted, newline-terminated text of a report document.
    static func encode(_ value: JSONValue) -> String { JSONEncoding(style: .pretty).encode(value) }

    /// A finding with the fields of `Diagnostic`, leaving out those it does not have.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        object([
            ("id", text(diagnostic.id)),
            ("severity", text(diagnostic.severity.rawValue)),
            ("message", text(diagnostic.message)),
            ("address", diagnostic.address.map(text)),
            ("attribute", diagnostic.attribute.map(text)),
            ("location", diagnostic.location.map(location)),
            ("related_location", diagnostic.relatedLocation.map(location)),
            ("stack", diagnostic.stack.map(text)),
            ("environment", diagnostic.environment.map(text)),
            ("hint", diagnostic.hint.map(text)),
            ("waiver", diagnostic.waiver.map(text)),
        ])
    }

    /// `{"file": …, "line": …, "column": …}`, leaving out what is not known.
    static func location(_ location: SourceLocation) -> JSONValue {
        object([
            ("file", text(location.file)),
            ("line", location.line.map(JSONValue.int)),
            ("column", location.column.map(JSONValue.int)),
        ])
    }
}
