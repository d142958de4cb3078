import InfraCore

extension TerraformJSONInput {
    /// An argument of a resource that was exactly a reference with a value (`ReferenceValues`): its path, as findings
    /// name attributes (`ingress[0].cidr_blocks`), and where its value comes from.
    struct ResolvedReference: Sendable, Equatable {
        var path: String
        var origin: String
    }

    /// Gives each argument of a resource, data source or provider that is exactly a reference to a variable or local
    /// with a value (`"${var.allowed}"`) that value, each template of such references (`"${var.prefix}-logs"`) its
    /// text and each conditional on one (`"${var.create ? 1 : 0}"`) its result, so that the rules judge the
    /// configuration as terraform would apply it; a finding the values cause says where they come from
    /// (`explainResolved`). Called before `index()`; a document with no variable or local that has a value is left as
    /// it is.
    public mutating func resolveReferences(_ inputs: ReferenceValues.Inputs = ReferenceValues.Inputs()) {
        let values = ReferenceValues(document: rendered.document, locations: blockLocations, inputs: inputs)
        guard !values.isEmpty, case .object(var document) = rendered.document else { return }
        var resolved: [ResourceAddress: [ResolvedReference]] = [:]
        var changedAny = false
        // A provider's region from a variable decides the rules that depend on the region.
        if var providers = document["provider"]?.objectValue {
            for name in providers.keys.sorted() {
                var found: [ResolvedReference] = []
                guard let configurations = providers[name],
                    let configurations = Self.resolving(configurations, at: "", with: values, found: &found)
                else { continue }
                providers[name] = configurations
                changedAny = true
                resolvedProviderReferences += found
            }
            document["provider"] = .object(providers)
        }
        for block in ["resource", "data"] {
            guard var types = document[block]?.objectValue else { continue }
            for (type, names) in types {
                guard var bodies = names.objectValue else { continue }
                var changed = false
                for (name, body) in bodies {
                    var found: [ResolvedReference] = []
                    guard let body = Self.resolving(body, at: "", with: values, found: &found) else { continue }
                    bodies[name] = body
                    changed = true
                    changedAny = true
                    let address = ResourceAddress(type: type, name: name)
                    if block == "resource" {
                        resolved[address] = found
                    } else {
                        resolvedDataReferences[address] = found
                    }
                }
                if changed { types[type] = .object(bodies) }
            }
            document[block] = .object(types)
        }
        guard changedAny else { return }
        unresolvedDocument = rendered.document
        rendered.document = .object(document)
        resolvedReferences = resolved
    }

    /// `value` with each reference that has a value replaced, or `nil` when it holds none. `path` is where `value` is
    /// in its resource's body; a resource's list of bodies is read at its root.
    private static func resolving(
        _ value: JSONValue,
        at path: String,
        with values: ReferenceValues,
        found: inout [ResolvedReference]
    ) -> JSONValue? {
        switch value {
        case .expression(let text):
            if let resolved = values.value(of: text) {
                found.append(ResolvedReference(path: path, origin: resolved.origin))
                return resolved.value
            }
            if let conditional = values.value(ofConditional: text) {
                for value in conditional.values { found.append(ResolvedReference(path: path, origin: value.origin)) }
                return conditional.value
            }
            // A template of such references and text (`"${var.prefix}-logs"`) is text.
            guard let template = values.text(ofTemplate: text) else { return nil }
            for value in template.values { found.append(ResolvedReference(path: path, origin: value.origin)) }
            return .string(template.text)
        case .array(var elements):
            var changed = false
            for index in elements.indices {
                let inner = path.isEmpty ? path : "\(path)[\(index)]"
                guard let element = resolving(elements[index], at: inner, with: values, found: &found) else { continue }
                elements[index] = element
                changed = true
            }
            return changed ? .array(elements) : nil
        case .object(var members):
            var changed = false
            for (key, member) in members where key != "//" {
                let inner = path.isEmpty ? key : "\(path).\(key)"
                guard let resolved = resolving(member, at: inner, with: values, found: &found) else { continue }
                members[key] = resolved
                changed = true
            }
            return changed ? .object(members) : nil
        case .null, .bool, .int, .double, .string, .template:
            return nil
        }
    }

    /// Says, in the message of each finding the resolved values caused (one linting the document as written does not
    /// report), where those values come from: `port 22 open to 0.0.0.0/0, with var.allowed's default
    /// (variables.tf.json:3:39)`. A finding is new when no finding of the written document equals it; the references
    /// named are its resource's under the same argument, or all of its resource's when none is, or those of the
    /// resources its message names.
    func explainResolved(
        _ findings: inout [Diagnostic],
        against written: JSONValue,
        engine: PolicyEngine,
        context: PolicyContext
    ) {
        var unresolved = rendered
        unresolved.document = written
        let before = Set(
            engine.unsortedFindings(unresolved, resources: PolicyEngine.resources(in: written), context: context)
        )
        let document = rendered.document["resource"]
        for index in findings.indices where !before.contains(findings[index]) {
            let finding = findings[index]
            if let address = finding.address.flatMap(Self.address), let resolved = resolvedReferences[address] {
                findings[index].message += ", with " + Self.origins(of: finding.attribute, in: resolved)
                continue
            }
            // A finding caused by the values of a data source the resource reads (a policy document's statements)
            // names them.
            if let address = finding.address.flatMap(Self.address),
                let body = document?[address.type]?[address.name]
            {
                let read = resolvedDataReferences.keys.filter { Self.mentions(body, "data.\($0).") }.sorted()
                if !read.isEmpty {
                    let resolved = read.flatMap { resolvedDataReferences[$0] ?? [] }
                    findings[index].message += ", with " + Self.origins(of: nil, in: resolved)
                    continue
                }
            }
            // A finding caused by another resource's values names that resource (a bucket's public access block),
            // or that resource refers to the finding's (the block, switched off by `count`, names the bucket).
            var named = resolvedReferences.keys.filter { finding.message.contains($0.description) }.sorted()
            if named.isEmpty, let address = finding.address {
                named = resolvedReferences.keys.filter { referrer in
                    document?[referrer.type]?[referrer.name].map { Self.mentions($0, address + ".") } ?? false
                }.sorted()
            }
            guard !named.isEmpty else {
                // A finding about the provider a resource uses (its region) names the provider's values.
                if !resolvedProviderReferences.isEmpty, finding.attribute == "provider" {
                    findings[index].message += ", with " + Self.origins(of: nil, in: resolvedProviderReferences)
                }
                continue
            }
            let resolved = named.flatMap { resolvedReferences[$0] ?? [] }
            findings[index].message += ", with " + Self.origins(of: nil, in: resolved)
        }
    }

    /// The argument a resolved value is under, as findings name it: for a `dynamic` block's
    /// (`dynamic.ingress.for_each`), the block type it generates (`ingress`).
    private static func generatedKey(of path: String) -> String {
        let key = topLevelKey(of: path)
        guard key == "dynamic", path.hasPrefix("dynamic.") else { return key }
        return topLevelKey(of: String(path.dropFirst("dynamic.".count)))
    }

    /// Whether an expression in `value` holds `text` (`aws_s3_bucket.data.`).
    private static func mentions(_ value: JSONValue, _ text: String) -> Bool {
        switch value {
        case .expression(let written): written.contains(text)
        case .template(let template): template.text.contains(text)
        case .array(let elements): elements.contains { mentions($0, text) }
        case .object(let members): members.values.contains { mentions($0, text) }
        case .null, .bool, .int, .double, .string: false
        }
    }

    /// The origins of `resolved` written under the same argument as `attribute`, or of all of them when none is (or
    /// the finding names no argument), joined for a message in the order of their arguments' paths (the walk that
    /// found them went through dictionaries, in no fixed order).
    static func origins(of attribute: String?, in resolved: [ResolvedReference]) -> String {
        let key = attribute.map { topLevelKey(of: $0) }
        let related = resolved.filter { key != nil && generatedKey(of: $0.path) == key }
        let ordered = (related.isEmpty ? resolved : related).sorted {
            ($0.path, $0.origin) < ($1.path, $1.origin)
        }
        var origins: [String] = []
        for reference in ordered where !origins.contains(reference.origin) {
            origins.append(reference.origin)
        }
        return origins.joined(separator: " and ")
    }
}
