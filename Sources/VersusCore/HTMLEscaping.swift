/// Escaping for text and attribute values, shared by the Markdown renderer and
/// the view models so that the whole site escapes the same way cmark-gfm does.
public enum HTML {
    /// Escapes `&`, `<`, `>` and `"`: safe in text and in double-quoted
    /// attributes.
    public static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &out)
        return out
    }

    public static func escape(_ text: String, into out: inout String) {
        escape(text, into: &out, apostrophe: false)
    }

    /// Escapes `'` too (as `&#39;`), as Mustache does for template variables,
    /// which may stand in single-quoted attributes.
    public static func escape(_ text: String, into out: inout String, apostrophe: Bool) {
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let replacement: String?
            switch utf8[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27 where apostrophe: replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                out += Substring(utf8[start..<index])
                out += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += Substring(utf8[start..<utf8.endIndex])
    }
}
