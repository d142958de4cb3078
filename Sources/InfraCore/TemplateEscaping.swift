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

    /// Whether a `{` directly follows a `$` or a `%` somewhere in the text: what `escape` changes.
    private static func hasMarkerBeforeBrace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "$") || previous == UInt8(ascii: "%") { return true }
            previous = byte
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

    /// Whether some `{` follows a run of identical markers (`$` or `%`) whose length passes `runMatches`. Works on
    /// UTF-8 bytes: the three characters are ASCII, and every byte of a longer scalar ends a run, as the scalar does.
    private static func hasBrace(in text: String, afterMarkers runMatches: (Int) -> Bool) -> Bool {
        var marker: UInt8 = 0
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), runMatches(run) { return true }
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
