import VersusCore

/// The typed data of a model page (`type: model`). This is the one source of
/// truth for a model's figures: tables, charts and search read it from here.
public struct Model: Sendable, Hashable {
    public enum Weights: String, Sendable, Hashable, CaseIterable {
        case open
        case proprietary

        /// How every page, table, chart legend and search snippet names the
        /// value: one label per value across the site.
        public var label: String { self == .open ? "Open weights" : "Proprietary" }
    }

    public struct Pricing: Sendable, Hashable {
        /// USD per million input tokens.
        public var input: Double?
        /// USD per million output tokens.
        public var output: Double?
        public init(input: Double? = nil, output: Double? = nil) {
            self.input = input
            self.output = output
        }
    }

    /// Two scores are the same figure wherever they are written: the
    /// location is for messages only.
    public struct Score: Sendable, Hashable {
        public static func == (a: Score, b: Score) -> Bool { a.category == b.category && a.value == b.value }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(category)
            hasher.combine(value)
        }

        public var category: String
        /// 0 to 100.
        public var value: Double
        /// Where the category is written, for messages about its spelling.
        public var location: SourceLocation?
        public init(category: String, value: Double, location: SourceLocation? = nil) {
            self.category = category
            self.value = value
            self.location = location
        }
    }

    public var vendor: String?
    public var weights: Weights?
    public var license: String?
    public var aliases: [String] = []
    public var parameters: String?
    public var released: Day?
    public var pricing: Pricing?
    /// In the order the editor wrote them.
    public var scores: [Score] = []
    public var hardware: String?

    public init() {}

    /// The keys a model page may carry beyond the common page keys.
    public static let keys: Set<String> = [
        "vendor", "weights", "license", "aliases", "parameters", "released", "pricing", "scores", "hardware",
    ]

    public func score(_ category: String) -> Double? {
        scores.first { $0.category == category }?.value
    }

    /// Reads the model keys of a front matter, reporting every wrong type at the
    /// value's line and column.
    static func read(from reader: inout YAMLReader) -> Model {
        var model = Model()
        model.vendor = reader.string("vendor")
        if let node = reader.valueNode("weights") {
            let text = node.scalar?.string ?? ""
            if let weights = Weights(rawValue: text.lowercased()) {
                model.weights = weights
            } else {
                reader.report(.badWeights(found: YAMLReader.describe(node)), at: node)
            }
        }
        model.license = reader.string("license")
        model.aliases = reader.stringList("aliases") ?? []
        model.parameters = reader.string("parameters")
        model.released = reader.day("released")
        model.hardware = reader.string("hardware")
        if let node = reader.valueNode("pricing") {
            if let mapping = node.mapping {
                var pricing = Pricing()
                for (keyNode, value) in mapping {
                    switch keyNode.string {
                    case "input": pricing.input = reader.number(value, name: "pricing.input")
                    case "output": pricing.output = reader.number(value, name: "pricing.output")
                    default:
                        reader.report(.unknownPricingKey(key: keyNode.string ?? ""), at: keyNode)
                    }
                }
                model.pricing = pricing
            } else {
                reader.wrongType("pricing", "a mapping such as {input: 0.55, output: 2.19}", node)
            }
        }
        if let node = reader.valueNode("scores") {
            if let mapping = node.mapping {
                for (keyNode, value) in mapping {
                    let category = keyNode.string ?? ""
                    guard let number = reader.number(value, name: "scores.\(category)") else { continue }
                    if number < 0 || number > 100 {
                        reader.report(.scoreOutOfRange(category: category, value: NumberFormat.plain(number)), at: value)
                        continue
                    }
                    model.scores.append(Score(category: category, value: number, location: reader.location(of: keyNode)))
                }
            } else {
                reader.wrongType("scores", "a mapping of category to a 0-100 score, such as {math: 94}", node)
            }
        }
        return model
    }
}
