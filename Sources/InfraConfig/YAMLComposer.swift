import Yams

/// Parses YAML text into Yams nodes the way every reader of settings files needs it.
///
/// Yams' default resolver compiles seven regular expressions on first use and runs them on every mapping key (its
/// duplicate-key check compares keys with their resolved tags). The strict decoder never reads resolved tags: it
/// judges plain scalars itself (`YAMLScalarSyntax`) and reports a repeated key by name (`YAML006`), so keys are
/// compared as text here too. The default constructor is rebuilt on every call and never used.
enum YAMLComposer {
    /// The document's root node, or `nil` for an empty document.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
    }
}
