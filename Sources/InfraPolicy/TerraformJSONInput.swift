import InfraCore

/// A Terraform JSON file infragen did not render (a cdktf `cdk.tf.json`, a hand-written `main.tf.json`), read so that
/// the policy engine can check it and every finding points at a line of that file.
///
/// `resource` may be written as an object (`{"<type>": {"<name>": {…}}}`) or, as Terraform JSON allows, as a list of
/// such objects at the type level and at the name level; a body may be an object or a list holding one object. `//`
/// comment keys are skipped. Anything else is a `TFJ001` diagnostic, and a resource declared twice is `TFJ002`.
public struct TerraformJSONInput: Sendable {
    /// Ids of the diagnostics about the file's structure.
    public enum DiagnosticID {
        public static let structure = "TFJ001"
        public static let duplicateResource = "TFJ002"
    }

    /// The path as given; it is also the stack name of every finding.
    public var path: String
    /// The environment the file is linted as; production-scoped rules apply only to `prod` and `production`.
    public var environment: String
    /// The file as the engine reads it, with `resource` in object form and each resource located at its name key.
    public var rendered: RenderedStack
    /// Where each top-level attribute of each resource is written.
    var attributeLocations: [ResourceAddress: [String: SourceLocation]]
    /// How many resources the file declares.
    public var resourceCount: Int { rendered.locations.count }

    /// Parses and reads a file; JSON syntax errors (`JSON001`, `JSON002`) and structure errors are thrown.
    public init(text: String, path: String, environment: String) throws(DiagnosticError) {
        let json: PositionedJSON
        do {
            json = try JSONParser().parse(text, file: path)
        } catch {
            throw DiagnosticError(error.diagnostics.map { Self.scoped($0, path: path, environment: environment) })
        }
        try self.init(json: json, path: path, environment: environment)
    }

    /// Reads a parsed file.
    public init(json: PositionedJSON, path: String, environment: String) throws(DiagnosticError) {
        self.path = path
        self.environment = environment
        var problems: [Diagnostic] = []
        func structure(_ value: PositionedJSON, _ message: String) {
            problems.append(
                Diagnostic(
                    id: DiagnosticID.structure,
                    severity: .error,
                    message: message,
                    location: value.location(file: path),
                    hint: "Terraform JSON declares resources as \"resource\": {\"<type>\": {\"<name>\": {…}}}"
                )
            )
        }
        /// The objects of a value written as one object or as a list of objects.
        func objects(_ value: PositionedJSON, _ what: String) -> [[PositionedJSON.Member]] {
            if let members = value.members { return [members] }
            guard let elements = value.elements else {
                structure(value, "\(what) must be an object or a list of objects, found \(value.kindDescription)")
                return []
            }
            return elements.compactMap { element in
                guard let members = element.members else {
                    structure(
                        element,
                        "\(what) must be an object or a list of objects, found a list holding \(element.kindDescription)"
                    )
                    return nil
                }
                return members
            }
        }

        guard let top = json.members else {
            structure(json, "a Terraform JSON file holds an object, found \(json.kindDescription)")
            throw DiagnosticError(problems.map { Self.scoped($0, path: path, environment: environment) })
        }
        var document: [String: JSONValue] = [:]
        var resources: [String: [String: JSONValue]] = [:]
        var locations: [ResourceAddress: SourceLocation] = [:]
        var attributeLocations: [ResourceAddress: [String: SourceLocation]] = [:]
        for member in top {
            guard member.key == "resource" else {
                document[member.key] = member.value.value
                continue
            }
            for types in objects(member.value, "`resource`") {
                for type in types where type.key != "//" {
                    for names in objects(type.value, "`resource.\(type.key)`") {
                        for name in names where name.key != "//" {
                            let address = ResourceAddress(type: type.key, name: name.key)
                            for body in objects(name.value, "`resource.\(address)`") {
                                if let first = locations[address] {
                                    problems.append(
                                        Diagnostic(
                                            id: DiagnosticID.duplicateResource,
                                            severity: .error,
                                            message:
                                                "\(address) is declared again; the first declaration is at line \(first.line ?? 0)",
                                            address: address.description,
                                            location: name.location(file: path),
                                            hint: "give each resource of a type its own name"
                                        )
                                    )
                                    continue
                                }
                                locations[address] = name.location(file: path)
                                var attributes: [String: JSONValue] = [:]
                                var keys: [String: SourceLocation] = [:]
                                for attribute in body {
                                    attributes[attribute.key] = attribute.value.value
                                    keys[attribute.key] = attribute.location(file: path)
                                }
                                resources[type.key, default: [:]][name.key] = .object(attributes)
                                attributeLocations[address] = keys
                            }
                        }
                    }
                }
            }
        }
        guard problems.isEmpty else {
            throw DiagnosticError(problems.map { Self.scoped($0, path: path, environment: environment) })
        }
        document["resource"] = .object(resources.mapValues(JSONValue.object))
        self.rendered = RenderedStack(
            stack: path,
            environment: environment,
            document: .object(document),
            files: [],
            locations: locations
        )
        self.attributeLocations = attributeLocations
    }

    /// The policy findings of the file, sorted: located at the attribute's key when the rule names an attribute the
    /// resource writes, else at the resource's name key, with the attribute as a JSON path
    /// (`resource.aws_db_instance.main.publicly_accessible`).
    public func lint(today: CalendarDate, engine: PolicyEngine = PolicyEngine()) -> [Diagnostic] {
        let findings = engine.evaluate(rendered, context: PolicyContext(environment: environment, today: today))
        return findings.map { finding in
            guard let addressText = finding.address, let attribute = finding.attribute else { return finding }
            var located = finding
            located.attribute = "resource.\(addressText).\(attribute)"
            let key = String(attribute.prefix { $0 != "." && $0 != "[" })
            if let address = Self.address(addressText), let location = attributeLocations[address]?[key] {
                located.location = location
            }
            return located
        }
        .sorted()
    }

    static func address(_ text: String) -> ResourceAddress? {
        guard let dot = text.firstIndex(of: ".") else { return nil }
        return ResourceAddress(type: String(text[..<dot]), name: String(text[text.index(after: dot)...]))
    }

    static func scoped(_ diagnostic: Diagnostic, path: String, environment: String) -> Diagnostic {
        var scoped = diagnostic
        scoped.stack = path
        scoped.environment = environment
        return scoped
    }
}
