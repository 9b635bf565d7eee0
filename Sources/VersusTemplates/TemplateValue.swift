import VersusCore

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
            if escaped { HTML.escape(s, into: &out, apostrophe: true) } else { out += s }
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
