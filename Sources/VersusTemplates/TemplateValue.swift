/// What templates read: text, numbers, flags, lists and objects, built in
/// Swift by the view models. A closed set of cases instead of `Any`, so a
/// lookup is a dictionary access and a switch, never a dynamic cast; values
/// are shared between pages and threads without copying.
public indirect enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case text(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Mustache's truthiness, plus one rule of ours: empty text is false, so
    /// `{{#page.description}}` works on an absent or empty description alike.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int: return true
        case .text(let s): return !s.isEmpty
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    func write(into out: inout String, escaped: Bool) {
        switch self {
        case .null, .list, .object: return
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .text(let s):
            if escaped { TemplateEscaping.escape(s, into: &out) } else { out += s }
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var fields: [String: TemplateValue] = [:]
        for (k, v) in elements { fields[k] = v }
        self = .object(fields)
    }
}

enum TemplateEscaping {
    /// `& < > " '` as entities, byte by byte; text without them is appended as is.
    static func escape(_ text: String, into out: inout String) {
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
            case 0x27: replacement = "&#39;"
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
