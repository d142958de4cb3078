/// The leaf-level differences between two JSON values, by attribute path.
///
/// `plan` summaries and `diff` both need to say *which* attributes of a resource changed, not only that the resource
/// did; one walk serves both. Objects are compared member by member and arrays of equal length element by element,
/// so a change deep inside a block names its path (`ingress[0].cidr_blocks`); arrays whose length changed are one
/// change, since pairing their elements would be a guess.
public enum JSONValueDiff {
    /// One step of an attribute path: an object member or an array element.
    public enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// One changed leaf: `before` is `nil` when the attribute was added, `after` when it was removed.
    public struct Change: Hashable, Sendable {
        public var path: [Step]
        public var before: JSONValue?
        public var after: JSONValue?

        public init(path: [Step], before: JSONValue?, after: JSONValue?) {
            self.path = path
            self.before = before
            self.after = after
        }

        /// The path as Terraform users write it: `tags.Name`, `ingress[0].from_port`.
        public var pathText: String { JSONValueDiff.text(path) }
    }

    /// Every changed leaf between `before` and `after`, in path order (object keys sorted). Equal values give none;
    /// `null` and a missing member count as the same, as they do for Terraform.
    public static func changes(from before: JSONValue?, to after: JSONValue?) -> [Change] {
        var found: [Change] = []
        walk(before, after, path: [], into: &found)
        return found
    }

    private static func walk(_ before: JSONValue?, _ after: JSONValue?, path: [Step], into found: inout [Change]) {
        let before = before == .null ? nil : before
        let after = after == .null ? nil : after
        if before == after { return }
        switch (before, after) {
        case (.object(let old)?, .object(let new)?):
            for key in Set(old.keys).union(new.keys).sorted() {
                walk(old[key], new[key], path: path + [.key(key)], into: &found)
            }
        case (.array(let old)?, .array(let new)?) where old.count == new.count:
            for index in old.indices {
                walk(old[index], new[index], path: path + [.index(index)], into: &found)
            }
        case (let old?, let new?) where embedded(old) != nil && embedded(new) != nil:
            // JSON inside a string (container definitions, IAM policies): compare what it holds, so the change is
            // named precisely and a secret inside it can be recognised and withheld.
            walk(embedded(old), embedded(new), path: path, into: &found)
        default:
            found.append(Change(path: path, before: before, after: after))
        }
    }

    /// `a.b[0].c`; the empty path is the whole value.
    public static func text(_ path: [Step]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The JSON object or array a string holds (`container_definitions`, an IAM policy), or `nil` for any other value.
    public static func embedded(_ value: JSONValue) -> JSONValue? {
        guard let text = value.templateText ?? value.literalString,
            let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        let source: String
        switch value {
        case .string(let literal): source = literal
        default: source = text
        }
        do throws(DiagnosticError) {
            let parsed = try JSONParser().parse(source, file: "<embedded>").value
            return parsed.objectValue != nil || parsed.arrayValue != nil ? parsed : nil
        } catch {
            return nil
        }
    }

    /// The value at `path`, or `nil` when the path leads nowhere. A step into a string holding JSON steps into what
    /// it holds, as `changes` does.
    public static func value(at path: [Step], in value: JSONValue?) -> JSONValue? {
        var current = value
        for step in path {
            if let text = current, text.objectValue == nil, text.arrayValue == nil, let inner = embedded(text) {
                current = inner
            }
            switch (step, current) {
            case (.key(let key), .object(let members)?): current = members[key]
            case (.index(let index), .array(let elements)?) where elements.indices.contains(index):
                current = elements[index]
            default: return nil
            }
        }
        return current
    }

    /// Whether a Terraform marker tree (`after_sensitive`, `after_unknown`: `true` where the value is marked, objects
    /// and arrays mirroring the value) marks `path` or any prefix of it.
    public static func isMarked(_ path: [Step], in markers: JSONValue?) -> Bool {
        var current = markers
        if current == .bool(true) { return true }
        for step in path {
            current = Self.value(at: [step], in: current)
            if current == .bool(true) { return true }
            if current == nil { return false }
        }
        return false
    }

    /// Whether a marker tree marks anything at all, at any depth (a sensitive value somewhere inside a block).
    public static func marksAnything(_ markers: JSONValue?) -> Bool {
        switch markers {
        case .bool(true)?: true
        case .object(let members)?: members.values.contains { marksAnything($0) }
        case .array(let elements)?: elements.contains { marksAnything($0) }
        default: false
        }
    }

    /// A short, one-line rendering of a value for summaries: compact JSON, strings quoted, cut at `limit` characters.
    public static func display(_ value: JSONValue?, limit: Int = 80) -> String {
        guard let value else { return "(none)" }
        let text: String
        switch value {
        case .string(let string), .expression(let string): text = JSONEncoding.quoted(string)
        default: text = JSONEncoding(style: .compact).encode(value)
        }
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}
