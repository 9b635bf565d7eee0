/// A model's data addressed by a dotted path (`vendor`, `pricing.input`,
/// `scores.coding`), as `models` blocks, `data_columns` and charts name it.
public enum ModelField {
    public enum Value: Sendable, Equatable {
        case text(String)
        /// USD per million tokens.
        case price(Double)
        case number(Double)

        public var number: Double? {
            switch self {
            case .price(let v), .number(let v): return v
            case .text: return nil
            }
        }

        /// As a table cell shows it: `$0.55`, `94`, `MIT`.
        public var display: String {
            switch self {
            case .text(let s): return s
            case .price(let v): return "$" + NumberFormat.money(v)
            case .number(let v): return NumberFormat.plain(v)
            }
        }

        /// The text that `where` filters compare, case-insensitively.
        public var comparable: String {
            switch self {
            case .text(let s): return s.lowercased()
            case .price(let v), .number(let v): return NumberFormat.plain(v)
            }
        }
    }

    public static let fixedPaths = ["title", "id", "vendor", "weights", "license", "parameters", "released",
                                    "hardware", "aliases", "pricing.input", "pricing.output"]

    /// Whether `path` names a field, given the score categories and the extra
    /// front matter keys (`tier`, `swe_bench`) the site's models use.
    public static func isKnown(_ path: String, scoreCategories: Set<String>, extraKeys: Set<String> = []) -> Bool {
        if fixedPaths.contains(path) { return true }
        if path.hasPrefix("scores.") { return scoreCategories.contains(String(path.dropFirst("scores.".count))) }
        return extraKeys.contains(path)
    }

    /// Every path the site's models can answer, for "did you mean" and lists.
    public static func knownPaths(scoreCategories: Set<String>, extraKeys: Set<String> = []) -> [String] {
        fixedPaths + scoreCategories.sorted().map { "scores." + $0 } + extraKeys.sorted()
    }

    /// The extra keys of model pages whose values are text or numbers.
    public static func extraKeys(of models: [PageSource]) -> Set<String> {
        var keys: Set<String> = []
        for page in models {
            for entry in page.params {
                switch entry.value {
                case .string, .int, .double, .bool: keys.insert(entry.key)
                default: break
                }
            }
        }
        return keys
    }

    /// Every form a `where` filter may name the field's value by, folded:
    /// its comparable text, and for `weights` also the value as written in
    /// front matter (`open`) beside the label a table shows ("Open weights").
    /// The filter and the check of filter values both use it, so they agree.
    public static func filterForms(_ path: String, of page: PageSource) -> [String] {
        guard let value = value(path, of: page) else { return [] }
        if path == "weights", let raw = page.model?.weights?.rawValue { return [value.comparable, raw] }
        return [value.comparable]
    }

    public static func value(_ path: String, of page: PageSource) -> Value? {
        guard let model = page.model else { return nil }
        switch path {
        case "title": return .text(page.title)
        case "id": return .text(page.id)
        case "vendor": return model.vendor.map(Value.text)
        case "weights": return model.weights.map { .text($0.label) }
        case "license": return model.license.map(Value.text)
        case "parameters": return model.parameters.map(Value.text)
        case "released": return model.released.map { .text($0.description) }
        case "hardware": return model.hardware.map(Value.text)
        case "aliases": return model.aliases.isEmpty ? nil : .text(model.aliases.joined(separator: ", "))
        case "pricing.input": return model.pricing?.input.map(Value.price)
        case "pricing.output": return model.pricing?.output.map(Value.price)
        default:
            if path.hasPrefix("scores.") {
                return model.score(String(path.dropFirst("scores.".count))).map(Value.number)
            }
            switch page.params.first(where: { $0.key == path })?.value {
            case .string(let s)?: return .text(s)
            case .int(let i)?: return .number(Double(i))
            case .double(let d)?: return .number(d)
            case .bool(let b)?: return .text(b ? "Yes" : "No")
            default: return nil
            }
        }
    }

    /// A figure's value as a table shows it: `$0.55` for a price, `94` otherwise.
    public static func display(_ path: String, _ value: Double) -> String {
        path.hasPrefix("pricing.") ? Value.price(value).display : Value.number(value).display
    }

    /// A figure's name for readers: `pricing.input` → `Input price`, `scores.math` → `Math score`.
    public static func label(_ path: String) -> String {
        switch path {
        case "pricing.input": return "Input price"
        case "pricing.output": return "Output price"
        default:
            let last = path.hasPrefix("scores.") ? String(path.dropFirst(7)) : path
            let words = last.replacingUnderscores()
            return words.prefix(1).uppercased() + words.dropFirst() + (path.hasPrefix("scores.") ? " score" : "")
        }
    }

    /// A header for a column nobody named: `pricing.input` → `Input $/M`.
    public static func defaultHeader(_ path: String) -> String {
        switch path {
        case "title": return "Model"
        case "pricing.input": return "Input $/M"
        case "pricing.output": return "Output $/M"
        default:
            let last = path.split(separator: ".").last.map(String.init) ?? path
            let words = last.replacingUnderscores()
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }
}

private extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
