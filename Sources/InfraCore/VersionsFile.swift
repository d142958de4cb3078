/// The `terraform {}` block as HCL in `versions.tf`, beside `main.tf.json`.
///
/// checkov's `terraform_json` runner reads every `*.json` in a folder and crashes on a string-valued
/// `terraform.required_version` (bridgecrewio/checkov#7454), so a `main.tf.json` holding the block cannot be scanned
/// at all. Terraform reads `*.tf` and `*.tf.json` of a folder as one configuration, so moving the block (version
/// constraint, required providers, backend) into HCL keeps every constraint for terraform and leaves checkov JSON it
/// can parse.
public enum VersionsFile {
    /// The file name.
    public static let fileName = "versions.tf"

    /// The HCL text for a configuration; deterministic: providers and backend arguments in key order.
    /// - Parameters:
    ///   - configuration: the versions, providers and backend to write.
    ///   - header: a comment line (without `#`) saying where the file comes from.
    /// - Returns: the file's text, ending in a newline.
    public static func text(for configuration: TerraformConfiguration, header: String) -> String {
        var lines = ["# \(header)", "terraform {", "  required_version = \(quoted(configuration.requiredVersion))"]
        if !configuration.requiredProviders.isEmpty {
            lines.append("")
            lines.append("  required_providers {")
            for name in configuration.requiredProviders.keys.sorted() {
                guard let requirement = configuration.requiredProviders[name] else { continue }
                lines.append("    \(name) = {")
                lines.append("      source  = \(quoted(requirement.source))")
                lines.append("      version = \(quoted(requirement.version))")
                lines.append("    }")
            }
            lines.append("  }")
        }
        if let backend = configuration.backend {
            lines.append("")
            lines.append("  backend \(quoted(backend.type)) {")
            let width = backend.arguments.keys.map(\.count).max() ?? 0
            for key in backend.arguments.keys.sorted() {
                let padded = key + String(repeating: " ", count: width - key.count)
                lines.append("    \(padded) = \(value(backend.arguments[key] ?? .null))")
            }
            lines.append("  }")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An HCL literal for a backend argument: strings, numbers, booleans and lists of them.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): number.description
        case .string(let text): quoted(text)
        case .expression(let text): quoted(text)
        case .template(let template): quoted(template.text)
        case .array(let elements): "[" + elements.map { Self.value($0) }.joined(separator: ", ") + "]"
        case .object(let members):
            "{ " + members.keys.sorted().map { "\($0) = \(Self.value(members[$0] ?? .null))" }.joined(separator: ", ")
                + " }"
        }
    }

    /// An HCL string literal: quotes, backslashes and control characters escaped, and `${`/`%{` doubled so that
    /// nothing in a literal is read as a template.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for character in TemplateEscaping.escape(text) {
            switch character {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default: output.append(character)
            }
        }
        return output + "\""
    }
}
