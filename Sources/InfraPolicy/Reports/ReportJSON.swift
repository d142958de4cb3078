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

    /// The `findings` and `summary` members of the JSON report (and of `render --check`'s): every finding, and the
    /// counts of unwaived findings by severity plus the waived ones. Long lists are written a chunk per core.
    static func writeFindingsAndSummary(_ diagnostics: [Diagnostic], to writer: inout JSONStreamWriter) {
        writer.key("findings")
        writer.beginArray()
        writer.elements(count: diagnostics.count, bytesPerElement: 600) { writer, index in
            write(diagnostics[index], to: &writer)
        }
        writer.endArray()
        let summary = ReportSummary(diagnostics)
        writer.object("summary") { writer in
            writer.member("errors", summary.errors)
            writer.member("notes", summary.notes)
            writer.member("waived", summary.waived)
            writer.member("warnings", summary.warnings)
        }
    }

    /// A finding with the fields of `Diagnostic`, leaving out those it does not have; keys in sorted order.
    static func write(_ diagnostic: Diagnostic, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.member("address", diagnostic.address)
        writer.member("attribute", diagnostic.attribute)
        writer.member("environment", diagnostic.environment)
        writer.member("hint", diagnostic.hint)
        writer.member("id", diagnostic.id)
        if let location = diagnostic.location {
            writer.key("location")
            write(location, to: &writer)
        }
        writer.member("message", diagnostic.message)
        if let related = diagnostic.relatedLocation {
            writer.key("related_location")
            write(related, to: &writer)
        }
        writer.member("severity", diagnostic.severity.rawValue)
        writer.member("stack", diagnostic.stack)
        writer.member("waiver", diagnostic.waiver)
        writer.endObject()
    }

    /// `{"column": …, "file": …, "line": …}`, leaving out what is not known.
    static func write(_ location: SourceLocation, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.member("column", location.column)
        writer.member("file", location.file)
        writer.member("line", location.line)
        writer.endObject()
    }
}
