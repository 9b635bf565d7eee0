import VersusCore
import Yams

/// A self-hosting setup (`type: setup`): the hardware, what it costs a
/// month to rent or once to buy, and the models it runs. The cost
/// calculator sets it against the API prices of the model pages.
public struct Setup: Sendable, Equatable {
    public struct Range: Sendable, Equatable {
        public var min: Double
        public var max: Double
    }

    public var hardware: String?
    /// Dollars a month to rent, lowest and highest.
    public var rental: Range?
    /// Dollars, paid once.
    public var purchase: Double?
    /// Model ids, as written, with where each was written.
    public var runs: [(id: String, location: SourceLocation)] = []

    public static func == (a: Setup, b: Setup) -> Bool {
        a.hardware == b.hardware && a.rental == b.rental && a.purchase == b.purchase
            && a.runs.map(\.id) == b.runs.map(\.id) && a.runs.map(\.location) == b.runs.map(\.location)
    }

    public static let keys: Set<String> = ["hardware", "rental_per_month", "purchase", "runs"]

    /// What the setup costs a month: its rental range, else its purchase
    /// spread over `months` (the workload's `amortize_months`).
    public func monthly(amortizeMonths months: Int) -> Range? {
        if let rental { return rental }
        if let purchase { return Range(min: purchase / Double(months), max: purchase / Double(months)) }
        return nil
    }

    static func read(from reader: inout YAMLReader) -> Setup {
        var setup = Setup()
        setup.hardware = reader.string("hardware")
        if let node = reader.valueNode("rental_per_month") {
            if let mapping = node.mapping {
                var min: Double?
                var max: Double?
                for (keyNode, value) in mapping {
                    let key = keyNode.string ?? ""
                    guard key == "min" || key == "max" else {
                        reader.report(.unknownFigureKey(key: key, place: "rental_per_month", meant: Suggestion.closest(to: key, among: ["min", "max"]),
                                                        known: ["min", "max"]), at: keyNode)
                        continue
                    }
                    guard let number = reader.number(value, name: "rental_per_month." + key) else { continue }
                    guard number > 0 else {
                        reader.wrongType("rental_per_month." + key, "dollars a month, above 0", value)
                        continue
                    }
                    if key == "min" { min = number } else { max = number }
                }
                let ends = Set(mapping.map { $0.key.string ?? "" })
                if ends.contains("min") != ends.contains("max") {
                    // One end alone reads as a flat rent the editor did not write.
                    reader.wrongType("rental_per_month", "both min and max, such as {min: 15000, max: 20000}, or one figure", node)
                } else if let low = min, let high = max {
                    if low > high {
                        reader.report(.rentalRange(min: NumberFormat.plain(low), max: NumberFormat.plain(high)), at: node)
                    } else {
                        setup.rental = Range(min: low, max: high)
                    }
                }
            } else if let number = node.float, node.scalar != nil, number > 0 {
                setup.rental = Range(min: number, max: number)
            } else {
                reader.wrongType("rental_per_month", "a mapping such as {min: 15000, max: 20000}, or one figure", node)
            }
        }
        if let node = reader.valueNode("purchase"), let number = reader.number(node, name: "purchase") {
            if number > 0 { setup.purchase = number } else { reader.wrongType("purchase", "dollars, above 0", node) }
        }
        if let node = reader.valueNode("runs") {
            if let items = node.sequence {
                for item in items {
                    guard let id = reader.string(item, name: "runs item") else { continue }
                    setup.runs.append((id, reader.location(of: item)))
                }
            } else {
                reader.wrongType("runs", "a list of model ids, such as [glm-5, deepseek-v3-2]", node)
            }
        }
        return setup
    }
}
