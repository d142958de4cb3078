/// What the id prefixes of infragen's non-rule diagnostics mean, for reports that describe every id they use.
enum DiagnosticFamily {
    struct Description {
        var title: String
        var tag: String
    }

    /// Waiver and override checks have one meaning per id; other families are described by their prefix.
    static let exact: [String: String] = [
        "POL001": "Waivers have not expired",
        "POL002": "Only security rules are waived",
        "POL003": "Waivers have a reason and a YYYY-MM-DD expiry",
        "POL004": "Waivers match a finding",
        "POL005": "Waivers name a known rule",
        "POL006": "Attributes set through the override escape hatch",
    ]

    static let prefixes: [(prefix: String, title: String, tag: String)] = [
        ("CORE", "Model checks: unique addresses, valid labels, resolvable references", "model"),
        ("CLI", "Command-line arguments", "input"),
        ("IO", "Reading input files", "input"),
        ("JSON", "JSON syntax", "input"),
        ("POL", "Waivers and overrides", "waivers"),
        ("SRV", "serverList.json contents", "input"),
        ("TFJ", "Terraform JSON structure", "input"),
        ("YAML", "Environment settings (YAML)", "input"),
    ]

    static func describe(_ id: String) -> Description {
        if let title = exact[id] { return Description(title: title, tag: "waivers") }
        if let family = prefixes.first(where: { id.hasPrefix($0.prefix) }) {
            return Description(title: family.title, tag: family.tag)
        }
        return Description(title: id, tag: "infragen")
    }
}
