/// Terraform template escaping: in Terraform JSON every string is a template, so literal `${` and `%{` must be
/// written `$${` and `%%{`.
public enum TemplateEscaping {
    /// Escapes literal text so that Terraform reads it back unchanged.
    public static func escape(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 4)
        var previous: Character?
        for character in text {
            if character == "{", let marker = previous, marker == "$" || marker == "%" {
                result.append(marker)
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Undoes `escape`: every `$${` becomes `${` and every `%%{` becomes `%{` (one marker dropped from a run of two
    /// or more before a brace). `unescape(escape(text)) == text` for every text.
    public static func unescape(_ template: String) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var marker: Character?
        var run = 0
        for character in template {
            if character == "{", run >= 2 {
                result.removeLast()
            }
            if character == "$" || character == "%" {
                run = (character == marker) ? run + 1 : 1
                marker = character
            } else {
                run = 0
                marker = nil
            }
            result.append(character)
        }
        return result
    }

    /// True when template text contains an interpolation or directive that Terraform would evaluate: a `{` preceded
    /// by exactly one `$` or `%` (two or more make the escape `$${`).
    public static func hasInterpolation(_ template: String) -> Bool {
        var marker: Character?
        var run = 0
        for character in template {
            if character == "{", run == 1 { return true }
            if character == "$" || character == "%" {
                run = (character == marker) ? run + 1 : 1
                marker = character
            } else {
                run = 0
                marker = nil
            }
        }
        return false
    }
}
