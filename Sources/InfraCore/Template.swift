/// A finished Terraform template (`"${aws_db_instance.main.master_user_secret[0].secret_arn}:password::"`) together
/// with the references inside it.
///
/// The model keeps references as values instead of text, so dependency edges, dangling references and the
/// constructs a stack needs are known without parsing strings again. Rendering lowers a template to its text.
public struct Template: Hashable, Sendable {
    /// The template text exactly as it is written into the document; literal parts are already escaped.
    public let text: String
    /// The references inside, in order of appearance.
    public let references: [Reference]

    public init(text: String, references: [Reference]) {
        self.text = text
        self.references = references
    }

    /// A template that is one whole reference: `${aws_vpc.main.id}`.
    public init(_ reference: Reference) {
        self.init(text: reference.interpolation, references: [reference])
    }

    /// A reference inside literal text, e.g. `s3://` + bucket + `/serverList.json`.
    public init(prefix: String, _ reference: Reference, suffix: String) {
        var head = TemplateEscaping.escape(prefix)
        // A literal `$` or `%` right before the interpolation would turn `${` into the escape `$${`; write it as a
        // string-literal interpolation instead.
        if let last = head.unicodeScalars.last, last == "$" || last == "%" {
            head.unicodeScalars.removeLast()
            head += "${\"\(last)\"}"
        }
        self.init(
            text: head + reference.interpolation + TemplateEscaping.escape(suffix),
            references: [reference]
        )
    }

    /// Two templates are the same when their text is; references follow from the text.
    public static func == (lhs: Template, rhs: Template) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
