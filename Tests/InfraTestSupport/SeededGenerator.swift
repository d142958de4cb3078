/// A deterministic random number generator (SplitMix64) for the property tests: the same seed gives the same cases on
/// every machine and every run, so a failure is reproducible from the seed the test prints, with no dependency.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Scalars chosen to hit the encoder's and the parser's edge cases: template markers and braces, JSON's escapes,
    /// control characters, DEL, multi-byte and astral characters, a combining mark, a byte-order mark and the
    /// characters around the surrogate range.
    public static let interestingScalars: [Unicode.Scalar] = [
        "$", "%", "{", "}", "\"", "\\", "/", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{08}", "\u{0C}", "\u{1F}",
        "\u{7F}", "é", "\u{0301}", "€", "\u{FEFF}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "😀", "\u{10FFFF}", " ", "a",
        "Z", "0", "-", "_", ".",
    ]

    /// A string of up to `maximumLength` scalars: mostly interesting ones, some printable ASCII, some arbitrary
    /// valid scalars.
    public mutating func string(maximumLength: Int = 24) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maximumLength, using: &self) {
            switch Int.random(in: 0..<10, using: &self) {
            case 0..<5: scalars.append(Self.interestingScalars.randomElement(using: &self) ?? "a")
            case 5..<8: scalars.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &self)))
            default:
                var value = UInt32.random(in: 0...0x10FFFF, using: &self)
                if (0xD800...0xDFFF).contains(value) { value -= 0x800 }
                scalars.append(Unicode.Scalar(value) ?? "a")
            }
        }
        return String(scalars)
    }

    /// A string of printable ASCII only, up to `maximumLength` long.
    public mutating func asciiString(maximumLength: Int) -> String {
        String(
            decoding: (0..<Int.random(in: 0...maximumLength, using: &self)).map { _ in
                UInt8.random(in: 0x20...0x7E, using: &self)
            },
            as: UTF8.self
        )
    }
}
