/// Finds the resource addresses a template refers to (`${aws_lb.main.arn}` → `aws_lb.main`), so that the model
/// checks can report a reference to a resource the stack does not declare, and so that `graph` has its edges.
public enum ReferenceScanner {
    /// Addresses of managed resources referenced inside `${…}` in `template`, in order of appearance.
    ///
    /// Only identifiers that look like provider resource types (`<provider>_<type>.<name>`) count; `path.module`,
    /// `var.x`, `local.y` and `data.…` are not resource references.
    public static func references(in template: String) -> [ResourceAddress] {
        let bytes = Array(template.utf8)
        var found: [ResourceAddress] = []
        var index = 0
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if depth == 0 {
                if byte == UInt8(ascii: "$"), index + 1 < bytes.count {
                    if bytes[index + 1] == UInt8(ascii: "$") {
                        index += 2
                        continue
                    }
                    if bytes[index + 1] == UInt8(ascii: "{") {
                        depth = 1
                        index += 2
                        continue
                    }
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
            } else if isIdentifierStart(byte), index == 0 || !isIdentifierByte(bytes[index - 1]) && bytes[index - 1] != UInt8(ascii: ".") {
                var end = index
                while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
                let type = String(decoding: bytes[index..<end], as: UTF8.self)
                if end < bytes.count, bytes[end] == UInt8(ascii: "."), isResourceType(type) {
                    var nameEnd = end + 1
                    while nameEnd < bytes.count, isIdentifierByte(bytes[nameEnd]) { nameEnd += 1 }
                    if nameEnd > end + 1 {
                        found.append(ResourceAddress(type: type, name: String(decoding: bytes[(end + 1)..<nameEnd], as: UTF8.self)))
                    }
                    index = nameEnd
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// Every reference in a value, walking objects and arrays.
    public static func references(in value: JSONValue) -> [ResourceAddress] {
        switch value {
        case .expression(let text): references(in: text)
        case .array(let elements): elements.flatMap { references(in: $0) }
        case .object(let members): members.keys.sorted().flatMap { references(in: members[$0] ?? .null) }
        default: []
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
    }

    /// `aws_lb`, `random_id`: a provider name, an underscore, a type. Excludes Terraform's own namespaces.
    private static func isResourceType(_ identifier: String) -> Bool {
        guard identifier.contains("_"), !identifier.hasPrefix("_") else { return false }
        return !["path", "var", "local", "data", "module", "each", "count", "self", "terraform"].contains(identifier)
    }
}
