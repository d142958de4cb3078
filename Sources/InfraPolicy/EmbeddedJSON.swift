import InfraCore

/// Reads the JSON that Terraform keeps in string attributes (container definitions, IAM policies).
enum EmbeddedJSON {
    static func parse(_ value: JSONValue?) -> JSONValue? {
        guard let text = value?.templateText ?? value?.literalString else {
            return value?.arrayValue.map(JSONValue.array) ?? value?.objectValue.map(JSONValue.object)
        }
        return JSONParser().value(of: text)
    }
}
