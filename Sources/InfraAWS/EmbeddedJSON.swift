import InfraCore

extension JSONValue {
    /// A JSON document embedded as a string attribute (IAM policies, container definitions, event patterns).
    ///
    /// Literal strings inside are template-escaped by the encoder and references stay interpolations, so the result
    /// is already a finished template and is marked as an expression to keep it from being escaped twice.
    public static func embeddedJSON(_ value: JSONValue) -> JSONValue {
        .template(Template(text: JSONEncoding(style: .compact).encode(value), references: value.references))
    }
}
