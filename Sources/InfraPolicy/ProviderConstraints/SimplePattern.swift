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
