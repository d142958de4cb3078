/// Patterns of the constraint table that are a row of one-character atoms, each a literal, `\d`, `\w` or a bracket
/// class with a count (`^alias/[0-9A-Za-z_/-]+$`, `^[245]\d\d$`, `(?i)^default$`, `[0-9A-Za-z]$`), or a choice
/// between such rows in one group (`^(lambda:[*]|lambda:[A-Za-z]+|[*])$`). They need no nested groups, so a byte
/// matcher decides them; `SimplePattern` covers the one-class forms, and whatever neither accepts goes to `Regex`.
/// Compiling a `Regex` costs about a millisecond, and a render of every prod stack compiled nine of them, four of
/// these among them.
///
/// Like `SimplePattern`, it decides only printable ASCII text; anything else (where grapheme and line-end rules
/// could differ) is left to `Regex`.
struct SequencePattern: Sendable, Hashable {
    /// One character position: the bytes it accepts and how many times in a row.
    struct Atom: Sendable, Hashable {
        var set: SimplePattern.ByteSet
        var min: Int
        var max: Int

        var isUnbounded: Bool { max == Int.max }
    }

    /// The rows of atoms the pattern chooses between; most patterns have one.
    var alternatives: [[Atom]]
    var anchoredStart: Bool
    var anchoredEnd: Bool

    /// The pattern's rows of atoms, or nil when it has anything else (nested or counted groups, `.`, negated
    /// classes, lazy counts) or could take more than linear time to match.
    init?(_ pattern: String) {
        var body = Array(pattern.utf8)
        guard !body.isEmpty, body.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let caseInsensitive = body.starts(with: Array("(?i)".utf8))
        if caseInsensitive { body.removeFirst(4) }
        anchoredStart = body.first == UInt8(ascii: "^")
        if anchoredStart { body.removeFirst() }
        anchoredEnd = body.last == UInt8(ascii: "$")
        if anchoredEnd {
            body.removeLast()
            // `\$` is a literal dollar, not the end.
            if body.last == UInt8(ascii: "\\") { return nil }
        }
        var rows: [[UInt8]] = [body]
        if let choices = Self.alternatives(body) { rows = choices }
        var alternatives: [[Atom]] = []
        for row in rows {
            guard let atoms = Self.atoms(row, caseInsensitive: caseInsensitive) else { return nil }
            // Backtracking stays linear with at most one unbounded atom and an anchored start; an unanchored pattern
            // tries every start, so it may have none.
            let unbounded = atoms.filter(\.isUnbounded).count
            guard !atoms.isEmpty, unbounded <= (anchoredStart ? 1 : 0) else { return nil }
            alternatives.append(atoms)
        }
        self.alternatives = alternatives
    }

    /// The rows of a body that is one group of alternatives, `(a|b)` or `(?:a|b)`, with no other group (a `|` in a
    /// bracket class is a literal); `nil` for any other body.
    private static func alternatives(_ body: [UInt8]) -> [[UInt8]]? {
        guard body.first == UInt8(ascii: "("), body.last == UInt8(ascii: ")") else { return nil }
        var inner = Array(body.dropFirst().dropLast())
        if inner.starts(with: Array("?:".utf8)) { inner.removeFirst(2) }
        var rows: [[UInt8]] = [[]]
        var inClass = false
        var index = 0
        while index < inner.count {
            let byte = inner[index]
            if byte == UInt8(ascii: "\\"), index + 1 < inner.count {
                rows[rows.count - 1] += [byte, inner[index + 1]]
                index += 2
                continue
            }
            switch byte {
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "("), UInt8(ascii: ")"): if !inClass { return nil }
            case UInt8(ascii: "|") where !inClass:
                rows.append([])
                index += 1
                continue
            default: break
            }
            rows[rows.count - 1].append(byte)
            index += 1
        }
        return rows
    }

    /// The atoms of one row, or nil when it has anything but atoms and counts.
    private static func atoms(_ body: [UInt8], caseInsensitive: Bool) -> [Atom]? {
        var atoms: [Atom] = []
        var index = 0
        while index < body.count {
            guard var (set, next) = Self.atom(body, at: index) else { return nil }
            if caseInsensitive { set = Self.bothCases(set) }
            var (min, max) = (1, 1)
            if next < body.count {
                switch body[next] {
                case UInt8(ascii: "*"): (min, max, next) = (0, Int.max, next + 1)
                case UInt8(ascii: "+"): (min, max, next) = (1, Int.max, next + 1)
                case UInt8(ascii: "?"): (min, max, next) = (0, 1, next + 1)
                case UInt8(ascii: "{"):
                    guard let close = body[next...].firstIndex(of: UInt8(ascii: "}")),
                        let counted = SimplePattern.counted(Array(body[next...close]))
                    else { return nil }
                    (min, max, next) = (counted.0, counted.1, close + 1)
                default: break
                }
                // Lazy (`+?`) and possessive (`++`) counts, and counts of counts, are left to `Regex`.
                if next < body.count,
                    [UInt8(ascii: "?"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "{")]
                        .contains(body[next])
                {
                    return nil
                }
            }
            atoms.append(Atom(set: set, min: min, max: max))
            index = next
        }
        return atoms
    }

    /// The atom starting at `index`, and the index after it.
    private static func atom(_ body: [UInt8], at index: Int) -> (SimplePattern.ByteSet, Int)? {
        var set = SimplePattern.ByteSet()
        let byte = body[index]
        switch byte {
        case UInt8(ascii: "["):
            return SimplePattern.characterClass(body, from: index + 1)
        case UInt8(ascii: "\\"):
            guard index + 1 < body.count, let escaped = SimplePattern.escapedSet(body[index + 1]) else { return nil }
            return (escaped, index + 2)
        default:
            guard !Array(#"^$.|?*+()[]{}"#.utf8).contains(byte) else { return nil }
            set.insert(byte)
            return (set, index + 1)
        }
    }

    /// `(?i)`: every letter in either case.
    private static func bothCases(_ set: SimplePattern.ByteSet) -> SimplePattern.ByteSet {
        var result = set
        for lower in UInt8(ascii: "a")...UInt8(ascii: "z") where set.contains(lower) || set.contains(lower - 32) {
            result.insert(lower)
            result.insert(lower - 32)
        }
        return result
    }

    /// Whether `text` contains a match; nil when the text is not printable ASCII and `Regex` must decide.
    func contains(in text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
            let lastStart = anchoredStart ? 0 : bytes.count
            for start in 0...lastStart {
                for atoms in alternatives
                where Self.matches(atoms, bytes, from: start, atom: 0, anchoredEnd: anchoredEnd) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether atoms `atom...` match from `position`: each takes as many bytes as it may, then gives them back one
    /// by one, as a backtracking regular-expression engine does.
    private static func matches(
        _ atoms: [Atom],
        _ bytes: UnsafeBufferPointer<UInt8>,
        from position: Int,
        atom: Int,
        anchoredEnd: Bool
    ) -> Bool {
        guard atom < atoms.count else { return !anchoredEnd || position == bytes.count }
        let current = atoms[atom]
        var count = 0
        while count < current.max, position + count < bytes.count, current.set.contains(bytes[position + count]) {
            count += 1
        }
        while count >= current.min {
            if matches(atoms, bytes, from: position + count, atom: atom + 1, anchoredEnd: anchoredEnd) { return true }
            count -= 1
        }
        return false
    }
}
