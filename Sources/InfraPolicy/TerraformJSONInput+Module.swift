import InfraCore

extension TerraformJSONInput {
    /// The files of one folder read as the one configuration terraform reads there, or `nil` when two of them declare
    /// the same resource.
    ///
    /// terraform reads every `*.tf.json` of a folder as one module: a bucket in `main.tf.json` and its public access
    /// block in `s3.tf.json` are one configuration, and so are a bucket and the account's block. Read file by file,
    /// the bucket had "no public access block", an error. Files named `override.tf.json` or `*_override.tf.json` are
    /// applied last, in path order, as terraform applies them: an argument they write replaces the resource's own
    /// (a nested block replaces every block of its type, which in JSON is one key), and `lifecycle` is merged
    /// argument by argument.
    ///
    /// Files that declare the same resource are not one configuration (terraform refuses them as "Duplicate resource
    /// configuration"): a folder of separate examples, say. The caller then lints each file alone, as before.
    public static func module(_ files: [TerraformJSONInput]) -> TerraformJSONInput? {
        guard let base = files.firstIndex(where: { !isOverride($0.path) }) ?? files.indices.first else { return nil }
        var module = files[base]
        guard files.count > 1 else { return module }
        let rest = files.indices.filter { $0 != base }.map { files[$0] }
        let overrides = rest.filter { isOverride($0.path) }.sorted {
            $0.path.utf8.lexicographicallyPrecedes($1.path.utf8)
        }
        var resources = module.rendered.document["resource"]?.objectValue?.compactMapValues(\.objectValue) ?? [:]
        for file in rest.filter({ !isOverride($0.path) }) + overrides {
            guard module.absorb(file, into: &resources, overriding: isOverride(file.path)) else { return nil }
        }
        if case .object(var document) = module.rendered.document {
            document["resource"] = .object(resources.mapValues(JSONValue.object))
            module.rendered.document = .object(document)
        }
        module.isModule = true
        return module
    }

    /// The smallest address two of `files` declare (override files aside), with the two files: why they are not one
    /// configuration, for the note that says so. `nil` when there is none.
    public static func redeclaration(in files: [TerraformJSONInput]) -> (address: ResourceAddress, files: [String])? {
        var declaredIn: [ResourceAddress: String] = [:]
        var found: (address: ResourceAddress, files: [String])?
        for file in files where !isOverride(file.path) {
            for address in file.rendered.locations.keys.sorted() {
                guard let first = declaredIn[address] else {
                    declaredIn[address] = file.path
                    continue
                }
                // The smallest such address, whatever the order of the files.
                if found.map({ address < $0.address }) ?? true { found = (address, [first, file.path]) }
            }
        }
        return found
    }

    /// Whether terraform applies the file as an override: `override.tf.json` or `*_override.tf.json`.
    public static func isOverride(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name == "override.tf.json" || name.hasSuffix("_override.tf.json")
    }

    /// Takes `file`'s blocks into this module; `false` when `file` declares a resource the module already has and is
    /// no override.
    private mutating func absorb(
        _ file: TerraformJSONInput,
        into resources: inout [String: [String: JSONValue]],
        overriding: Bool
    ) -> Bool {
        for (type, names) in file.rendered.document["resource"]?.objectValue ?? [:] {
            for (name, body) in names.objectValue ?? [:] {
                let address = ResourceAddress(type: type, name: name)
                let written = file.attributeLocations[address] ?? []
                guard overriding, case .object(var base)? = resources[type]?[name],
                    case .object(let replacements) = body
                else {
                    if resources[type]?[name] != nil { return false }
                    resources[type, default: [:]][name] = body
                    rendered.locations[address] = file.rendered.locations[address]
                    attributeLocations[address] = written
                    continue
                }
                for (key, value) in replacements {
                    base[key] = key == "lifecycle" ? Self.merged(base[key], value) : value
                    overriddenKeyFiles[address, default: [:]][key] = file.path
                }
                resources[type]?[name] = .object(base)
                var keys = (attributeLocations[address] ?? []).filter { replacements[$0.key] == nil }
                keys += written
                attributeLocations[address] = keys
            }
        }
        guard case .object(var document) = rendered.document else { return true }
        for (key, value) in file.rendered.document.objectValue ?? [:] where key != "resource" {
            if key == "provider" {
                document[key] = absorbProviders(value, of: file, into: document[key], overriding: overriding)
            } else {
                document[key] = Self.merged(document[key], value)
            }
        }
        rendered.document = .object(document)
        // Variables and locals keep their paths; provider configurations were renumbered above.
        for (key, location) in file.blockLocations where !key.hasPrefix("provider.") { blockLocations[key] = location }
        if moduleLocation == nil { moduleLocation = file.moduleLocation }
        return true
    }

    /// The module's provider configurations with `file`'s: added after the module's own (an override merges into the
    /// configuration of the same alias); where each key is written is kept under its new index.
    private mutating func absorbProviders(
        _ value: JSONValue,
        of file: TerraformJSONInput,
        into existing: JSONValue?,
        overriding: Bool
    ) -> JSONValue {
        func configurations(_ value: JSONValue?) -> [JSONValue] {
            switch value {
            case .array(let elements)?: elements
            case let value?: [value]
            case nil: []
            }
        }
        var byName = existing?.objectValue?.mapValues { configurations($0) } ?? [:]
        for (name, given) in value.objectValue ?? [:] {
            for (index, configuration) in configurations(given).enumerated() {
                var target = byName[name]?.count ?? 0
                if overriding,
                    let same = byName[name]?.firstIndex(where: {
                        $0["alias"]?.literalString == configuration["alias"]?.literalString
                    })
                {
                    target = same
                    let earlier = byName[name]?[same]
                    byName[name]?[same] = Self.merged(earlier, configuration)
                } else {
                    byName[name, default: []].append(configuration)
                }
                let from = "provider.\(name)[\(index)]."
                for (key, location) in file.blockLocations where key.hasPrefix(from) {
                    blockLocations["provider.\(name)[\(target)]." + key.dropFirst(from.count)] = location
                }
            }
        }
        return .object(byName.mapValues { $0.count == 1 ? $0[0] : .array($0) })
    }
}
