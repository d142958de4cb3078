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
        let run: JSONValue = [
            "tool": ["driver": driver],
            "columnKind": ReportJSON.text("unicodeCodePoints"),
            "originalUriBaseIds": [
                sourceRoot: [
                    "description": [
                        "text": ReportJSON.text(
                            "The folder paths are relative to: the project root for stacks, the working directory for --tf-json files."
                        )
                    ]
                ]
            ],
            "results": .array(diagnostics.map { result($0, ruleIndex: indexByID[$0.id] ?? 0) }),
            "invocations": [invocation(inputErrors: options.inputErrors)],
        ]
        return ReportJSON.encode([
            "$schema": ReportJSON.text(schema),
            "version": ReportJSON.text(version),
            "runs": [run],
        ])
    }

    /// Whether the run checked every input; each input that could not be read or parsed is a notification.
    static func invocation(inputErrors: [Diagnostic]) -> JSONValue {
        let notifications: [JSONValue] = inputErrors.map { error in
            ReportJSON.object([
                ("level", ReportJSON.text(level(error.severity))),
                ("message", ["text": ReportJSON.text(error.message + (error.hint.map { "\nhint: \($0)" } ?? ""))]),
                ("descriptor", ["id": ReportJSON.text(error.id)]),
                (
                    "locations",
                    error.location.map { source in
                        let region: JSONValue? = source.line.map { line in
                            ReportJSON.object([
                                ("startLine", .int(line)), ("startColumn", source.column.map(JSONValue.int)),
                            ])
                        }
                        return [
                            [
                                "physicalLocation": ReportJSON.object([
                                    ("artifactLocation", artifact(source.file)), ("region", region),
                                ])
                            ]
                        ]
                    }
                ),
            ])
        }
        return ReportJSON.object([
            ("executionSuccessful", .bool(inputErrors.isEmpty)),
            ("toolExecutionNotifications", notifications.isEmpty ? nil : .array(notifications)),
        ])
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

    /// One result.
    static func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
        var text = diagnostic.address.map { "\($0): " } ?? ""
        text += diagnostic.message
        if let hint = diagnostic.hint { text += "\nhint: \(hint)" }

        let location: JSONValue? = diagnostic.location.map { source in
            let region: JSONValue? = source.line.map { line in
                ReportJSON.object([("startLine", .int(line)), ("startColumn", source.column.map(JSONValue.int))])
            }
            let logical: JSONValue? = diagnostic.address.map { address in
                [["fullyQualifiedName": ReportJSON.text(address), "kind": ReportJSON.text("resource")]]
            }
            return ReportJSON.object([
                (
                    "physicalLocation",
                    ReportJSON.object([("artifactLocation", artifact(source.file)), ("region", region)])
                ),
                ("logicalLocations", logical),
            ])
        }
        let properties = ReportJSON.object([
            ("stack", diagnostic.stack.map(ReportJSON.text)),
            ("environment", diagnostic.environment.map(ReportJSON.text)),
            ("address", diagnostic.address.map(ReportJSON.text)),
            ("attribute", diagnostic.attribute.map(ReportJSON.text)),
        ])
        return ReportJSON.object([
            ("ruleId", ReportJSON.text(diagnostic.id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", ReportJSON.text(level(diagnostic.severity))),
            ("message", ["text": ReportJSON.text(text)]),
            ("locations", location.map { .array([$0]) }),
            (
                "relatedLocations",
                diagnostic.relatedLocation.map { related in
                    let region: JSONValue? = related.line.map { line in
                        ReportJSON.object([("startLine", .int(line)), ("startColumn", related.column.map(JSONValue.int))])
                    }
                    return [
                        ReportJSON.object([
                            ("id", .int(0)),
                            (
                                "physicalLocation",
                                ReportJSON.object([("artifactLocation", artifact(related.file)), ("region", region)])
                            ),
                            ("message", ["text": ReportJSON.text("the Swift line that uses the value")]),
                        ])
                    ]
                }
            ),
            ("partialFingerprints", [FindingFingerprint.key: ReportJSON.text(FindingFingerprint.of(diagnostic))]),
            ("properties", properties.objectValue?.isEmpty == false ? properties : nil),
            (
                "suppressions",
                diagnostic.waiver.map { reason in
                    [["kind": ReportJSON.text("inSource"), "justification": ReportJSON.text(reason)]]
                }
            ),
        ])
    }

    /// `{"uri": …, "uriBaseId": "%SRCROOT%"}` for a project-relative path; an absolute path (a `--tf-json` file outside
    /// the working directory) becomes a `file://` URI of its own.
    static func artifact(_ path: String) -> JSONValue {
        guard !path.hasPrefix("/") else { return ["uri": ReportJSON.text("file://" + uri(path))] }
        return ["uri": ReportJSON.text(uri(path)), "uriBaseId": ReportJSON.text(sourceRoot)]
    }

    /// A relative URI reference for a project-relative path: `/`-separated, with characters outside RFC 3986's
    /// unreserved and sub-delimiter sets percent-encoded (a space becomes `%20`).
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            let isSafe =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || "-._~/!$&'()*+,;=:@".utf8.contains(byte)
            if isSafe {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = String(byte, radix: 16, uppercase: true)
                output += "%" + (digits.count == 1 ? "0" : "") + digits
            }
        }
        return output
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
