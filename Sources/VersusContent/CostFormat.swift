import VersusCore

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

    /// A price per million tokens: cents, or as many digits as it has
    /// below a cent (`$0.075`), so two prices that differ never read the same.
    public static func price(_ dollars: Double) -> String {
        let cents = NumberFormat.money(dollars)
        // Within a millionth of a unit: 0.55 × 100 is 55.000000000000007.
        let whole = { (scaled: Double) in abs(scaled.rounded() - scaled) < 1e-6 }
        guard !whole(dollars * 100) else { return "$" + cents }
        var digits = 3
        while digits < 6, !whole(dollars * pow10(digits)) { digits += 1 }
        let scaled = Int((dollars * pow10(digits)).rounded())
        let units = String(scaled / Int(pow10(digits)))
        var fraction = String(scaled % Int(pow10(digits)))
        while fraction.count < digits { fraction = "0" + fraction }
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        return "$" + units + "." + fraction
    }

    /// `$15,000–$20,000`, or one figure.
    public static func range(_ range: Setup.Range) -> String {
        let (low, high) = (money(range.min), money(range.max))
        return low == high ? low : low + "–" + high
    }

    /// A setup's monthly cost as a reader reads it: its rental, or its
    /// purchase and what that comes to a month.
    public static func monthly(_ setup: Setup, workload: Workload) -> String {
        if let rental = setup.rental { return range(rental) + " rented" }
        if let purchase = setup.purchase, let monthly = setup.monthly(amortizeMonths: workload.amortizeMonths) {
            return "\(range(monthly)) (\(money(purchase)) bought, over \(workload.amortizeMonths) months)"
        }
        return "—"
    }

    /// The volumes at which `monthly` dollars buy as many tokens of the
    /// API at the workload's mix; "never" when the API costs nothing.
    public static func breakEven(_ monthly: Setup.Range, _ pricing: Model.Pricing?, workload: Workload) -> String {
        guard let low = workload.breakEven(monthly.min, pricing), let high = workload.breakEven(monthly.max, pricing) else { return "never" }
        return tokenRange(low, high)
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

    /// Thousands separated by commas: `12,345`, `-1,000`.
    public static func grouped(_ whole: Int) -> String {
        let digits = Array(String(abs(whole)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return (whole < 0 ? "-" : "") + out
    }
}
