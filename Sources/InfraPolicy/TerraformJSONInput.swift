import InfraCore

/// A Terraform JSON file infragen did not render (a cdktf `cdk.tf.json`, a hand-written `main.tf.json`), read so that
/// the policy engine can check it and every finding points at a line of that file.
///
/// It accepts what terraform 1.11 accepts: `resource` written as an object (`{"<type>": {"<name>": {…}}}`) or as a
/// list of such objects at the type and name levels; a body written as an object or a list of objects; a top-level
/// key written more than once (two `"resource"` members declare the resources of both, as terraform merges them);
/// a nested block repeated inside a body; a byte-order mark and CRLF line ends. `//` comment keys are skipped.
///
/// - `TFJ001`: a block has the wrong shape.
/// - `TFJ002`: a resource is declared twice.
/// - `TFJ003`: a top-level key terraform does not know (`resources`).
/// - `TFJ004`: the file is JSON but not a Terraform document (no `resource`, `data`, `provider`, … at all).
/// - `TFJ005`: an argument of a resource is set twice.
/// - `TFJ006` (a note of `lint`): the file calls modules, whose resources are not in it and so are not checked.
public struct TerraformJSONInput: Sendable {
    /// Ids of the diagnostics about the file's structure.
    public enum DiagnosticID {
        public static let structure = "TFJ001"
        public static let duplicateResource = "TFJ002"
        public static let unknownBlock = "TFJ003"
        public static let notTerraform = "TFJ004"
        public static let duplicateArgument = "TFJ005"
        public static let moduleNotChecked = "TFJ006"
    }

    /// What to pass instead of a JSON file that is not configuration. A plan (`terraform show -json`) and a state
    /// file are what a user of other tools most often tries, and are named, as they describe changes or deployed
    /// resources rather than the configuration infragen checks.
    static func notTerraformHint(keys: Set<String>) -> String {
        let configuration = "the *.tf.json files (or cdktf's cdk.tf.json)"
        if keys.contains("format_version"), !keys.isDisjoint(with: ["planned_values", "resource_changes"]) {
            return "this is a plan in JSON (`terraform show -json`), not configuration; pass \(configuration) it was "
                + "planned from"
        }
        if keys.isSuperset(of: ["lineage", "serial"]) {
            return "this is a Terraform state file, not configuration; pass \(configuration) that declare its resources"
        }
        return "pass a Terraform JSON file (*.tf.json, a cdktf cdk.tf.json) to --tf-json"
    }

    /// The top-level keys that make a JSON object a Terraform document.
    public static let documentKeys = [
        "data", "locals", "module", "output", "provider", "resource", "terraform", "variable",
    ]
    /// Every top-level key terraform 1.11 accepts in a `.tf.json` file.
    public static let topLevelKeys = Set(documentKeys + ["check", "ephemeral", "import", "moved", "removed", "//"])

    /// The path as given; it is also the stack name of every finding.
    public var path: String
    /// The environment the file is linted as; production-scoped rules apply only to `prod` and `production`.
    public var environment: String
    /// The file as the engine reads it, with `resource` in object form and each resource located at its name key.
    public var rendered: RenderedStack
    /// Where each top-level attribute of each resource is written, in file order.
    var attributeLocations: [ResourceAddress: [KeyLocation]]
    /// Where each key of each provider configuration, each variable's default and each local is written, by the path
    /// a finding names (`provider.aws[1].secret_key`, `variable.db_password.default`, `locals.api_key`), so that a
    /// finding about one points at it.
    var blockLocations: [String: SourceLocation]
    /// Where the file's first `module` block is written, for the note that its modules are not checked.
    var moduleLocation: SourceLocation?
    /// The file's resources with the document index the rules read (`PolicyEngine.resources(in:)`), once `index()`
    /// has read them: the files of a folder are indexed once merged (`module(_:)`), not each on its own first.
    public private(set) var resources: [ResourceView] = []
    /// Whether `resources` holds the index.
    public private(set) var isIndexed = false
    /// Whether this is several files of one folder read as one configuration (`module(_:)`): its findings then
    /// belong to the file each is located in, not to `path`.
    public internal(set) var isModule = false
    /// The file an override file's argument was written in, by resource and argument (`module(_:)`); every other
    /// argument is written in the file that declares its resource.
    var overriddenKeyFiles: [ResourceAddress: [String: String]] = [:]
    /// The arguments `resolveReferences(_:)` gave a variable's or a local's value, by resource.
    var resolvedReferences: [ResourceAddress: [ResolvedReference]] = [:]
    /// The arguments `resolveReferences(_:)` gave a value, by data source (`aws_iam_policy_document.admin`).
    var resolvedDataReferences: [ResourceAddress: [ResolvedReference]] = [:]
    /// The arguments of provider configurations `resolveReferences(_:)` gave a value.
    var resolvedProviderReferences: [ResolvedReference] = []
    /// The document as written, before `resolveReferences(_:)`: what a finding is new against.
    var unresolvedDocument: JSONValue?
    /// How many resources the file declares.
    public var resourceCount: Int { rendered.locations.count }

    /// Parses and reads a file; JSON syntax errors (`JSON001`, `JSON002`) and structure errors are thrown.
    ///
    /// A file in the usual shape (`resource` as objects all the way down to the bodies) is parsed on every core:
    /// one pass finds the bodies (`Skim`), and the bodies, most of the file, are parsed in parallel. Any other shape,
    /// and any syntax error, takes the one-pass parse, whose diagnostics are the ones users see.
    public init(text: String, path: String, environment: String) throws(DiagnosticError) {
        var text = text
        if let skimmed = text.withUTF8({ Self.skimmed($0, path: path, environment: environment) }) {
            self = try skimmed.get()
            return
        }
        try self.init(onePass: text, path: path, environment: environment)
    }

    /// `init(text:path:environment:)` for a file's bytes, already checked to be UTF-8: a file in the usual shape is
    /// read from them as they are, without a copy into a `String` (55 MB at 100,000 resources, on one thread).
    public init(utf8 bytes: [UInt8], path: String, environment: String) throws(DiagnosticError) {
        if let skimmed = bytes.withUnsafeBufferPointer({ Self.skimmed($0, path: path, environment: environment) }) {
            self = try skimmed.get()
            return
        }
        try self.init(onePass: String(decoding: bytes, as: UTF8.self), path: path, environment: environment)
    }

    /// The file read on every core (`Skim`), or `nil` when it is not in the usual shape or has a syntax error.
    private static func skimmed(_ bytes: UnsafeBufferPointer<UInt8>, path: String, environment: String)
        -> Result<TerraformJSONInput, DiagnosticError>?
    {
        guard let skim = Skim(bytes: bytes, path: path), let bodies = skim.readBodies(bytes: bytes, path: path)
        else { return nil }
        do throws(DiagnosticError) {
            return .success(
                try TerraformJSONInput(json: skim.top, path: path, environment: environment, readBodies: bodies)
            )
        } catch {
            return .failure(error)
        }
    }

    /// The file parsed in one pass, whose diagnostics are the ones users see for a syntax error.
    private init(onePass text: String, path: String, environment: String) throws(DiagnosticError) {
        let json: PositionedJSON
        do {
            json = try JSONParser(duplicateKeys: .keep).parse(text, file: path)
        } catch {
            let isHCL = Self.looksLikeHCL(text)
            throw DiagnosticError(
                error.diagnostics.map { diagnostic in
                    var diagnostic = Self.scoped(diagnostic, path: path, environment: environment)
                    if isHCL, diagnostic.id == "JSON001" {
                        diagnostic.message += "; the file is HCL (Terraform's native syntax), not JSON"
                        // A `.tf` file is HCL by its name: telling its author to name it `.tf` would send them in
                        // a circle.
                        diagnostic.hint =
                            path.hasSuffix(".tf")
                            ? "infragen reads only Terraform JSON (`*.tf.json`, cdktf's cdk.tf.json); leave `.tf` "
                                + "files to `terraform validate`, and pass infragen the JSON files of the configuration"
                            : "infragen reads Terraform JSON (`*.tf.json`): convert the file to JSON, or if it is "
                                + "HCL on purpose, name it `.tf` and leave it to `terraform validate`"
                    }
                    return diagnostic
                }
            )
        }
        try self.init(json: json, path: path, environment: environment)
    }

    /// Whether a file that is not JSON opens as HCL does: a block keyword, then a label or a brace
    /// (`resource "aws_lb" "main" {`, `terraform {`), after any comments. Only the file's first 4 KiB are read.
    static func looksLikeHCL(_ text: String) -> Bool {
        var lines = text.prefix(4_096).split(whereSeparator: \.isNewline).lazy.map { $0.drop(while: \.isWhitespace) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("//") && !$0.hasPrefix("/*") }
            .makeIterator()
        guard let first = lines.next() else { return false }
        let keyword = first.prefix(while: { $0.isLetter })
        let blocks: Set<Substring> = [
            "resource", "data", "provider", "terraform", "variable", "output", "locals", "module",
        ]
        guard blocks.contains(keyword) else { return false }
        let rest = first.dropFirst(keyword.count)
        guard rest.first?.isWhitespace == true else { return false }
        let next = rest.drop(while: \.isWhitespace).first
        return next == "\"" || next == "{"
    }

    /// Reads a parsed file.
    public init(json: PositionedJSON, path: String, environment: String) throws(DiagnosticError) {
        try self.init(json: json, path: path, environment: environment, readBodies: nil)
    }

    /// Reads a parsed file. With `readBodies`, each `resource` member of `json` is an empty object standing for the
    /// resources `Skim` found there, given in file order, one list per `resource` member.
    init(
        json: PositionedJSON,
        path: String,
        environment: String,
        readBodies: [[Skim.ReadBody]]?
    ) throws(DiagnosticError) {
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
        func objects(_ value: PositionedJSON, _ what: @autoclosure () -> String) -> [[PositionedJSON.Member]] {
            if let members = value.members { return [members] }
            guard let elements = value.elements else {
                structure(value, "\(what()) must be an object or a list of objects, found \(value.kindDescription)")
                return []
            }
            return elements.compactMap { element in
                guard let members = element.members else {
                    structure(
                        element,
                        "\(what()) must be an object or a list of objects, found a list holding \(element.kindDescription)"
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
        guard top.contains(where: { Self.documentKeys.contains($0.key) }) else {
            let keys = top.prefix(4).map { "`\($0.key)`" }.joined(separator: ", ")
            throw DiagnosticError(
                Self.scoped(
                    Diagnostic(
                        id: DiagnosticID.notTerraform,
                        severity: .error,
                        message: "\(path) is not a Terraform JSON document: it has none of "
                            + Self.documentKeys.map { "`\($0)`" }.joined(separator: ", ")
                            + (keys.isEmpty
                                ? " (it is an empty object)" : " (its keys: \(keys)\(top.count > 4 ? ", …" : ""))"),
                        location: json.location(file: path),
                        hint: Self.notTerraformHint(keys: Set(top.map(\.key)))
                    ),
                    path: path,
                    environment: environment
                )
            )
        }
        var document: [String: JSONValue] = [:]
        var resources: [String: [String: JSONValue]] = [:]
        var providers: [String: [JSONValue]] = [:]
        var locations: [ResourceAddress: SourceLocation] = [:]
        var attributeLocations: [ResourceAddress: [KeyLocation]] = [:]
        var blockLocations: [String: SourceLocation] = [:]
        var moduleLocation: SourceLocation?
        var declarations: [Declaration] = []
        /// The diagnostic of a second declaration of `address`, or `nil` (and the address noted) for the first.
        func redeclaration(of address: ResourceAddress, at location: SourceLocation) -> Diagnostic? {
            // One hash for the usual case of a new address; a repeat restores the first.
            guard let first = locations.updateValue(location, forKey: address) else { return nil }
            locations[address] = first
            return Self.redeclared(address, at: location, first: first)
        }
        /// The problems of the bodies, in file order, reported after those of the file's structure.
        var bodyProblems: [Diagnostic] = []
        /// Takes a read body into the document, moving its tables out of it: a copy would retain each, and the
        /// body's end release it again, each a cache miss on a table another core built.
        func take(_ body: inout ResourceBody) {
            if !body.problems.isEmpty { bodyProblems += body.problems }
            guard let address = body.address else { return }
            var attributes: [String: JSONValue] = [:]
            swap(&attributes, &body.attributes)
            var keys: [KeyLocation] = []
            swap(&keys, &body.keys)
            resources[address.type, default: [:]][address.name] = .object(attributes)
            attributeLocations[address] = keys
        }
        if readBodies == nil {
            // Sized up front for the resources written in object form (a list form just grows): growing a dictionary
            // rehashes every address it holds. `Skim.gather` sizes its own tables.
            let declaredCount = top.reduce(0) { count, member in
                guard member.key == "resource", let types = member.value.members else { return count }
                return count + types.reduce(0) { $0 + ($1.value.members?.count ?? 0) }
            }
            locations.reserveCapacity(declaredCount)
            attributeLocations.reserveCapacity(declaredCount)
            declarations.reserveCapacity(declaredCount)
        }
        for member in top {
            guard Self.topLevelKeys.contains(member.key) else {
                problems.append(
                    Diagnostic(
                        id: DiagnosticID.unknownBlock,
                        severity: .error,
                        message: "`\(member.key)` is not a Terraform block type",
                        location: member.location(file: path),
                        hint: "a Terraform JSON file's top-level keys are "
                            + Self.topLevelKeys.filter { $0 != "//" }.sorted().map { "`\($0)`" }.joined(separator: ", ")
                    )
                )
                continue
            }
            switch member.key {
            case "resource": break
            case "provider":
                // Provider blocks by name, each a list of configurations (the default one and aliases).
                for names in objects(member.value, "`provider`") {
                    for name in names where name.key != "//" {
                        for body in objects(name.value, "`provider.\(name.key)`") {
                            let index = providers[name.key]?.count ?? 0
                            for key in body {
                                blockLocations["provider.\(name.key)[\(index)].\(key.key)"] = key.location(
                                    file: path
                                )
                            }
                            providers[name.key, default: []].append(Self.body(body))
                        }
                    }
                }
                continue
            default:
                if member.key == "module", moduleLocation == nil { moduleLocation = member.location(file: path) }
                // Where each variable's default and each local is written, for a finding about its value.
                if member.key == "variable" || member.key == "locals" {
                    for entry in Self.memberBlocks(member.value).joined() where entry.key != "//" {
                        guard member.key == "variable" else {
                            blockLocations["locals.\(entry.key)"] = entry.location(file: path)
                            continue
                        }
                        for key in Self.memberBlocks(entry.value).joined() where key.key == "default" {
                            blockLocations["variable.\(entry.key).default"] = key.location(file: path)
                        }
                    }
                }
                // A key written twice is merged, as terraform merges blocks from several files.
                document[member.key] = Self.merged(document[member.key], member.value.value)
                continue
            }
            // The bodies `Skim` read are filed after this loop, all at once.
            if readBodies != nil { continue }
            for types in objects(member.value, "`resource`") {
                for type in types where type.key != "//" {
                    for names in objects(type.value, "`resource.\(type.key)`") {
                        for name in names where name.key != "//" {
                            let address = ResourceAddress(type: type.key, name: name.key)
                            for body in objects(name.value, "`resource.\(address)`") {
                                let location = name.location(file: path)
                                if let repeated = redeclaration(of: address, at: location) {
                                    declarations.append(.duplicate(repeated))
                                } else {
                                    declarations.append(.body(address, body))
                                }
                            }
                        }
                    }
                }
            }
        }
        if let readBodies {
            let gathered = Skim.gather(readBodies, path: path)
            (locations, bodyProblems) = (gathered.locations, gathered.problems)
            (resources, attributeLocations) = (gathered.resources, gathered.attributeLocations)
        }
        // The bodies are read on every core (they are most of the file); their results are taken in file order.
        var read = ParallelMap.chunked(declarations, minimumChunk: 256) { declaration in
            switch declaration {
            case .duplicate(let diagnostic): ResourceBody(problems: [diagnostic])
            case .body(let address, let members): ResourceBody(address: address, members: members, path: path)
            }
        }
        // Moved out of the list one by one (as `DocumentIndex` does with its facts), not copied from it.
        read.reverse()
        while var body = read.popLast() { take(&body) }
        problems += bodyProblems
        if !providers.isEmpty {
            document["provider"] = .object(providers.mapValues { $0.count == 1 ? $0[0] : .array($0) })
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
        self.blockLocations = blockLocations
        self.moduleLocation = moduleLocation
    }

    /// Reads the document index the rules use, if it has not been read; `lint` reads it for itself otherwise.
    public mutating func index() {
        guard !isIndexed else { return }
        resources = PolicyEngine.resources(in: rendered.document)
        isIndexed = true
    }

    /// The policy findings of the file, sorted: located at the attribute's key when the rule names an attribute the
    /// resource writes, else at the resource's name key, with the attribute as a JSON path
    /// (`resource.aws_db_instance.main.publicly_accessible`).
    ///
    /// `lintedFolders` are the folders linted in the same run (as findings name their files): a module the file calls
    /// from one of them (`"source": "./modules/queue"`) is checked there, and the note on unchecked modules leaves it
    /// out.
    public func lint(
        today: CalendarDate,
        engine: PolicyEngine = PolicyEngine(),
        lintedFolders: Set<String> = []
    ) -> [Diagnostic] {
        let context = PolicyContext(environment: environment, today: today)
        var findings = engine.unsortedFindings(
            rendered,
            resources: isIndexed ? resources : PolicyEngine.resources(in: rendered.document),
            context: context
        )
        if let pinned = Self.pinnedAWSMajor(in: rendered.document), pinned != Self.schemaMajor {
            // The embedded schema is of another major version than the file asks for: its findings would be about
            // arguments that version may not have, so they are replaced by one note that says why.
            let schemaIDs = Set(RuleCatalog.all.filter { $0.family == .schema }.map(\.id.rawValue))
            findings.removeAll { schemaIDs.contains($0.id) }
            findings.append(
                Diagnostic(
                    id: RuleID.schemaUncheckedType.rawValue,
                    severity: .note,
                    message:
                        "the file pins hashicorp/aws \(pinned).x, and infragen's embedded schema is \(AWSProviderSchema.catalog.version), so arguments are not checked against the schema",
                    address: nil,
                    attribute: "terraform.required_providers.aws.version",
                    location: nil,
                    stack: rendered.stack,
                    environment: rendered.environment,
                    hint:
                        "`terraform validate` with the pinned provider checks the arguments; the security rules still apply"
                )
            )
        }
        if let unresolvedDocument {
            explainResolved(&findings, against: unresolvedDocument, engine: engine, context: context)
        }
        let caller = Self.folder(of: moduleLocation?.file ?? path)
        if var modules = Self.moduleNote(rendered.document, calledFrom: caller, lintedFolders: lintedFolders) {
            modules.location = moduleLocation
            findings.append(Self.scoped(modules, path: path, environment: environment))
        }
        // Finding by finding, in place, on every core for a large file; sorted below, since locations change the
        // order.
        ParallelMap.updateChunksInPlace(&findings, minimumChunk: 2048) {
            [blockLocations, attributeLocations, path, isModule, document = rendered.document] chunk in
            // A resource's findings come one after another: where its keys are written is looked up once for them.
            var resource: (address: String, keys: [KeyLocation]?)?
            for index in chunk.indices {
                if let attribute = chunk[index].attribute, let location = blockLocations[attribute] {
                    // A finding about a provider block, a variable or a local is at it, not at the resource it was
                    // reported with.
                    chunk[index].address = nil
                    chunk[index].location = location
                    continue
                }
                guard let addressText = chunk[index].address, let attribute = chunk[index].attribute else { continue }
                // Copied as bytes into one string: four `+=` were 1.3 % of a 10,000-resource lint (`UTF8Text.joined`).
                chunk[index].attribute = UTF8Text.joined("resource.", addressText, ".", attribute)
                if resource?.address != addressText {
                    resource = (addressText, Self.address(addressText).flatMap { attributeLocations[$0] })
                }
                let key = Self.topLevelKey(of: attribute)
                var written = resource?.keys?.first(where: { $0.key == key })
                // A block a `dynamic` block generated (`ingress[0].cidr_blocks`, no `ingress` written) is at the
                // `dynamic` key. Looked up in the document only for a resource that writes one: most findings name
                // an argument that is missing. The length is compared first, as unequal texts compare slowly.
                if written == nil,
                    let dynamic = resource?.keys?.first(where: { $0.key.utf8.count == 7 && $0.key == "dynamic" }),
                    Self.generates(document, addressText, key)
                {
                    written = dynamic
                }
                if let written {
                    let file = isModule ? keyFile(addressText, key) : path
                    chunk[index].location = SourceLocation(file: file, line: written.line, column: written.column)
                }
            }
        }
        if isModule {
            // Each finding belongs to the file it points at, so that reports keep one target per file.
            for index in findings.indices { findings[index].stack = findings[index].location?.file ?? path }
        }
        ParallelMap.sort(&findings)
        return findings
    }

    /// Whether a `dynamic` block of the resource at `addressText` in `document` generates `key` blocks.
    private static func generates(_ document: JSONValue, _ addressText: String, _ key: String) -> Bool {
        guard let address = address(addressText),
            let dynamic = document["resource"]?[address.type]?[address.name]?["dynamic"]
        else { return false }
        return dynamic.blocks.contains { $0[key] != nil }
    }

    /// The file that writes argument `key` of the resource at `addressText`, in a module: an override file's, or the
    /// file that declares the resource.
    private func keyFile(_ addressText: String, _ key: String) -> String {
        guard let address = Self.address(addressText) else { return path }
        return overriddenKeyFiles[address]?[key] ?? rendered.locations[address]?.file ?? path
    }

    /// A resource as the file declares it, in file order: its body, or the diagnostic of a second declaration.
    enum Declaration: Sendable {
        case body(ResourceAddress, [PositionedJSON.Member])
        case duplicate(Diagnostic)
    }

    /// Where a resource's attribute key is written. The file is the input's `path`, so it is not kept for each key.
    struct KeyLocation: Equatable, Sendable {
        var key: String
        var line: Int
        var column: Int
    }

    /// One resource body read into attributes and the locations of their keys, with its repeated arguments.
    struct ResourceBody: Sendable {
        var address: ResourceAddress?
        var attributes: [String: JSONValue] = [:]
        /// The keys in file order, each once (a repeated block keeps its first key). A list rather than a table: it
        /// is read only to place a finding about an attribute, and a table per resource cost as much to fill, and
        /// as much memory, as the attributes themselves.
        var keys: [KeyLocation] = []
        var problems: [Diagnostic] = []

        init(problems: [Diagnostic]) {
            self.problems = problems
        }

        init(address: ResourceAddress, members: [PositionedJSON.Member], path: String) {
            self.init(address: address, capacity: members.count)
            for attribute in members {
                add(attribute.key, attribute.value.value, line: attribute.line, column: attribute.column, file: path)
            }
        }

        /// An empty body with room for `capacity` attributes, to `add` them to one by one.
        init(address: ResourceAddress, capacity: Int) {
            self.address = address
            // Sized for the body up front: growing a dictionary rehashes every key it holds.
            attributes = .reserving(capacity)
            keys.reserveCapacity(capacity)
        }

        /// Adds an attribute in file order; `file` is where a repeated argument is reported.
        mutating func add(_ key: String, _ value: JSONValue, line: Int, column: Int, file: String) {
            // One hash for the usual case of a new key; a repeat puts the earlier value back first.
            guard let earlier = attributes.updateValue(value, forKey: key) else {
                keys.append(KeyLocation(key: key, line: line, column: column))
                return
            }
            attributes[key] = earlier
            // A nested block may repeat (`"ingress": {…}, "ingress": {…}`); an argument may not.
            if case .object = value, let blocks = TerraformJSONInput.blockList(earlier) {
                attributes[key] = .array(blocks + [value])
                return
            }
            let first = keys.first { $0.key == key }
            problems.append(
                Diagnostic(
                    id: DiagnosticID.duplicateArgument,
                    severity: .error,
                    message: "`\(key)` is set twice; it is first set at line \(first?.line ?? 0)",
                    address: address?.description,
                    location: SourceLocation(file: file, line: line, column: column),
                    hint: "terraform refuses a repeated argument (\"Duplicate argument\"); keep one"
                )
            )
        }
    }

    /// The diagnostic of a resource declared again at `location`, first declared at `first`.
    static func redeclared(_ address: ResourceAddress, at location: SourceLocation, first: SourceLocation) -> Diagnostic
    {
        Diagnostic(
            id: DiagnosticID.duplicateResource,
            severity: .error,
            message: "declared again; the first declaration is at line \(first.line ?? 0)",
            address: address.description,
            location: location,
            hint: "give each resource of a type its own name"
        )
    }

    /// The major version of the embedded schema.
    static let schemaMajor = Int(AWSProviderSchema.catalog.version.prefix { $0 != "." }) ?? 5

    /// A note naming the modules the file calls: their resources are in the modules' own files, so a clean lint of
    /// this one says nothing about them. `nil` for a file that calls none. A local module (`./modules/queue`, from
    /// the `caller` folder) whose folder is among `lintedFolders` is checked in the same run, and is not named.
    static func moduleNote(_ document: JSONValue, calledFrom caller: String = "", lintedFolders: Set<String> = [])
        -> Diagnostic?
    {
        var calls: [(name: String, source: String?)] = []
        let blocks: [[String: JSONValue]] =
            switch document["module"] {
            case .object(let members)?: [members]
            case .array(let elements)?: elements.compactMap(\.objectValue)
            default: []
            }
        for block in blocks {
            for (name, body) in block where name != "//" {
                let source = body.firstBlock?["source"]?.literalString
                // A local module linted in the same run is checked, as a configuration of its own.
                if let folder = source.flatMap({ resolved($0, from: caller) }), lintedFolders.contains(folder) {
                    continue
                }
                calls.append((name, source))
            }
        }
        guard !calls.isEmpty else { return nil }
        calls.sort { $0.name < $1.name }
        let named = calls.prefix(3).map { call in "`\(call.name)`" + (call.source.map { " (\($0))" } ?? "") }
        let more = calls.count > 3 ? ["\(calls.count - 3) more"] : []
        let count = calls.count == 1 ? "a module" : "\(calls.count) modules"
        return Diagnostic(
            id: DiagnosticID.moduleNotChecked,
            severity: .note,
            message: "the file calls \(count), \(Wording.list(named + more)), whose resources are not checked: "
                + "infragen reads the resources a file declares, not those inside the modules it calls",
            attribute: "module",
            hint: "a module written in Terraform JSON can be linted too, by passing its folder to --tf-json; "
                + "infragen does not read HCL"
        )
    }

    /// The one major version `terraform.required_providers.aws.version` allows, when it pins one (`~> 4.16`, `= 6.2.0`,
    /// `4.67.0`); `nil` when it is absent or allows a range of majors (`>= 5.20`).
    static func pinnedAWSMajor(in document: JSONValue) -> Int? {
        let aws = document["terraform"]?.firstBlock?["required_providers"]?.firstBlock?["aws"]
        let constraint = aws?.literalString ?? aws?.firstBlock?["version"]?.literalString
        guard let constraint else { return nil }
        for part in constraint.split(separator: ",") {
            let text = part.trimmingPrefix(while: \.isWhitespace)
            let op = String(text.prefix { "~>=<!".contains($0) })
            let version = text.dropFirst(op.count).trimmingPrefix(while: \.isWhitespace)
            guard let major = Int(version.prefix { $0.isNumber }) else { continue }
            // `~> 4.16` allows 4.x only; `~> 4` would allow every 4+ major, so it pins nothing.
            if op == "~>" && version.contains(".") || op == "=" || op.isEmpty { return major }
        }
        return nil
    }

    /// The members of a value written as one object or as a list of objects (a `variable` or `locals` block).
    static func memberBlocks(_ value: PositionedJSON) -> [[PositionedJSON.Member]] {
        value.members.map { [$0] } ?? value.elements?.compactMap(\.members) ?? []
    }

    /// A nested block written once (an object) or already repeated (a list of objects), as a list; `nil` for an
    /// argument value.
    static func blockList(_ value: JSONValue) -> [JSONValue]? {
        switch value {
        case .object: return [value]
        case .array(let elements):
            return elements.allSatisfy({ if case .object = $0 { true } else { false } }) ? elements : nil
        default: return nil
        }
    }

    /// A block body as a value; a key repeated in it keeps its last value (the policy rules read provider settings
    /// such as `region` and `default_tags`, never a repeated argument).
    static func body(_ members: [PositionedJSON.Member]) -> JSONValue {
        .object(Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { _, last in last }))
    }

    /// Two occurrences of a top-level key, merged: objects member by member (recursively), anything else the later.
    static func merged(_ earlier: JSONValue?, _ later: JSONValue) -> JSONValue {
        guard let earlier else { return later }
        switch (earlier, later) {
        case (.object(let first), .object(let second)):
            return .object(first.merging(second) { merged($0, $1) })
        case (.array(let first), .array(let second)):
            return .array(first + second)
        case (.array(let first), .object):
            return .array(first + [later])
        case (.object, .array(let second)):
            return .array([earlier] + second)
        default:
            return later
        }
    }

    /// The folder of a path as findings name it: `infra` of `infra/main.tf.json`, `` of `main.tf.json`.
    public static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// The folder a local module source (`./modules/queue`, `../shared`) names, from the calling file's `folder`, in
    /// the form `folder(of:)` gives; `nil` for a registry or remote source, or one that climbs above `folder`'s root.
    public static func resolved(_ source: String, from folder: String) -> String? {
        guard source.hasPrefix("./") || source.hasPrefix("../") else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in source.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard let last = parts.last, last != ".." else {
                    if folder.hasPrefix("/") { return nil }
                    parts.append("..")
                    continue
                }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return (folder.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// The top-level argument of an attribute path: `health_check` of `health_check[0].matcher`.
    static func topLevelKey(of attribute: String) -> String {
        // Rules name attributes in ASCII; there a byte is a character, and the search needs no grapheme breaking.
        // The bytes are searched in place: `utf8.firstIndex(where:)` stepped through the view, 850 instructions a
        // finding.
        if ByteSearch.isASCII(attribute) {
            var text = attribute
            let key = text.withUTF8 { bytes -> String? in
                guard let end = bytes.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }) else {
                    return nil
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
            }
            // A top-level attribute is its own key: no new string.
            return key ?? attribute
        }
        return String(attribute.prefix { $0 != "." && $0 != "[" })
    }

    static func address(_ text: String) -> ResourceAddress? {
        // An ASCII address (all the usual ones) is split on its bytes: searching characters breaks graphemes, which
        // took a third of the time of placing the findings of a large file.
        if ByteSearch.isASCII(text) {
            // In place: `utf8.firstIndex(of:)` and two substrings were 1,670 instructions an address.
            var text = text
            return text.withUTF8 { bytes in
                guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return nil }
                return ResourceAddress(
                    type: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<dot]), as: UTF8.self),
                    name: String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]), as: UTF8.self)
                )
            }
        }
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
