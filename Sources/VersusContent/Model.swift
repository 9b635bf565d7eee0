import VersusCore
import Yams

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
    /// Numeric keys of the site's own (`swe_bench: 57`), in the order written:
    /// figures like prices and scores, with sources, dates and history.
    public var extras: [Extra] = []
    /// The default date of every figure on the page (`as_of`).
    public var asOf: Day?
    /// The default source of every figure on the page (`source`).
    public var source: SourceRef?
    /// Sources defined by this page alone.
    public var sources: [FigureSource] = []
    /// Per figure path: its own source and date, and where it is written.
    public var notes: [String: FigureNote] = [:]
    /// What the figures were before, as written (any order).
    public var history: [HistoryEntry] = []

    public struct Extra: Sendable, Hashable {
        public var key: String
        public var value: Double
    }

    public init() {}

    /// The keys a model page may carry beyond the common page keys.
    public static let keys: Set<String> = [
        "vendor", "weights", "license", "aliases", "parameters", "released", "pricing", "scores", "hardware",
        "as_of", "source", "sources", "history",
    ]

    /// Every figure of the model, in page order: prices, scores, then the
    /// site's own numeric keys.
    public var figures: [(path: String, value: Double)] {
        var out: [(String, Double)] = []
        if let input = pricing?.input { out.append(("pricing.input", input)) }
        if let output = pricing?.output { out.append(("pricing.output", output)) }
        for score in scores { out.append(("scores." + score.category, score.value)) }
        for extra in extras { out.append((extra.key, extra.value)) }
        return out
    }

    /// The current value of one figure.
    public func figure(_ path: String) -> Double? {
        switch path {
        case "pricing.input": return pricing?.input
        case "pricing.output": return pricing?.output
        default:
            if path.hasPrefix("scores.") { return score(String(path.dropFirst(7))) }
            return extras.first { $0.key == path }?.value
        }
    }

    /// A mapping of the site's own whose keys are a figure's long form but
    /// for a missing value (`{source: review}`): reported as such, not kept as text.
    static func looksLikeFigure(_ mapping: Node.Mapping) -> Bool {
        let keys = mapping.map { $0.key.string ?? "" }
        return !keys.isEmpty && keys.allSatisfy { FigureNote.keys.contains($0) }
    }

    public func score(_ category: String) -> Double? {
        scores.first { $0.category == category }?.value
    }

    /// Reads the model keys of a front matter, reporting every wrong type at the
    /// value's line and column.
    static func read(from reader: inout YAMLReader, pageKeys: Set<String>) -> Model {
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
                    case "input", "output":
                        let path = "pricing." + (keyNode.string ?? "")
                        guard let figure = FigureNote.read(value, name: path, reader: &reader) else { continue }
                        guard figure.value >= 0 else {
                            reader.wrongType(path, "a price of 0 or more", value)
                            continue
                        }
                        if keyNode.string == "input" { pricing.input = figure.value } else { pricing.output = figure.value }
                        model.notes[path] = figure.note
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
                    guard let figure = FigureNote.read(value, name: "scores.\(category)", reader: &reader) else { continue }
                    let number = figure.value
                    model.notes["scores." + category] = figure.note
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
        // The site's own numeric keys, plain or in the long form.
        for key in reader.keys where !keys.contains(key) && !pageKeys.contains(key) {
            guard let node = reader.valueNode(key) else { continue }
            let numeric = node.scalar != nil && (node.tag.rawValue == Tag.Name.int.rawValue || node.tag.rawValue == Tag.Name.float.rawValue)
            guard numeric || node.mapping?["value"] != nil || (node.mapping.map { Self.looksLikeFigure($0) } ?? false) else { continue }
            guard let figure = FigureNote.read(node, name: key, reader: &reader) else { continue }
            model.extras.append(Extra(key: key, value: figure.value))
            model.notes[key] = figure.note
        }
        model.asOf = reader.day("as_of")
        if let node = reader.valueNode("source"), let key = reader.string(node, name: "source") {
            model.source = SourceRef(key: key, location: reader.location(of: node))
        }
        if let node = reader.valueNode("sources") { model.sources = FigureSource.read(node, reader: &reader) }
        if let node = reader.valueNode("history") {
            // Figures written but not read (a wrong value, reported there)
            // are not "unknown" to the history too.
            var written = Set(model.figures.map(\.path))
            for key in ["pricing", "scores"] {
                for (keyNode, _) in reader.valueNode(key)?.mapping ?? [:] { written.insert("\(key).\(keyNode.string ?? "")") }
            }
            for key in reader.keys where !keys.contains(key) && !pageKeys.contains(key) { written.insert(key) }
            model.history = HistoryEntry.read(node, figures: written, reader: &reader)
            for problem in HistoryEntry.check(model.history, figures: model.figures.map(\.path), written: written) { reader.add(problem) }
        }
        return model
    }
}
