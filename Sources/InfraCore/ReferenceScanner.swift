/// Finds the resource addresses a template refers to (`${aws_lb.main.arn}` → `aws_lb.main`), so that the model
/// checks can report a reference to a resource the stack does not declare, and so that `graph` has its edges.
public enum ReferenceScanner {
    /// Addresses of managed resources referenced inside `${…}` in `template`, in order of appearance.
    ///
    /// Only identifiers that look like provider resource types (`<provider>_<type>.<name>`) count; `path.module`,
    /// `var.x`, `local.y` and `data.…` are not resource references.
    public static func references(in template: String) -> [ResourceAddress] {
        // The bytes are read in place (a copy of them cost as much as the scan of a short expression).
        var template = template
        return template.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            scanner.scanTemplate(until: nil)
            return scanner.found
        }
    }

    /// A recursive scan: template text (looking for `${`), expressions (looking for traversals), and string literals
    /// inside expressions, which are templates again.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var found: [ResourceAddress] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Template text up to `terminator` (a closing `"` of a nested string), or the end.
        mutating func scanTemplate(until terminator: UInt8?) {
            while index < bytes.count {
                let byte = bytes[index]
                if let terminator, byte == terminator { return }
                if terminator != nil, byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") {
                    // A run of markers before `{` opens an interpolation only when it is a single one: `$${` and
                    // `$$${` are escapes that Terraform reads as literal text.
                    var end = index
                    while end < bytes.count, bytes[end] == byte { end += 1 }
                    if end < bytes.count, bytes[end] == UInt8(ascii: "{"), end - index == 1 {
                        index = end + 1
                        scanExpression()
                    } else {
                        index = end
                    }
                    continue
                }
                index += 1
            }
        }

        /// An expression up to its closing `}`.
        mutating func scanExpression() {
            var depth = 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "{"):
                    depth += 1
                    index += 1
                case UInt8(ascii: "}"):
                    depth -= 1
                    index += 1
                    if depth == 0 { return }
                case UInt8(ascii: "\""):
                    index += 1
                    scanTemplate(until: UInt8(ascii: "\""))
                    index += 1
                case UInt8(ascii: "."):
                    // An attribute step after a call or an index (`f(x).name`, `list[0].name`) is not a new root.
                    index += 1
                    while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                case _ where isIdentifierStart(byte):
                    scanTraversal()
                default:
                    index += 1
                }
            }
        }

        /// An identifier, and if it is `<resource type>.<name>`, a reference.
        mutating func scanTraversal() {
            let start = index
            while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
            let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "."), isResourceType(first) else {
                skipAttributes()
                return
            }
            let nameStart = index + 1
            var nameEnd = nameStart
            while nameEnd < bytes.count, isIdentifierByte(bytes[nameEnd]) { nameEnd += 1 }
            if nameEnd > nameStart {
                found.append(
                    ResourceAddress(
                        type: first,
                        name: String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
                    )
                )
            }
            index = nameEnd
            skipAttributes()
        }

        /// Skips `.attr` and `[0]` steps after a traversal's root, so `x.y.aws_z` is not read as a new root.
        mutating func skipAttributes() {
            while index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
            }
        }
    }

    /// Every reference in a value, walking objects and arrays.
    public static func references(in value: JSONValue) -> [ResourceAddress] {
        switch value {
        case .expression(let text): references(in: text)
        case .template(let template): template.references.map(\.address)
        case .array(let elements): elements.flatMap { references(in: $0) }
        case .object(let members): references(in: members)
        default: []
        }
    }

    /// The references in an object's members, in key order. Only the members that have any are sorted: most
    /// objects (tags, settings blocks) have none, and sorting every key of every object cost more than the scan.
    private static func references(in members: [String: JSONValue]) -> [ResourceAddress] {
        var found: [(key: String, targets: [ResourceAddress])] = []
        for (key, member) in members {
            let targets = references(in: member)
            if !targets.isEmpty { found.append((key, targets)) }
        }
        guard found.count > 1 else { return found.first?.targets ?? [] }
        return found.sorted { $0.key < $1.key }.flatMap(\.targets)
    }

}

private func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == UInt8(ascii: "_")
}

private func isIdentifierByte(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
}

/// `aws_lb`, `random_id`: a provider name, an underscore, a type. Terraform's own namespaces (`path`, `var`,
/// `local`, `data`, `module`, `each`, `count`, `self`, `terraform`) have no underscore, so the underscore test
/// excludes them. The identifier is made of identifier bytes (ASCII) and is read by its bytes: the list of
/// namespaces, built and searched on every call, had cost more than the rest of a reference's scan.
private func isResourceType(_ identifier: String) -> Bool {
    let bytes = identifier.utf8
    return bytes.contains(UInt8(ascii: "_")) && bytes.first != UInt8(ascii: "_")
}
