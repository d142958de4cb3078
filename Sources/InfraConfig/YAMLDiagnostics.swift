import InfraCore
import Yams

/// What a decoder expected to find, for `YAML003` messages and hints.
enum YAMLExpectation: Equatable {
    case string
    case bool
    case integer
    case integerInRange(min: String, max: String)
    case number
    case mapping
    case list
    case other(String)

    /// The expectation for a Swift type named in a `DecodingError.typeMismatch` or `.valueNotFound`.
    init(swiftType type: Any.Type) {
        switch type {
        case is String.Type, is Substring.Type, is Character.Type: self = .string
        case is Bool.Type: self = .bool
        case is any FixedWidthInteger.Type: self = .integer
        case is any BinaryFloatingPoint.Type: self = .number
        case is any YAMLDictionaryType.Type: self = .mapping
        case is any YAMLArrayType.Type: self = .list
        default: self = .other(String(describing: type))
        }
    }

    var phrase: String {
        switch self {
        case .string: "a string"
        case .bool: "`true` or `false`"
        case .integer: "an integer"
        case .integerInRange(let min, let max): "an integer between \(min) and \(max)"
        case .number: "a number"
        case .mapping: "a mapping"
        case .list: "a list"
        case .other(let name): "a value of type \(name)"
        }
    }
}

/// Lets `YAMLExpectation` recognise any dictionary or array type without knowing its generic arguments.
protocol YAMLDictionaryType {}
extension Dictionary: YAMLDictionaryType {}
protocol YAMLArrayType {}
extension Array: YAMLArrayType {}

/// The lexical rules of the strict decoder: which plain scalars are null, integers, numbers.
enum YAMLScalarSyntax {
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return isNull(scalar)
    }

    /// A plain, untagged `null`, `~` or empty value, or anything tagged `!!null`.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        if hasTag(scalar, .null) { return true }
        return isPlainStyle(scalar) && hasTag(scalar, .implicit) && nullWords.contains(scalar.string)
    }

    static func isPlainStyle(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain || scalar.style == .any
    }

    /// A plain scalar with no tag, or with exactly `tag` (`!!int 3`).
    static func isPlain(_ scalar: Node.Scalar, allowingTag tag: Tag.Name) -> Bool {
        isPlainStyle(scalar) && (hasTag(scalar, .implicit) || hasTag(scalar, tag))
    }

    /// Written as text: quoted, a block scalar, or tagged `!!str`.
    static func isText(_ scalar: Node.Scalar) -> Bool {
        !isPlainStyle(scalar) || hasTag(scalar, .str) || hasTag(scalar, .nonSpecific)
    }

    /// Tags a settings file has no use for (`!!binary`, `!custom`), as written; `nil` for no tag or a core one.
    /// Without this, `!evil 30` would be "expected an integer, found the integer 30".
    static func unsupportedTag(_ scalar: Node.Scalar) -> String? {
        let core: [Tag.Name] = [.implicit, .nonSpecific, .str, .int, .bool, .null, .float]
        let raw = scalar.tag.rawValue
        guard !core.contains(where: { $0.rawValue == raw }) else { return nil }
        let standard = "tag:yaml.org,2002:"
        return raw.hasPrefix(standard) ? "!!" + raw.dropFirst(standard.count) : raw
    }

    /// Compares the tag as written, without resolving it (`Node.tag` would resolve and store an implicit tag).
    static func hasTag(_ scalar: Node.Scalar, _ name: Tag.Name) -> Bool {
        scalar.tag.rawValue == name.rawValue
    }

    /// An optional sign and decimal digits.
    static func isInteger(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy(isDigit)
    }

    /// A decimal number (`3`, `-1.5`, `.5`, `1e-3`) or one of YAML's `.inf`, `-.inf`, `.nan`.
    static func number(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard isDecimalNumber(text) else { return nil }
        return Double(text)
    }

    private static func isDecimalNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let whole = scalars.prefix(while: isDigit)
        scalars = scalars.dropFirst(whole.count)
        var fraction = Substring.UnicodeScalarView()[...]
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix(while: isDigit)
            scalars = scalars.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            scalars = scalars.dropFirst(exponent.count)
        }
        return scalars.isEmpty
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

/// Builds every diagnostic the strict decoder reports, so the wording lives in one place.
enum YAMLDiagnostics {
    static let syntaxErrorID = "YAML001"
    static let unknownKeyID = "YAML002"
    static let wrongTypeID = "YAML003"
    static let missingKeyID = "YAML004"
    static let invalidValueID = "YAML005"
    static let duplicateKeyID = "YAML006"

    // MARK: YAML002 unknown key

    static func unknownKey(
        _ name: String,
        candidates: [String],
        listIsComplete: Bool,
        at location: SourceLocation,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        var hint: String
        if name == "<<" {
            hint = "merge keys (`<<`) are not supported; write the keys out in full"
        } else {
            let suggestion = closest(to: name, in: candidates)
            let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
            switch (suggestion, listIsComplete && !candidates.isEmpty) {
            case (let suggestion?, true): hint = "did you mean `\(suggestion)`? Allowed keys: \(list)"
            case (let suggestion?, false): hint = "did you mean `\(suggestion)`?"
            case (nil, true): hint = "allowed keys: \(list)"
            case (nil, false):
                hint = listIsComplete ? "remove it: this mapping takes no keys" : "remove it or check its spelling"
            }
        }
        return Diagnostic(
            id: unknownKeyID,
            severity: .error,
            message: "unknown key `\(name)`",
            attribute: attribute(codingPath),
            location: location,
            hint: hint
        )
    }

    /// The candidate within edit distance 2 of `name` (ignoring case), the nearest and then the first on ties.
    static func closest(to name: String, in candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            guard distance <= 2, distance < candidate.count else { continue }
            if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    // MARK: YAML003 wrong type

    static func typeMismatch(
        expected: YAMLExpectation,
        found node: Node,
        at location: SourceLocation,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        let found: String
        if case .integerInRange = expected, case .scalar(let scalar) = node {
            found = scalar.string
        } else {
            found = describe(node)
        }
        return Diagnostic(
            id: wrongTypeID,
            severity: .error,
            message: "expected \(expected.phrase), found \(found)",
            attribute: attribute(codingPath),
            location: location,
            hint: typeHint(expected: expected, found: node)
        )
    }

    static func nonScalarKey(_ key: Node, at location: SourceLocation, codingPath: [any CodingKey]) -> Diagnostic {
        Diagnostic(
            id: wrongTypeID,
            severity: .error,
            message: "expected a string key, found \(describe(key))",
            attribute: attribute(codingPath),
            location: location,
            hint: "mapping keys must be plain text such as `name:`"
        )
    }

    static func tooFewItems(count: Int, at location: SourceLocation, codingPath: [any CodingKey]) -> Diagnostic {
        Diagnostic(
            id: wrongTypeID,
            severity: .error,
            message: "expected more items, found a list of \(count)",
            attribute: attribute(codingPath),
            location: location,
            hint: "add the missing items to the list"
        )
    }

    /// How a value of kind `node` reads in a message: `the string "two"`, `the integer 3`, `a mapping`, `null`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if YAMLScalarSyntax.isNull(scalar) {
                return scalar.string.isEmpty && YAMLScalarSyntax.hasTag(scalar, .implicit) ? "an empty value" : "null"
            }
            let text = scalar.string
            if let tag = YAMLScalarSyntax.unsupportedTag(scalar) { return "\(quoted(text)) tagged `\(tag)`" }
            if YAMLScalarSyntax.isText(scalar) { return "the string \(quoted(text))" }
            if text == "true" || text == "false" { return "the boolean \(text)" }
            if YAMLScalarSyntax.isInteger(text) { return "the integer \(text)" }
            if YAMLScalarSyntax.number(text) != nil { return "the number \(text)" }
            return "the string \(quoted(text))"
        }
    }

    private static func typeHint(expected: YAMLExpectation, found node: Node) -> String {
        let scalar = node.scalar
        if let scalar, let tag = YAMLScalarSyntax.unsupportedTag(scalar) {
            return "remove the tag `\(tag)`: settings take plain values"
        }
        let text = scalar?.string ?? ""
        let isText = scalar.map(YAMLScalarSyntax.isText) ?? false
        switch expected {
        case .integer:
            if isText && YAMLScalarSyntax.isInteger(text) { return "remove the quotes around `\(text)`" }
            if scalar != nil && YAMLScalarSyntax.number(text) != nil { return "write a whole number, such as `3`" }
            return "write a whole number without quotes, such as `3`"
        case .integerInRange(let min, let max):
            return "use a whole number from \(min) to \(max)"
        case .number:
            if isText && YAMLScalarSyntax.number(text) != nil { return "remove the quotes around `\(text)`" }
            return "write a number without quotes, such as `1.5`"
        case .bool:
            if isText && (text == "true" || text == "false") { return "remove the quotes around `\(text)`" }
            switch text.lowercased() {
            case "true", "yes", "y", "on":
                return "write `true`; only lower-case `true` and `false` are booleans here"
            case "false", "no", "n", "off":
                return "write `false`; only lower-case `true` and `false` are booleans here"
            default:
                return "write `true` or `false`"
            }
        case .string:
            switch node {
            case .mapping: return "write a single value here, not a mapping"
            case .sequence: return "write a single value here, not a list"
            case .scalar where text.isEmpty: return "write a value here"
            default: return "write a value here; quote it (`\"\(text)\"`) if you mean the text `\(text)`"
            }
        case .mapping:
            return "write `key: value` entries on the following lines, indented, or `{}` for an empty mapping"
        case .list:
            return "write each item on its own line starting with `- `, or `[]` for an empty list"
        case .other(let name):
            return "write a value that decodes as \(name)"
        }
    }

    // MARK: YAML004 missing key

    static func missingKey(_ name: String, at location: SourceLocation, codingPath: [any CodingKey]) -> Diagnostic {
        let parent = attribute(Array(codingPath.dropLast()))
        return Diagnostic(
            id: missingKeyID,
            severity: .error,
            message: "missing required key `\(name)`",
            attribute: attribute(codingPath),
            location: location,
            hint: parent.map { "add `\(name):` to the `\($0)` mapping" } ?? "add `\(name):` at the top level"
        )
    }

    // MARK: YAML005 invalid value

    static func invalidValue(
        message: String,
        hint: String,
        at location: SourceLocation,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        Diagnostic(
            id: invalidValueID,
            severity: .error,
            message: message,
            attribute: attribute(codingPath),
            location: location,
            hint: hint
        )
    }

    /// A raw value no case of the enum has, with the valid values when they are known.
    static func invalidEnumValue(
        _ scalar: Node.Scalar,
        validValues: [String]?,
        at location: SourceLocation,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        let value = scalar.string
        let hint: String
        if let validValues, !validValues.isEmpty {
            let list = validValues.map { "`\($0)`" }.joined(separator: ", ")
            if let suggestion = closest(to: value, in: validValues) {
                hint = "did you mean `\(suggestion)`? Valid values: \(list)"
            } else {
                hint = "valid values: \(list)"
            }
        } else {
            hint = "check the spelling of the value"
        }
        return invalidValue(message: "invalid value \(quoted(value))", hint: hint, at: location, codingPath: codingPath)
    }

    static func checkHint(_ codingPath: [any CodingKey]) -> String {
        attribute(codingPath).map { "check the value of `\($0)`" } ?? "check the document"
    }

    // MARK: YAML006 duplicate key

    static func duplicateKey(
        _ name: String,
        firstLine: Int?,
        at location: SourceLocation,
        codingPath: [any CodingKey]
    ) -> Diagnostic {
        Diagnostic(
            id: duplicateKeyID,
            severity: .error,
            message: "duplicate key `\(name)`",
            attribute: attribute(codingPath),
            location: location,
            hint: firstLine.map { "`\(name)` is already set on line \($0); keep only one" }
                ?? "a key may appear only once in a mapping; keep only one"
        )
    }

    // MARK: YAML001 syntax

    /// Diagnostics for an error thrown while composing the document.
    static func syntaxDiagnostics(for error: any Error, text: String, file: String) -> [Diagnostic] {
        guard let error = error as? YamlError else {
            return [
                syntax(message: "invalid YAML: \(sentence(String(describing: error)))", location: .init(file: file))
            ]
        }
        let lines = YAMLSourceLines(text)
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml's own limit on nesting (hostile input: `[[[[…`) names one of its functions; say what it means.
            if problem.contains("nesting level") {
                return [
                    syntax(
                        message: "invalid YAML: lists and mappings are nested too deeply",
                        location: SourceLocation(file: file, line: mark.line, column: mark.column),
                        hint: "settings are a few levels deep; look for unbalanced `[` or `{`"
                    )
                ]
            }
            return [
                syntax(
                    message: "invalid YAML: \(sentence(problem))",
                    location: SourceLocation(file: file, line: mark.line, column: mark.column),
                    hint: syntaxHint(problem: problem, context: context, character: lines.character(at: mark))
                )
            ]
        case .reader(let problem, let offset, _, _):
            let position = offset.flatMap { lines.position(ofCharacterOffset: $0, in: text) }
            return [
                syntax(
                    message: "invalid YAML: \(sentence(problem))",
                    location: SourceLocation(file: file, line: position?.line, column: position?.column),
                    hint: "save the file as UTF-8 text"
                )
            ]
        case .duplicatedKeysInMapping(let duplicates, let context):
            return lines.duplicateKeyDiagnostics(duplicates, firstMark: context.mark, file: file)
        default:
            return [syntax(message: "invalid YAML: \(sentence(error.description))", location: .init(file: file))]
        }
    }

    private static func syntax(
        message: String,
        location: SourceLocation,
        hint: String = "check the indentation, colons and quoting"
    ) -> Diagnostic {
        Diagnostic(id: syntaxErrorID, severity: .error, message: message, location: location, hint: hint)
    }

    private static func syntaxHint(problem: String, context: YamlError.Context?, character: Character?) -> String {
        if character == "\t" { return "indent with spaces: YAML does not allow tabs" }
        if problem.contains("another document") {
            return "a settings file holds one YAML document; remove the extra `---`"
        }
        if problem.contains("undefined alias") { return "define the anchor (`&name`) before using `*name`" }
        guard let context else { return "check the indentation, colons and quoting" }
        return "check the indentation, colons and quoting (\(sentence(context.text)) that starts on line "
            + "\(context.mark.line), column \(context.mark.column))"
    }

    // MARK: Shared wording

    /// The dotted path as written in YAML (`domains[2].zone_id`), or `nil` at the top level.
    static func attribute(_ codingPath: [any CodingKey]) -> String? {
        var text = ""
        for key in codingPath {
            if YAMLCodingPath.isIndex(key), let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text.isEmpty ? nil : text
    }

    /// A string in double quotes with `\` `"` and control characters escaped, shortened past 60 characters.
    static func quoted(_ text: String) -> String {
        var body = ""
        for character in text.prefix(60) {
            switch character {
            case "\\": body += "\\\\"
            case "\"": body += "\\\""
            case "\n", "\r\n": body += "\\n"
            case "\t": body += "\\t"
            case "\r": body += "\\r"
            default: body.append(character)
            }
        }
        if text.count > 60 { body += "…" }
        return "\"\(body)\""
    }

    /// Free text as one line without a final full stop, to fit the one-sentence message style.
    static func sentence(_ text: String) -> String {
        var line = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            .joined(separator: " ")
        while line.hasSuffix(".") { line.removeLast() }
        return line.isEmpty ? "the value was rejected" : line
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}

/// The document as lines of Unicode scalars, which is how libyaml counts columns; used to point at syntax errors and
/// at the second occurrence of a duplicate key (Yams only reports the first).
struct YAMLSourceLines {
    let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast()) : Array(line)
        }
    }

    /// The character a mark points at, if any.
    func character(at mark: Mark) -> Character? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1]
        guard mark.column >= 1, mark.column <= line.count else { return nil }
        return Character(line[mark.column - 1])
    }

    /// The 1-based line and column of a character offset into `text`.
    func position(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int)? {
        guard offset >= 0, offset <= text.count else { return nil }
        let prefix = text.prefix(offset).unicodeScalars
        let line = prefix.filter { $0 == "\n" }.count + 1
        let column = prefix.reversed().prefix { $0 != "\n" }.count + 1
        return (line, column)
    }

    // MARK: Duplicate keys

    /// One diagnostic per repeated occurrence of each duplicated key in the block mapping whose key Yams reported at
    /// `firstMark`; when the occurrences cannot be found (a flow mapping), one diagnostic at `firstMark`.
    func duplicateKeyDiagnostics(_ names: [String], firstMark: Mark, file: String) -> [Diagnostic] {
        let column = firstMark.column
        let block = blockRange(containingLine: firstMark.line, column: column)
        var diagnostics: [Diagnostic] = []
        for name in names {
            let occurrences = block.filter { key(inLine: $0, column: column) == name }
            if occurrences.count >= 2, let first = occurrences.first {
                for line in occurrences.dropFirst() {
                    diagnostics.append(
                        YAMLDiagnostics.duplicateKey(
                            name,
                            firstLine: first,
                            at: SourceLocation(file: file, line: line, column: column),
                            codingPath: []
                        )
                    )
                }
            } else {
                diagnostics.append(
                    YAMLDiagnostics.duplicateKey(
                        name,
                        firstLine: nil,
                        at: SourceLocation(file: file, line: firstMark.line, column: firstMark.column),
                        codingPath: []
                    )
                )
            }
        }
        return diagnostics
    }

    /// The lines of the block mapping whose keys start at `column` and which has a key on `line`.
    private func blockRange(containingLine line: Int, column: Int) -> ClosedRange<Int> {
        guard line >= 1, line <= lines.count, key(inLine: line, column: column) != nil else { return line...line }
        var start = line
        if !startsSequenceItem(line, column: column) {
            var candidate = line - 1
            while candidate >= 1 {
                if isBlankOrComment(candidate) || continuesBlock(candidate, column: column) {
                    candidate -= 1
                    continue
                }
                guard key(inLine: candidate, column: column) != nil else { break }
                start = candidate
                if startsSequenceItem(candidate, column: column) { break }
                candidate -= 1
            }
        }
        var end = line
        var candidate = line + 1
        while candidate <= lines.count {
            if isBlankOrComment(candidate) || continuesBlock(candidate, column: column) {
                candidate += 1
                continue
            }
            guard key(inLine: candidate, column: column) != nil, !startsSequenceItem(candidate, column: column) else {
                break
            }
            end = candidate
            candidate += 1
        }
        return start...end
    }

    private func isBlankOrComment(_ line: Int) -> Bool {
        guard let first = lines[line - 1].first(where: { $0 != " " && $0 != "\t" }) else { return true }
        return first == "#"
    }

    /// A line nested under a key of the block: indented deeper, or a `- ` item written at the key's own column.
    private func continuesBlock(_ line: Int, column: Int) -> Bool {
        let scalars = lines[line - 1]
        guard let indent = scalars.firstIndex(where: { $0 != " " }) else { return true }
        if indent + 1 > column { return true }
        return indent + 1 == column && scalars[indent] == "-" && key(inLine: line, column: column) == nil
    }

    /// Whether the key at `column` follows a `- ` on the same line (the first key of a list item's mapping).
    private func startsSequenceItem(_ line: Int, column: Int) -> Bool {
        lines[line - 1].prefix(column - 1).contains("-")
    }

    /// The key written at `column` of `line` (`name:`, `"name":`, `'name':`), when the line holds one there.
    func key(inLine line: Int, column: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = lines[line - 1]
        let start = column - 1
        guard start >= 0, start < scalars.count,
            scalars[..<start].allSatisfy({ $0 == " " || $0 == "-" })
        else { return nil }
        var index = start
        var name = String.UnicodeScalarView()
        switch scalars[start] {
        case "\"", "'":
            let quote = scalars[start]
            index += 1
            var closed = false
            while index < scalars.count {
                let scalar = scalars[index]
                if quote == "\"" && scalar == "\\" && index + 1 < scalars.count {
                    name.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if scalar == quote {
                    if quote == "'" && index + 1 < scalars.count && scalars[index + 1] == "'" {
                        name.append("'")
                        index += 2
                        continue
                    }
                    closed = true
                    index += 1
                    break
                }
                name.append(scalar)
                index += 1
            }
            guard closed else { return nil }
            while index < scalars.count && scalars[index] == " " { index += 1 }
            guard index < scalars.count, scalars[index] == ":" else { return nil }
        default:
            guard !"#-?[]{}&*!|>%@`,".unicodeScalars.contains(scalars[start]) else { return nil }
            while index < scalars.count {
                if scalars[index] == ":" && (index + 1 == scalars.count || scalars[index + 1] == " ") { break }
                name.append(scalars[index])
                index += 1
            }
            guard index < scalars.count else { return nil }
            while name.last == " " { name.removeLast() }
        }
        return String(name)
    }
}
