/// Front matter values that templates may read, kept in the order the editor
/// wrote them. This is a Sendable copy of the YAML tree: Yams nodes are not
/// Sendable and must not cross stages.
public indirect enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([YAMLValue])
    case map([YAMLEntry])

    /// The value as text, for templates and messages.
    public var text: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return NumberFormat.plain(d)
        case .string(let s): return s
        case .list(let items): return items.map(\.text).joined(separator: ", ")
        case .map(let entries): return entries.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ")
        }
    }

    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public subscript(key: String) -> YAMLValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var value: YAMLValue
    public init(key: String, value: YAMLValue) {
        self.key = key
        self.value = value
    }
}

/// Numbers as people write them: no trailing `.0`, no exponent for ordinary
/// figures.
public enum NumberFormat {
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Two decimals, as prices are written: `0.55`, `5.00`.
    public static func money(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let whole = cents / 100
        let fraction = abs(cents % 100)
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
