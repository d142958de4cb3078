import InfraCore

/// SARIF 2.1.0, as GitHub code scanning reads it: one run, every catalogue rule as a `reportingDescriptor`, one
/// result per finding pointing at the project-relative file (`%SRCROOT%`) and line, a stable `partialFingerprints`
/// entry, and an `inSource` suppression carrying the waiver's reason for waived findings.
public enum SARIFReport {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let version = "2.1.0"
    /// The base every artifact URI is relative to: the project root (or the directory lint ran in, for `--tf-json`).
    public static let sourceRoot = "%SRCROOT%"

    public static func render(_ diagnostics: [Diagnostic], rules: [Rule], options: ReportOptions) -> String {
        chunks(diagnostics, rules: rules, options: options).text
    }

    /// GitHub code scanning refuses a run with more results than this.
    public static let codeScanningResultLimit = 25_000
    /// Of an accepted run, code scanning shows at most this many results, the weightiest first.
    public static let codeScanningShownResults = 5_000

    /// A note for the terminal when a report has more results than code scanning shows or accepts; `nil` when they
    /// all fit. The report itself stays complete: it is also the full record other tools read.
    public static func codeScanningNote(results: Int) -> String? {
        if results > codeScanningResultLimit {
            return "the SARIF report has \(results) results, and GitHub code scanning refuses a run of more than "
                + "25,000; to upload it, split the lint into reports of fewer results (by --stack, or by --tf-json "
                + "folder)"
        }
        if results > codeScanningShownResults {
            return "the SARIF report has \(results) results; GitHub code scanning shows at most 5,000 of a run, "
                + "the weightiest first"
        }
        return nil
    }

    /// The report as it was written, a piece per chunk of results.
    public static func chunks(_ diagnostics: [Diagnostic], rules: [Rule], options: ReportOptions) -> ByteChunks {
        let catalogue = rules.sorted { $0.id < $1.id }
        var descriptors = catalogue.map(descriptor)
        var indexByID: [String: Int] = [:]
        for (index, rule) in catalogue.enumerated() { indexByID[rule.id.rawValue] = index }

        // Ids outside the catalogue (model checks, waivers, input errors) get a descriptor each, in id order.
        var extraSeverity: [String: Diagnostic.Severity] = [:]
        for diagnostic in diagnostics where indexByID[diagnostic.id] == nil {
            extraSeverity[diagnostic.id] = max(extraSeverity[diagnostic.id] ?? .note, diagnostic.severity)
        }
        for id in extraSeverity.keys.sorted() {
            indexByID[id] = descriptors.count
            descriptors.append(extraDescriptor(id: id, severity: extraSeverity[id] ?? .error))
        }

        let driver = ReportJSON.object([
            ("name", ReportJSON.text("infragen")),
            ("informationUri", options.informationURI.map(ReportJSON.text)),
            ("version", ReportJSON.text(options.toolVersion)),
            ("semanticVersion", ReportJSON.text(options.toolVersion)),
            ("rules", .array(descriptors)),
        ])
        // Keys in sorted order, as everywhere in infragen's JSON; the results are written a chunk per core.
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.member("$schema", schema)
        writer.key("runs")
        writer.beginArray()
        writer.element()
        writer.beginObject()
        writer.member("columnKind", "unicodeCodePoints")
        writer.key("invocations")
        writer.beginArray()
        writer.element()
        invocation(inputErrors: options.inputErrors, to: &writer)
        writer.endArray()
        writer.key("originalUriBaseIds")
        writer.value([
            sourceRoot: [
                "description": [
                    "text": ReportJSON.text(
                        "The folder paths are relative to: the project root for stacks, the working directory for --tf-json files."
                    )
                ]
            ]
        ])
        writer.key("results")
        writer.beginArray()
        let ruleIndices = indexByID
        writer.elements(count: diagnostics.count, bytesPerElement: 1_300) { writer, index in
            let diagnostic = diagnostics[index]
            result(diagnostic, ruleIndex: ruleIndices[diagnostic.id] ?? 0, to: &writer)
        }
        writer.endArray()
        writer.key("tool")
        writer.value(["driver": driver])
        writer.endObject()
        writer.endArray()
        writer.member("version", version)
        writer.endObject()
        return writer.chunks()
    }

    /// Whether the run checked every input; each input that could not be read or parsed is a notification.
    static func invocation(inputErrors: [Diagnostic], to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.key("executionSuccessful")
        writer.bool(inputErrors.isEmpty)
        if !inputErrors.isEmpty {
            writer.key("toolExecutionNotifications")
            writer.beginArray()
            for error in inputErrors {
                writer.element()
                writer.beginObject()
                writer.object("descriptor") { $0.member("id", error.id) }
                writer.member("level", level(error.severity))
                if let source = error.location {
                    writer.arrayOfOneObject("locations") { writer in
                        writer.key("physicalLocation")
                        physicalLocation(source, to: &writer)
                    }
                }
                let text = error.message + (error.hint.map { "\nhint: \($0)" } ?? "")
                writer.object("message") { $0.member("text", text) }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    /// SARIF's name for a severity.
    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// The `reportingDescriptor` of a catalogue rule.
    static func descriptor(_ rule: Rule) -> JSONValue {
        [
            "id": ReportJSON.text(rule.id.rawValue),
            "name": ReportJSON.text(pascalCase(rule.title)),
            "shortDescription": ["text": ReportJSON.text(rule.title)],
            "fullDescription": ["text": ReportJSON.text(rule.rationale)],
            "help": ["text": ReportJSON.text(rule.remediation)],
            "defaultConfiguration": ["level": ReportJSON.text(level(rule.severity))],
            "properties": [
                "tags": ReportJSON.texts([rule.family.rawValue]),
                "checkov": ReportJSON.texts(rule.checkov),
                "trivy": ReportJSON.texts(rule.trivy),
                "waivable": .bool(rule.isWaivable),
                "scope": ReportJSON.text(rule.scope.rawValue),
            ],
        ]
    }

    /// A descriptor for an id the catalogue does not hold, described by its family prefix.
    static func extraDescriptor(id: String, severity: Diagnostic.Severity) -> JSONValue {
        let description = DiagnosticFamily.describe(id)
        return [
            "id": ReportJSON.text(id),
            "name": ReportJSON.text(pascalCase(description.title)),
            "shortDescription": ["text": ReportJSON.text(description.title)],
            "defaultConfiguration": ["level": ReportJSON.text(level(severity))],
            "properties": [
                "tags": ReportJSON.texts([description.tag]),
                "waivable": .bool(false),
            ],
        ]
    }

    /// One result: the finding's rule, level, message (with its resource and hint), location, fingerprint and
    /// waiver, keys in sorted order.
    static func result(_ diagnostic: Diagnostic, ruleIndex: Int, to writer: inout JSONStreamWriter) {
        var text = diagnostic.address.map { "\($0): " } ?? ""
        text += diagnostic.message
        if let hint = diagnostic.hint { text += "\nhint: \(hint)" }

        writer.beginObject()
        writer.member("level", level(diagnostic.severity))
        if let source = diagnostic.location {
            writer.arrayOfOneObject("locations") { writer in
                if let address = diagnostic.address {
                    writer.arrayOfOneObject("logicalLocations") { writer in
                        writer.member("fullyQualifiedName", address)
                        writer.member("kind", "resource")
                    }
                }
                writer.key("physicalLocation")
                physicalLocation(source, to: &writer)
            }
        }
        writer.object("message") { $0.member("text", text) }
        writer.object("partialFingerprints") { $0.member(FindingFingerprint.key, FindingFingerprint.of(diagnostic)) }
        if diagnostic.address != nil || diagnostic.attribute != nil || diagnostic.environment != nil
            || diagnostic.stack != nil
        {
            writer.object("properties") { writer in
                writer.member("address", diagnostic.address)
                writer.member("attribute", diagnostic.attribute)
                writer.member("environment", diagnostic.environment)
                writer.member("stack", diagnostic.stack)
            }
        }
        if let related = diagnostic.relatedLocation {
            writer.arrayOfOneObject("relatedLocations") { writer in
                writer.member("id", 0)
                writer.object("message") { $0.member("text", "the Swift line that uses the value") }
                writer.key("physicalLocation")
                physicalLocation(related, to: &writer)
            }
        }
        writer.member("ruleId", diagnostic.id)
        writer.member("ruleIndex", ruleIndex)
        if let reason = diagnostic.waiver {
            writer.arrayOfOneObject("suppressions") { writer in
                writer.member("justification", reason)
                writer.member("kind", "inSource")
            }
        }
        writer.endObject()
    }

    /// `{"artifactLocation": …, "region": {"startColumn": …, "startLine": …}}`; the region only with a line.
    static func physicalLocation(_ source: SourceLocation, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.key("artifactLocation")
        artifact(source.file, to: &writer)
        if let line = source.line {
            writer.object("region") { writer in
                writer.member("startColumn", source.column)
                writer.member("startLine", line)
            }
        }
        writer.endObject()
    }

    /// `{"uri": …, "uriBaseId": "%SRCROOT%"}` for a project-relative path; an absolute path (a `--tf-json` file outside
    /// the working directory) becomes a `file://` URI of its own.
    static func artifact(_ path: String, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        if path.hasPrefix("/") {
            writer.member("uri", "file://" + uri(path))
        } else {
            writer.member("uri", uri(path))
            writer.member("uriBaseId", sourceRoot)
        }
        writer.endObject()
    }

    /// A relative URI reference for a project-relative path: `/`-separated, with characters outside RFC 3986's
    /// unreserved and sub-delimiter sets percent-encoded (a space becomes `%20`).
    static func uri(_ path: String) -> String {
        // Most paths need no escape, and every result names one.
        guard path.utf8.contains(where: { !isURISafe($0) }) else { return path }
        var output = ""
        for byte in path.utf8 {
            if isURISafe(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = String(byte, radix: 16, uppercase: true)
                output += "%" + (digits.count == 1 ? "0" : "") + digits
            }
        }
        return output
    }

    /// An unreserved or sub-delimiter byte of RFC 3986, or `/`, `:` or `@`: written into a URI as it is.
    private static func isURISafe(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || "-._~/!$&'()*+,;=:@".utf8.contains(byte)
    }

    /// `RDS instances are not publicly accessible` → `RDSInstancesAreNotPubliclyAccessible`.
    static func pascalCase(_ title: String) -> String {
        var name = ""
        for word in title.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            guard let first = word.first else { continue }
            name += first.uppercased() + word.dropFirst()
        }
        return name
    }
}
