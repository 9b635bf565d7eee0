import VersusCore
import Yams

/// The site's reference use (`workload:` in `site.yml`): tokens a month in
/// and out, and how many months a bought setup is spread over. Every cost on
/// the site (pair pages, calculators, the API) is worked out here, in one
/// place; the calculator's script repeats the same two formulas in the
/// browser, and the tests hold the two to the same figures.
public struct Workload: Sendable, Equatable {
    public var input: Double
    public var output: Double
    public var amortizeMonths: Int
    public var location: SourceLocation?

    public init(input: Double = 10_000_000, output: Double = 2_000_000, amortizeMonths: Int = 36, location: SourceLocation? = nil) {
        self.input = input
        self.output = output
        self.amortizeMonths = amortizeMonths
        self.location = location
    }

    public var total: Double { input + output }

    /// Dollars a month for this workload at a model's prices (per million
    /// tokens); nil without both prices.
    public func monthlyCost(_ pricing: Model.Pricing?) -> Double? {
        guard let input = pricing?.input, let output = pricing?.output else { return nil }
        return self.input / 1_000_000 * input + self.output / 1_000_000 * output
    }

    /// The monthly volume, in tokens at this workload's mix of input and
    /// output, at which an API bill reaches `dollars`: where a setup costing
    /// that much a month breaks even. Nil when the API costs nothing.
    public func breakEven(_ dollars: Double, _ pricing: Model.Pricing?) -> Double? {
        guard let cost = monthlyCost(pricing), total > 0, cost > 0 else { return nil }
        let perToken = cost / total
        return dollars / perToken
    }

    static func read(_ node: Node, reader: inout YAMLReader) -> Workload {
        var workload = Workload(location: reader.location(of: node))
        guard let mapping = node.mapping else {
            reader.wrongType("workload", "a mapping such as {input: 10000000, output: 2000000}", node)
            return workload
        }
        let known = ["input", "output", "amortize_months"]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "input", "output":
                guard let number = reader.number(value, name: "workload." + key) else { continue }
                guard number >= 0 else {
                    reader.wrongType("workload." + key, "tokens a month, 0 or more", value)
                    continue
                }
                if key == "input" { workload.input = number } else { workload.output = number }
            case "amortize_months":
                if let months = YAMLReader.integer(value), months > 0 {
                    workload.amortizeMonths = months
                } else {
                    reader.wrongType("workload.amortize_months", "a whole number of months above 0, such as 36", value)
                }
            default:
                reader.report(.unknownFigureKey(key: key, place: "workload", meant: Suggestion.closest(to: key, among: Set(known)), known: known),
                              at: keyNode)
            }
        }
        if workload.total == 0 { reader.report(.workloadEmpty, at: node) }
        return workload
    }
}

/// How costs and volumes are written, the same on every page and in the
/// calculator's script: `$9.88`, `$1,234`; `2.67B`, `150M` tokens.
public enum CostFormat {
    /// Cents below $100, whole dollars with thousands separators above.
    public static func money(_ dollars: Double) -> String {
        let cents = (dollars * 100).rounded(.toNearestOrAwayFromZero) / 100
        if cents < 100 { return "$" + NumberFormat.money(cents) }
        return "$" + grouped(Int(cents.rounded(.toNearestOrAwayFromZero)))
    }

    /// A volume of tokens with three significant digits and a unit.
    public static func tokens(_ count: Double) -> String {
        let units: [(Double, String)] = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (index, (size, unit)) in units.enumerated() where count >= size {
            let scaled = round3(count / size)
            // 999.6M comes out as 1,000M: it is 1B.
            if scaled >= 1000, index > 0 { return tokens(units[index - 1].0) }
            return plain(scaled) + unit
        }
        return String(Int(count.rounded(.toNearestOrAwayFromZero)))
    }

    /// A break-even range: `2B–2.67B`, or one value when both read the same.
    public static func tokenRange(_ low: Double, _ high: Double) -> String {
        let (a, b) = (tokens(low), tokens(high))
        return a == b ? a : a + "–" + b
    }

    static func round3(_ value: Double) -> Double {
        var digits = 1
        var bound = 10.0
        while value >= bound {
            digits += 1
            bound *= 10
        }
        let decimals = max(0, 3 - digits)
        let scale = pow10(decimals)
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    static func pow10(_ n: Int) -> Double {
        var out = 1.0
        for _ in 0..<n { out *= 10 }
        return out
    }

    static func plain(_ value: Double) -> String {
        if value >= 1000 { return grouped(Int(value.rounded(.toNearestOrAwayFromZero))) }
        return NumberFormat.plain(value)
    }

    static func grouped(_ whole: Int) -> String {
        let digits = Array(String(whole))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}
