/// Terraform template escaping: in Terraform JSON every string is a template, so literal `${` and `%{` must be
/// written `$${` and `%%{`.
///
/// Everything here works on Unicode scalars, not characters: Terraform's scanner sees `{` even when a combining mark
/// follows it, so a grapheme-level comparison would miss it.
public enum TemplateEscaping {
    private static let dollar: Unicode.Scalar = "$"
    private static let percent: Unicode.Scalar = "%"
    private static let brace: Unicode.Scalar = "{"

    /// Escapes literal text so that Terraform reads it back unchanged.
    public static func escape(_ text: String) -> String {
        // Most text has no `${` or `%{` at all: one pass over the bytes (all three are ASCII, so a byte match is a
        // scalar match) instead of rebuilding the string scalar by scalar.
        guard hasMarkerBeforeBrace(text) else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == brace, let marker = previous, marker == dollar || marker == percent {
                result.append(marker)
            }
            result.append(scalar)
            previous = scalar
        }
        return String(result)
    }

    /// Whether a `{` directly follows a `$` or a `%` somewhere in the text: what `escape` changes, and what any
    /// `hasBrace` match needs.
    ///
    /// The text's bytes are read in place, eight at a time while a word holds no `{` (`ByteSearch.firstOffset`):
    /// long texts (policies and container definitions, escaped and read back for every resource) have few braces,
    /// and iterating `utf8` one byte at a time cost 800 instructions a call in a 10,000-resource lint, 1.2 % of it.
    private static func hasMarkerBeforeBrace(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ hasMarkerBeforeBrace(in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { hasMarkerBeforeBrace(in: $0) }
    }

    /// From brace to brace (`ByteSearch.firstOffset`); the byte before a brace may be in the word before.
    private static func hasMarkerBeforeBrace(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let brace = ByteSearch.firstOffset(of: UInt8(ascii: "{"), in: bytes, from: start) {
            if brace > 0, bytes[brace - 1] == UInt8(ascii: "$") || bytes[brace - 1] == UInt8(ascii: "%") { return true }
            start = brace + 1
        }
        return false
    }

    /// Undoes `escape`: every `$${` becomes `${` and every `%%{` becomes `%{` (one marker dropped from a run of two
    /// or more before a brace). `unescape(escape(text)) == text` for every text.
    public static func unescape(_ template: String) -> String {
        // Without `$${` or `%%{` there is nothing to undo: one pass over the bytes instead of a rebuild.
        guard hasBrace(in: template, afterMarkers: { $0 >= 2 }) else { return template }
        var result = String.UnicodeScalarView()
        var marker: Unicode.Scalar?
        var run = 0
        for scalar in template.unicodeScalars {
            if scalar == brace, run >= 2 { result.removeLast() }
            if scalar == dollar || scalar == percent {
                run = (scalar == marker) ? run + 1 : 1
                marker = scalar
            } else {
                run = 0
                marker = nil
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// True when template text contains an interpolation or directive that Terraform would evaluate: a `{` preceded
    /// by exactly one `$` or `%` (two or more make the escape `$${`).
    public static func hasInterpolation(_ template: String) -> Bool {
        hasBrace(in: template, afterMarkers: { $0 == 1 })
    }

    /// Whether some `{` follows a run of one or more identical markers (`$` or `%`) whose length passes
    /// `runMatches`. Works on UTF-8 bytes: the three characters are ASCII, and every byte of a longer scalar ends a
    /// run, as the scalar does. Text with no marker right before a brace has no such run, and most text is passed
    /// over by the word-at-a-time `hasMarkerBeforeBrace` (the loop below was 0.7 % of a 10,000-resource lint).
    private static func hasBrace(in text: String, afterMarkers runMatches: (Int) -> Bool) -> Bool {
        guard hasMarkerBeforeBrace(text) else { return false }
        var marker: UInt8 = 0
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), run > 0, runMatches(run) { return true }
            if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") {
                run = byte == marker ? run + 1 : 1
                marker = byte
            } else {
                run = 0
                marker = 0
            }
        }
        return false
    }
}
