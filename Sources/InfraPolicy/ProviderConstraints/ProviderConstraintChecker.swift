import InfraCore
import Synchronization

/// Checks a resource's literal values against the provider constraints of its type (`ProviderConstraints.table`).
///
/// Only literal values are checked: an interpolation (`${…}`) is unknown until plan, and `terraform validate`
/// skips it too, so reporting it would be a guess. Messages follow terraform's own wording, with the index of each
/// block and element (`condition.0.host_header.0.values.0`), so a user who has seen the terraform error recognises
/// it; the finding's attribute uses infragen's path style (`condition[0].host_header[0].values[0]`).
enum ProviderConstraintChecker {
    /// The constraint violations of one resource, sorted by attribute path and message.
    static func violations(of resource: ResourceView) -> [Violation] {
        violations(of: resource, prepared: prepared(type: resource.address.type))
    }

    /// Builds the provider table and the compiled patterns now rather than at the first check
    /// (`PolicyEngine.prepareSharedTables`).
    static func prepareTables() {
        _ = ProviderConstraints.table.count
        _ = PatternMatcher.simplePatterns.count
        _ = PatternMatcher.sequencePatterns.count
    }

    /// The constraint violations of one resource under another table than the provider's.
    static func violations(of resource: ResourceView, table: [String: [ProviderConstraint]]) -> [Violation] {
        violations(of: resource, prepared: table[resource.address.type].map(Self.prepared) ?? .none)
    }

    /// A type's prepared constraints, the value checks of its top-level arguments by argument: a resource writes a
    /// dozen arguments and its type may constrain dozens, so the checker looks up what the resource writes rather
    /// than every argument the table names.
    struct PreparedType: Sendable {
        /// Constraints on the value of a top-level argument, by the argument.
        var byArgument: [String: [PreparedConstraint]]
        /// The others, in table order: those of nested blocks, and those about which arguments are set at all
        /// (`conflictsWith`, `requiredWith`, `atLeastOneOf`, `exactlyOneOf`), which apply when an argument is absent.
        var others: [PreparedConstraint]

        static let none = PreparedType(byArgument: [:], others: [])
    }

    /// A constraint with its path split into the blocks it goes through and the argument it names. A class, so that
    /// reading a type's constraints for every resource retains one object each, not every string they hold.
    final class PreparedConstraint: Sendable {
        let constraint: ProviderConstraint
        /// The nested blocks, outermost first; empty for an argument of the resource itself.
        let blocks: [String]
        let leaf: String

        init(constraint: ProviderConstraint, blocks: [String], leaf: String) {
            self.constraint = constraint
            self.blocks = blocks
            self.leaf = leaf
        }
    }

    /// `type`'s prepared constraints: each type's paths are split once, rather than once per resource (which was a
    /// third of the time of this check), and only for a type a document has (`PreparedConstraintTypes`).
    static func prepared(type: String) -> PreparedType {
        if #available(macOS 15, *) { return PreparedConstraintTypes.prepared(type: type) }
        return ProviderConstraints.table[type].map(Self.prepared) ?? .none
    }

    /// Splits the paths on bytes (they are ASCII); a constraint with an empty path names nothing and is dropped.
    static func prepared(_ constraints: [ProviderConstraint]) -> PreparedType {
        var prepared = PreparedType.none
        for constraint in constraints {
            // Most paths name a top-level argument: no dot to split on.
            let path = constraint.path
            let segments =
                path.utf8.contains(UInt8(ascii: "."))
                ? path.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) }
                : path.isEmpty ? [] : [path]
            guard let leaf = segments.last else { continue }
            let entry = PreparedConstraint(constraint: constraint, blocks: Array(segments.dropLast()), leaf: leaf)
            switch constraint.kind {
            case _ where !entry.blocks.isEmpty, .conflictsWith, .requiredWith, .atLeastOneOf, .exactlyOneOf:
                prepared.others.append(entry)
            default:
                prepared.byArgument[leaf, default: []].append(entry)
            }
        }
        return prepared
    }

    private static func violations(of resource: ResourceView, prepared: PreparedType) -> [Violation] {
        var found: Set<Violation> = []
        let body = BlockInstance(members: resource.attributes, steps: [])
        if !prepared.byArgument.isEmpty {
            // Each argument's value is handed to its checks, not looked up again by each.
            for (key, value) in resource.attributes {
                for entry in prepared.byArgument[key] ?? [] {
                    for violation in check(entry, value: value, in: body, of: resource) {
                        found.insert(violation)
                    }
                }
            }
        }
        // The instances of the block path the previous constraint went through: a type's constraints of one block
        // come together in the table, so the walk (and its path strings) is done once for all of them.
        var walked: (path: [String], instances: [BlockInstance])?
        for entry in prepared.others {
            if entry.blocks.isEmpty {
                for violation in check(entry, value: body.members[entry.leaf], in: body, of: resource) {
                    found.insert(violation)
                }
                continue
            }
            // A block the resource does not write has no instances to walk.
            guard resource.attributes[entry.blocks[0]] != nil else { continue }
            if walked?.path != entry.blocks {
                walked = (entry.blocks, blocks(along: entry.blocks[...], in: resource.attributes))
            }
            for block in walked?.instances ?? [] {
                for violation in check(entry, value: block.members[entry.leaf], in: block, of: resource) {
                    found.insert(violation)
                }
            }
        }
        return found.sorted { ($0.attribute ?? "", $0.message) < ($1.attribute ?? "", $1.message) }
    }

    /// One instance of a block (or the resource body) with the way to it. The path is written out only for a
    /// message: most blocks break no constraint, and building both spellings of every block's path was a fifth of
    /// this check.
    struct BlockInstance {
        var members: [String: JSONValue]
        /// The blocks from the resource down to this one, with the element's index, or `nil` for a block written as
        /// an object; empty for the resource itself.
        var steps: [(name: String, index: Int?)]

        /// terraform's style, `condition.0.host_header.0.` (empty for the resource, else ending in a dot).
        var terraformPrefix: String {
            steps.map { "\($0.name).\($0.index ?? 0)." }.joined()
        }

        /// infragen's style, `condition[0].host_header[0].`.
        var displayPrefix: String {
            steps.map { step in step.index.map { "\(step.name)[\($0)]." } ?? "\(step.name)." }.joined()
        }
    }

    /// Every instance of the nested block named by `segments`; a block written as an object is instance 0.
    static func blocks(along segments: ArraySlice<String>, in body: [String: JSONValue]) -> [BlockInstance] {
        var current = [BlockInstance(members: body, steps: [])]
        for segment in segments {
            var next: [BlockInstance] = []
            for instance in current {
                switch instance.members[segment] {
                case .object(let members):
                    next.append(BlockInstance(members: members, steps: instance.steps + [(segment, nil)]))
                case .array(let elements):
                    for (index, element) in elements.enumerated() {
                        guard let members = element.objectValue else { continue }
                        next.append(BlockInstance(members: members, steps: instance.steps + [(segment, index)]))
                    }
                default:
                    continue
                }
            }
            current = next
        }
        return current
    }

    /// Whether an argument is set in a block: present and not null. An interpolation counts as set.
    static func isSet(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        return value != .null
    }

    /// Whether an argument is set to a value known before plan (not an interpolation, which may turn out null).
    static func isKnownSet(_ value: JSONValue?) -> Bool {
        guard let value, value != .null else { return false }
        if case .expression = value { return false }
        return true
    }

    /// The violations of one constraint in one block, where `value` is the block's value of the constraint's
    /// argument (`nil` when the block does not write it).
    private static func check(
        _ entry: PreparedConstraint,
        value: JSONValue?,
        in block: BlockInstance,
        of resource: ResourceView
    ) -> [Violation] {
        let leaf = entry.leaf
        // The paths are built only for a value that is there to check: most constraints find nothing to read.
        var display: String { block.steps.isEmpty ? leaf : block.displayPrefix + leaf }
        var key: String { block.steps.isEmpty ? leaf : block.terraformPrefix + leaf }
        let members = block.members
        func list(_ names: [String]) -> String { names.joined(separator: ",") }
        switch entry.constraint.kind {
        case .conflictsWith(let others):
            guard isKnownSet(value) else { return [] }
            return others.filter { isKnownSet(members[$0]) }.map { other in
                Violation(display, "\"\(key)\": conflicts with \(block.terraformPrefix)\(other)")
            }
        case .requiredWith(let others):
            guard isKnownSet(value) else { return [] }
            let missing = others.filter { !isSet(members[$0]) }
            guard !missing.isEmpty else { return [] }
            return [
                Violation(
                    display,
                    "\"\(key)\": all of `\(list([leaf] + others))` must be specified; missing \(missing.map { "`\($0)`" }.joined(separator: ", "))"
                )
            ]
        case .atLeastOneOf(let names):
            guard !names.contains(where: { isSet(members[$0]) }) else { return [] }
            return [Violation(display, "\"\(key)\": one of `\(list(names))` must be specified")]
        case .exactlyOneOf(let names):
            let set = names.filter { isSet(members[$0]) }
            if set.isEmpty {
                return [Violation(display, "\"\(key)\": one of `\(list(names))` must be specified")]
            }
            let known = names.filter { isKnownSet(members[$0]) }
            guard known.count > 1 else { return [] }
            return [
                Violation(
                    display,
                    "\"\(key)\": only one of `\(list(names))` can be specified, but `\(list(known))` were specified."
                )
            ]
        case .json where block.steps.isEmpty:
            // A top-level JSON string (a policy, container definitions) was parsed by the document index already,
            // with the same parser; parsing it again cost as much as all the other constraints of the resource.
            // (The index reads the text as written, with `$${` escapes: a `$` or `%` more before a `{` is JSON
            // inside a string and never outside one, so both texts are JSON or neither is.)
            guard case .string = value else { break }
            return resource.embeddedJSON(leaf) == nil ? [Violation(display, invalidJSON(key: key))] : []
        default:
            break
        }
        switch value {
        case .array(let elements):
            // The element's key is spelled out only for an element with a problem.
            return elements.enumerated().compactMap { index, element in
                problem(entry.constraint.kind, key: "\(key).\(index)", element).map {
                    Violation("\(display)[\(index)]", $0)
                }
            }
        case .some(let value):
            return problem(entry.constraint.kind, key: key, value).map { [Violation(display, $0)] } ?? []
        case nil:
            return []
        }
    }

    /// What is wrong with one literal scalar, in terraform's words, or `nil` when it passes or is not a literal.
    /// `key` is read only to word a problem.
    static func problem(_ kind: ProviderConstraint.Kind, key: @autoclosure () -> String, _ value: JSONValue)
        -> String?
    {
        guard let text = literalText(value) else { return nil }
        switch kind {
        case .intRange(let minimum, let maximum):
            guard let number = Int(text) else { return nil }
            switch (minimum, maximum) {
            case (let low?, let high?) where number < low || number > high:
                return "expected \(key()) to be in the range (\(low) - \(high)), got \(number)"
            case (let low?, nil) where number < low:
                return "expected \(key()) to be at least (\(low)), got \(number)"
            case (nil, let high?) where number > high:
                return "expected \(key()) to be at most (\(high)), got \(number)"
            default:
                return nil
            }
        case .intOneOf(let values):
            guard let number = Int(text), !values.contains(number) else { return nil }
            return "expected \(key()) to be one of \(values.map(String.init).joined(separator: " ")), got \(number)"
        case .intMultipleOf(let divisor):
            guard divisor != 0, let number = Int(text), number % divisor != 0 else { return nil }
            return "expected \(key()) to be divisible by \(divisor), got: \(number)"
        case .floatRange(let minimum, let maximum):
            guard let number = Double(text), number < minimum || number > maximum else { return nil }
            return "expected \(key()) to be in the range (\(minimum) - \(maximum)), got \(text)"
        case .length(let minimum, let maximum):
            let length = text.utf8.count
            guard length < minimum || length > maximum else { return nil }
            return
                "expected length of \(key()) to be in the range (\(minimum) - \(maximum)), got \(shortened(text)) (\(length) characters)"
        case .notEmpty:
            guard text.isEmpty || (value.doubleValue == 0) else { return nil }
            return value.doubleValue == nil ? "\(key()) must not be empty" : "\(key()) must not be zero"
        case .oneOf(let values):
            guard !values.contains(text) else { return nil }
            return
                "expected \(key()) to be one of [\(values.map { "\"\($0)\"" }.joined(separator: " "))], got \(shortened(text))"
        case .matches(let pattern, let message, let example):
            guard let found = PatternMatcher.contains(pattern, in: text), !found else { return nil }
            return "invalid value for \(key()) (\(message)), got \(shortened(text))"
                + (example.map { "; valid is e.g. \($0)" } ?? "")
        case .doesNotMatch(let pattern, let message):
            guard let found = PatternMatcher.contains(pattern, in: text), found else { return nil }
            return "invalid value for \(key()) (\(message)), got \(shortened(text))"
        case .arn:
            guard !text.isEmpty, let reason = ARNShape.problem(text) else { return nil }
            return
                "\"\(key())\" (\(shortened(text))) is an invalid ARN: \(reason); expected arn:partition:service:region:account-id:resource"
        case .json:
            guard JSONParser().value(of: text) == nil else { return nil }
            return invalidJSON(key: key())
        case .cidr:
            guard !CIDRShape.isValid(text) else { return nil }
            return "expected \(key()) to contain a valid CIDR network address (like 10.0.0.0/16), got: \(shortened(text))"
        case .anyOf(let kinds):
            let problems = kinds.map { problem($0, key: key(), value) }
            guard !problems.contains(where: { $0 == nil }) else { return nil }
            return problems.compactMap { $0 }.joined(separator: "; or ")
        case .conflictsWith, .requiredWith, .atLeastOneOf, .exactlyOneOf:
            return nil
        }
    }

    /// The provider's words for a string argument that is not JSON.
    static func invalidJSON(key: String) -> String {
        "\"\(key)\" contains an invalid JSON"
    }

    /// The text terraform would hand the validator: strings as they are, numbers and bools converted; `nil` for
    /// interpolations, null, lists and objects.
    static func literalText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        case .null, .expression, .template, .array, .object: nil
        }
    }

    /// Long values are cut in messages so that a 3,000-character mistake does not fill the terminal.
    static func shortened(_ text: String) -> String {
        text.count > 64 ? String(text.prefix(61)) + "…" : text
    }
}

/// Go's `arn.Parse` and the provider's `verify.ValidARN` checks, as a function of the text.
enum ARNShape {
    /// Why the text is not an ARN, in the provider's words, or `nil`.
    static func problem(_ text: String) -> String? {
        guard text.hasPrefix("arn:") else { return "arn: invalid prefix" }
        let sections = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard sections.count == 6 else { return "arn: not enough sections" }
        let (partition, region, account, resource) = (sections[1], sections[3], sections[4], sections[5])
        if partition.isEmpty { return "missing partition value" }
        if (isPartition(partition) ?? PatternMatcher.contains(#"^aws(-[a-z]+)*$"#, in: partition)) == false {
            return "invalid partition value (expecting to match regular expression: ^aws(-[a-z]+)*$)"
        }
        if !region.isEmpty,
            (isRegion(region) ?? PatternMatcher.contains(#"^[a-z]{2}(-[a-z]+)+-\d{1,2}$"#, in: region)) == false
        {
            return "invalid region value (expecting to match regular expression: ^[a-z]{2}(-[a-z]+)+-\\d{1,2}$)"
        }
        if !account.isEmpty,
            (isAccount(account)
                ?? PatternMatcher.contains(
                    #"^(aws|aws-managed|third-party|aws-marketplace|\d{12}|cw.{10})$"#,
                    in: account
                ))
                == false
        {
            return
                "invalid account ID value (expecting to match regular expression: ^(aws|aws-managed|third-party|aws-marketplace|\\d{12}|cw.{10})$)"
        }
        if resource.isEmpty { return "missing resource value" }
        return nil
    }

    // The three fields the provider checks with regular expressions, decided byte by byte when the field is
    // printable ASCII (as every ARN a stack writes is); `nil` leaves anything else to `PatternMatcher`. Each of the
    // three expressions cost about a millisecond to compile, on the first stack of a render.

    /// `^aws(-[a-z]+)*$`
    static func isPartition(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        guard bytes.starts(with: Array("aws".utf8)) else { return false }
        return bytes.dropFirst(3).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            .enumerated().allSatisfy { index, part in index == 0 ? part.isEmpty : isLowercase(part) }
    }

    /// `^[a-z]{2}(-[a-z]+)+-\d{1,2}$`
    static func isRegion(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, let last = parts.last else { return false }
        return first.count == 2 && isLowercase(first) && parts.dropFirst().dropLast().allSatisfy(isLowercase)
            && (1...2).contains(last.count) && isDigits(last)
    }

    /// `^(aws|aws-managed|third-party|aws-marketplace|\d{12}|cw.{10})$`
    static func isAccount(_ field: String) -> Bool? {
        guard let bytes = printableASCII(field) else { return nil }
        return ["aws", "aws-managed", "third-party", "aws-marketplace"].contains(field)
            || (bytes.count == 12 && isDigits(bytes[...]))
            || (bytes.count == 12 && bytes.starts(with: Array("cw".utf8)))
    }

    private static func printableASCII(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes : nil
    }

    private static func isLowercase(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    private static func isDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// An IPv4 or IPv6 CIDR block, as Go's `net.ParseCIDR` accepts it.
enum CIDRShape {
    /// Whether `text` is an IPv4 or IPv6 network in CIDR notation. ASCII text, which every real one is, is read as
    /// bytes (`isValid(ascii:)`); splitting it as characters cost some 26,000 instructions a value.
    static func isValid(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return isValid(characters: text) }
        return isValid(ascii: Array(text.utf8))
    }

    /// `isValid(characters:)` for ASCII text, on its bytes; `CIDRShapeTests` holds the two to each other.
    static func isValid(ascii bytes: [UInt8]) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(String(decoding: parts[1], as: UTF8.self)) else { return false }
        let address = parts[0]
        if address.contains(UInt8(ascii: ":")) { return (0...128).contains(bits) && isIPv6(ascii: address) }
        return (0...32).contains(bits) && isIPv4(ascii: address)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isIPv4(ascii text: ArraySlice<UInt8>) -> Bool {
        let octets = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.count) && octet.allSatisfy(isDigit)
                    && octet.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
                    && !(octet.count > 1 && octet.first == UInt8(ascii: "0"))
            }
    }

    private static func isIPv6(ascii text: ArraySlice<UInt8>) -> Bool {
        // Split at each `::`, left to right, as `split(separator: "::")` does.
        var halves: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index + 1 < text.endIndex {
            if text[index] == UInt8(ascii: ":"), text[index + 1] == UInt8(ascii: ":") {
                halves.append(text[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        halves.append(text[start..<text.endIndex])
        guard halves.count <= 2 else { return false }
        let groups = halves.flatMap {
            $0.isEmpty ? [] : $0.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        }
        guard
            groups.allSatisfy({ group in
                (1...4).contains(group.count)
                    && group.allSatisfy { byte in
                        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                    }
            })
        else { return false }
        return halves.count == 2 ? groups.count < 8 : groups.count == 8
    }

    /// The reading of any text, as characters.
    static func isValid(characters text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(parts[1]), parts[1].allSatisfy(\.isASCII) else { return false }
        if parts[0].contains(":") { return (0...128).contains(bits) && isIPv6(parts[0]) }
        return (0...32).contains(bits) && isIPv4(parts[0])
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                !octet.isEmpty && octet.count <= 3 && octet.allSatisfy { $0.isASCII && $0.isNumber }
                    && (Int(octet) ?? 256) <= 255 && !(octet.count > 1 && octet.first == "0")
            }
    }

    static func isIPv6(_ text: Substring) -> Bool {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        let groups = halves.flatMap { $0.isEmpty ? [] : $0.split(separator: ":", omittingEmptySubsequences: false) }
        guard
            groups.allSatisfy({ group in
                (1...4).contains(group.count) && group.allSatisfy { $0.isHexDigit }
            })
        else { return false }
        return halves.count == 2 ? groups.count < 8 : groups.count == 8
    }
}

/// Regular expressions of the constraint table, compiled on use. Go's RE2 syntax of the provider's patterns is the
/// common subset Swift's `Regex` reads; classes are ASCII-only as in RE2. Most patterns are simple enough for
/// `SimplePattern`, read once from the table on first use.
enum PatternMatcher {
    /// Every pattern of the constraint table, once each.
    static let tablePatterns: Set<String> = {
        var found: Set<String> = []
        func collect(_ kind: ProviderConstraint.Kind) {
            switch kind {
            case .matches(let pattern, _, _), .doesNotMatch(let pattern, _): found.insert(pattern)
            case .anyOf(let kinds): kinds.forEach(collect)
            default: break
            }
        }
        for constraints in ProviderConstraints.table.values { constraints.map(\.kind).forEach(collect) }
        return found
    }()

    /// The simple forms of the table's patterns, by pattern.
    static let simplePatterns: [String: SimplePattern] = Dictionary(
        uniqueKeysWithValues: tablePatterns.compactMap { pattern in SimplePattern(pattern).map { (pattern, $0) } }
    )

    /// The table's patterns `SimplePattern` does not take but `SequencePattern` does, by pattern.
    static let sequencePatterns: [String: SequencePattern] = Dictionary(
        uniqueKeysWithValues: tablePatterns.compactMap { pattern in
            simplePatterns[pattern] == nil ? SequencePattern(pattern).map { (pattern, $0) } : nil
        }
    )

    /// Whether `text` contains a match of `pattern`; `nil` when the pattern does not compile (a table error that
    /// `ProviderConstraintTests` catches; the value is then not reported).
    static func contains(_ pattern: String, in text: String) -> Bool? {
        // A table pattern is found with one lookup in the usual case; one neither form takes is not read again on
        // every call.
        if let simple = simplePatterns[pattern] {
            if let found = simple.contains(in: text) { return found }
        } else if let sequence = sequencePatterns[pattern] {
            if let found = sequence.contains(in: text) { return found }
        } else if pattern == LambdaFunctionNamePattern.pattern {
            if let found = LambdaFunctionNamePattern.matches(text) { return found }
        } else if !tablePatterns.contains(pattern) {
            if let simple = SimplePattern(pattern) {
                if let found = simple.contains(in: text) { return found }
            } else if let sequence = SequencePattern(pattern), let found = sequence.contains(in: text) {
                return found
            }
        }
        if #available(macOS 15, *) {
            return CompiledPatterns.contains(pattern, in: text)
        }
        guard let regex = try? Regex(pattern) else { return nil }
        let match = try? regex.asciiOnlyCharacterClasses().firstMatch(in: text)
        return match.flatMap { $0 } != nil
    }
}

/// The constraint table's regular expressions, each compiled once per process: compiling one costs about a
/// millisecond, and a render of every prod stack compiled the same few dozens of times (a third of them for ARNs).
/// The cache sits behind a lock because the policy engine may run on several threads (tests, parallel stacks).
@available(macOS 15, *)
enum CompiledPatterns {
    /// Pattern → its compiled form, or `nil` when it does not compile.
    private static let cache = Mutex<[String: Regex<AnyRegexOutput>?]>([:])

    /// Whether `text` contains a match of `pattern`; `nil` when the pattern does not compile.
    static func contains(_ pattern: String, in text: String) -> Bool? {
        cache.withLock { compiled -> Bool? in
            let regex: Regex<AnyRegexOutput>?
            if let known = compiled[pattern] {
                regex = known
            } else {
                regex = (try? Regex(pattern))?.asciiOnlyCharacterClasses()
                compiled[pattern] = .some(regex)
            }
            guard let regex else { return nil }
            let match = try? regex.firstMatch(in: text)
            return match.flatMap { $0 } != nil
        }
    }
}

/// The shapes most patterns of the constraint table take (`^[0-9A-Za-z_-]+$`, `^[a-z]`, `-$`, `--`), matched
/// byte by byte. Swift's `Regex` costs about a millisecond to compile and tens of microseconds to match, which at
/// 100,000 resources was most of the policy time; these patterns need neither. Anything else, and any text that is
/// not printable ASCII (where grapheme and line-end rules could differ), goes to `Regex` as before.
struct SimplePattern: Sendable, Hashable {
    /// The 128 ASCII bytes a character class accepts.
    struct ByteSet: Sendable, Hashable {
        var bits: (UInt64, UInt64) = (0, 0)

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? bits.0 & (1 << UInt64(byte)) != 0 : byte < 128 && bits.1 & (1 << UInt64(byte - 64)) != 0
        }

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { bits.0 |= 1 << UInt64(byte) } else if byte < 128 { bits.1 |= 1 << UInt64(byte - 64) }
        }

        mutating func formUnion(_ other: ByteSet) {
            bits = (bits.0 | other.bits.0, bits.1 | other.bits.1)
        }

        static func == (lhs: ByteSet, rhs: ByteSet) -> Bool { lhs.bits == rhs.bits }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bits.0)
            hasher.combine(bits.1)
        }
    }

    enum Shape: Sendable, Hashable {
        /// `^literal`, `literal$`, `literal` (no metacharacters).
        case prefix([UInt8]), suffix([UInt8]), contains([UInt8])
        /// `^[class]`: the first character is in the class.
        case firstIn(ByteSet)
        /// `^[class]{min,max}$` (`*`, `+` and `{m,n}`): every character is in the class, and the length fits.
        case allIn(ByteSet, min: Int, max: Int)
        /// `[class]+` unanchored: some character is in the class.
        case someIn(ByteSet)
    }

    var shape: Shape

    /// The pattern's simple form, or nil when it needs a real regular expression.
    init?(_ pattern: String) {
        let bytes = Array(pattern.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let anchoredStart = bytes.first == UInt8(ascii: "^")
        var body = anchoredStart ? Array(bytes.dropFirst()) : bytes
        let anchoredEnd = body.last == UInt8(ascii: "$") && !body.isEmpty
        if anchoredEnd { body.removeLast() }
        if body.first != UInt8(ascii: "[") {
            // A plain literal: no metacharacter anywhere.
            let meta = Set(#"\^$.|?*+()[]{}"#.utf8)
            guard !body.isEmpty, !body.contains(where: meta.contains) else { return nil }
            switch (anchoredStart, anchoredEnd) {
            case (true, false): shape = .prefix(body)
            case (false, true): shape = .suffix(body)
            case (false, false): shape = .contains(body)
            case (true, true): return nil
            }
            return
        }
        guard let (set, end) = Self.characterClass(body, from: 1) else { return nil }
        let rest = Array(body[end...])
        if rest.isEmpty {
            guard anchoredStart, !anchoredEnd else { return nil }
            shape = .firstIn(set)
            return
        }
        let range: (Int, Int)?
        switch rest {
        case [UInt8(ascii: "*")]: range = (0, Int.max)
        case [UInt8(ascii: "+")]: range = (1, Int.max)
        default: range = Self.counted(rest)
        }
        guard let (min, max) = range else { return nil }
        if anchoredStart && anchoredEnd {
            shape = .allIn(set, min: min, max: max)
        } else if !anchoredStart && !anchoredEnd && min == 1 && max == Int.max {
            shape = .someIn(set)
        } else {
            return nil
        }
    }

    /// What the character after a backslash stands for: `\d` the digits, `\w` letters, digits and `_`, a
    /// punctuation mark itself; `nil` for another letter or digit (a class or an anchor left to `Regex`).
    static func escapedSet(_ escaped: UInt8) -> ByteSet? {
        var set = ByteSet()
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let lower = UInt8(ascii: "a")...UInt8(ascii: "z")
        let upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
        switch escaped {
        case UInt8(ascii: "d"):
            for byte in digits { set.insert(byte) }
        case UInt8(ascii: "w"):
            for byte in Array(lower) + Array(upper) + Array(digits) { set.insert(byte) }
            set.insert(UInt8(ascii: "_"))
        case _ where digits.contains(escaped) || lower.contains(escaped) || upper.contains(escaped):
            return nil
        default:
            set.insert(escaped)
        }
        return set
    }

    /// `{m,n}` or `{m}`.
    static func counted(_ bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { return nil }
        let inner = String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let min = Int(parts[0]) else { return nil }
        let max = parts.count == 2 ? Int(parts[1]) : min
        guard let max, min <= max else { return nil }
        return (min, max)
    }

    /// A bracket expression starting after its `[`: ranges of letters or digits, `\w`, `\d`, escaped punctuation and
    /// plain punctuation; a `-` only first or last. Negated classes and anything else are left to `Regex`.
    static func characterClass(_ bytes: [UInt8], from start: Int) -> (ByteSet, Int)? {
        var set = ByteSet()
        var index = start
        guard index < bytes.count, bytes[index] != UInt8(ascii: "^"), bytes[index] != UInt8(ascii: "]") else {
            return nil
        }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "]"):
                return (set, index + 1)
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count, let escaped = escapedSet(bytes[index + 1]) else { return nil }
                set.formUnion(escaped)
                index += 2
            case UInt8(ascii: "-"):
                // Only a literal when first or last in the class.
                guard index == start || (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "]")) else {
                    return nil
                }
                set.insert(byte)
                index += 1
            case UInt8(ascii: "["):
                return nil
            default:
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] != UInt8(ascii: "]")
                {
                    let upper = bytes[index + 2]
                    guard isAlphanumeric(byte), isAlphanumeric(upper), byte <= upper else { return nil }
                    for b in byte...upper { set.insert(b) }
                    // A `-` right after a range is ambiguous between engines: leave it to `Regex`.
                    if index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: "-"),
                        index + 4 < bytes.count, bytes[index + 4] != UInt8(ascii: "]")
                    {
                        return nil
                    }
                    index += 3
                } else {
                    set.insert(byte)
                    index += 1
                }
            }
        }
        return nil
    }

    /// Whether `text` contains a match; nil when the text is not printable ASCII and `Regex` must decide.
    func contains(in text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
            switch shape {
            case .prefix(let literal): return bytes.starts(with: literal)
            case .suffix(let literal):
                return bytes.count >= literal.count && bytes.reversed().starts(with: literal.reversed())
            case .contains(let literal):
                guard bytes.count >= literal.count else { return false }
                for start in 0...(bytes.count - literal.count)
                where bytes[start] == literal[0] && bytes[start..<start + literal.count].elementsEqual(literal) {
                    return true
                }
                return false
            case .firstIn(let set): return bytes.first.map(set.contains) ?? false
            case .allIn(let set, let min, let max):
                return bytes.count >= min && bytes.count <= max && bytes.allSatisfy(set.contains)
            case .someIn(let set): return bytes.contains(where: set.contains)
            }
        }
    }
}

/// The provider table's types prepared so far, once per process. Preparing all 130 types up front cost 3.6 million
/// instructions, more than checking a stack's resources, for the few dozen types a stack has. Behind a lock, as the
/// checks run on several threads; the preparing itself runs outside it.
@available(macOS 15, *)
enum PreparedConstraintTypes {
    private static let table = Mutex<[String: ProviderConstraintChecker.PreparedType]>([:])

    /// `type`'s prepared constraints, the same for every caller. When two threads prepare one type at once, the
    /// first to store it wins and both use that.
    static func prepared(type: String) -> ProviderConstraintChecker.PreparedType {
        if let known = table.withLock({ $0[type] }) { return known }
        let fresh = ProviderConstraints.table[type].map(ProviderConstraintChecker.prepared) ?? .none
        return table.withLock { prepared in
            if let known = prepared[type] { return known }
            prepared[type] = fresh
            return fresh
        }
    }
}
