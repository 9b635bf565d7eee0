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
        let given = Set(mapping.map { $0.key.string ?? "" })
        for side in ["input", "output"] where !given.contains(side) { reader.report(.workloadPart(missing: side), at: node) }
        if workload.total == 0 {
            reader.report(.workloadEmpty, at: node)
        } else {
            for (key, value) in mapping where ["input", "output"].contains(key.string ?? "") {
                if let number = value.float, number > 0, number < 1000 {
                    reader.report(.workloadTiny(key: key.string ?? "", value: NumberFormat.plain(number)), at: value)
                }
            }
        }
        return workload
    }
}
