/// Patterns of the constraint table that are a row of one-character atoms, each a literal, `\d`, `\w` or a bracket
/// class with a count: `^alias/[0-9A-Za-z_/-]+$`, `^[245]\d\d$`, `(?i)^default$`, `[0-9A-Za-z]$`. They need no
/// groups or alternatives, so a byte matcher decides them; `SimplePattern` covers the one-class forms, and whatever
/// neither accepts goes to `Regex`. Compiling a `Regex` costs about a millisecond, and a render of every prod stack
/// compiled nine of them, four of these among them.
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

    var atoms: [Atom]
    var anchoredStart: Bool
    var anchoredEnd: Bool

    /// The pattern's atoms, or nil when it has anything else (groups, alternatives, `.`, negated classes, lazy
    /// counts) or could match in more than linear time.
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
        // Backtracking stays linear with at most one unbounded atom and an anchored start; an unanchored pattern
        // tries every start, so it may have none.
        let unbounded = atoms.filter(\.isUnbounded).count
        guard !atoms.isEmpty, unbounded <= (anchoredStart ? 1 : 0) else { return nil }
        self.atoms = atoms
    }

    /// The atom starting at `index`, and the index after it.
    private static func atom(_ body: [UInt8], at index: Int) -> (SimplePattern.ByteSet, Int)? {
        var set = SimplePattern.ByteSet()
        let byte = body[index]
        switch byte {
        case UInt8(ascii: "["):
            return SimplePattern.characterClass(body, from: index + 1)
        case UInt8(ascii: "\\"):
            guard index + 1 < body.count else { return nil }
            let escaped = body[index + 1]
            switch escaped {
            case UInt8(ascii: "d"):
                for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { set.insert(digit) }
            case UInt8(ascii: "w"):
                for range in [
                    UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"),
                ] {
                    for letter in range { set.insert(letter) }
                }
                set.insert(UInt8(ascii: "_"))
            default:
                // An escaped punctuation mark is itself; an escaped letter or digit is a class or an anchor.
                let isPunctuation =
                    !(escaped >= UInt8(ascii: "0") && escaped <= UInt8(ascii: "9"))
                    && !(escaped >= UInt8(ascii: "a") && escaped <= UInt8(ascii: "z"))
                    && !(escaped >= UInt8(ascii: "A") && escaped <= UInt8(ascii: "Z"))
                guard isPunctuation else { return nil }
                set.insert(escaped)
            }
            return (set, index + 2)
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
            for start in 0...lastStart where matches(bytes, from: start, atom: 0) { return true }
            return false
        }
    }

    /// Whether atoms `atom...` match from `position`: each takes as many bytes as it may, then gives them back one
    /// by one, as a backtracking regular-expression engine does.
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, atom: Int) -> Bool {
        guard atom < atoms.count else { return !anchoredEnd || position == bytes.count }
        let current = atoms[atom]
        var count = 0
        while count < current.max, position + count < bytes.count, current.set.contains(bytes[position + count]) {
            count += 1
        }
        while count >= current.min {
            if matches(bytes, from: position + count, atom: atom + 1) { return true }
            count -= 1
        }
        return false
    }
}
