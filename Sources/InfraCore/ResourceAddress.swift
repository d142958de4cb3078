/// The address of a resource in a Terraform document: `aws_db_instance.main`.
public struct ResourceAddress: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The provider's resource type, e.g. `aws_db_instance`.
    public var type: String
    /// The resource label, unique per type in one document.
    public var name: String

    public init(type: String, name: String) {
        self.type = type
        self.name = name
    }

    /// `type.name`, made with one allocation (`UTF8Text.joined`): every finding carries its resource's address as
    /// text, and interpolating it cost several times the copying.
    public var description: String { UTF8Text.joined(type, ".", name) }

    /// A label Terraform accepts and that reads well in a plan: lower-case letters, digits and `_`, starting with a
    /// letter or `_`. Terraform itself also allows `-` and capitals; infragen is stricter so addresses look alike.
    public static func isValidLabel(_ label: String) -> Bool {
        guard let first = label.utf8.first, first == UInt8(ascii: "_") || (first >= 97 && first <= 122) else {
            return false
        }
        return label.utf8.allSatisfy { byte in
            (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "_")
        }
    }

    /// Turns any text (`aggregator-import`, `Task 1`) into a valid label (`aggregator_import`, `task_1`).
    public static func label(from text: String) -> String {
        var label = ""
        for scalar in text.lowercased().unicodeScalars {
            let isAlphanumeric = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlphanumeric {
                label.unicodeScalars.append(scalar)
            } else if !label.hasSuffix("_") {
                label.append("_")
            }
        }
        while label.hasSuffix("_") { label.removeLast() }
        if let first = label.unicodeScalars.first, first >= "0" && first <= "9" { label = "_" + label }
        return label.isEmpty ? "_" : label
    }

    public static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool {
        (lhs.type, lhs.name) < (rhs.type, rhs.name)
    }
}
