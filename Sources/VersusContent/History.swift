import VersusCore
import Yams

/// What a model's figures were before: one entry per date, with the figures
/// as they were then, an optional note ("launch price") and source. The
/// model page shows the changes, `/changes/` lists them site-wide, and the
/// figures check reads an article's figures as of the article's date.
public struct HistoryEntry: Sendable, Hashable {
    public struct Figure: Sendable, Hashable {
        /// `pricing.input`, `scores.math`, or a numeric key of the site's own.
        public var path: String
        public var value: Double
        public var location: SourceLocation
    }

    public var date: Day
    /// Where the date is written.
    public var location: SourceLocation
    public var figures: [Figure]
    public var note: String?
    public var source: SourceRef?

    static let keys = ["date", "pricing", "scores", "note", "source"]

    /// `history:`: a list of mappings. Every mistake is reported at its place;
    /// whether each figure exists is checked once the model is read (`check`).
    /// `figures`: the paths the model page writes, so that a key of the
    /// site's own with a value that is not a number is named as such.
    static func read(_ node: Node, figures known: Set<String>, reader: inout YAMLReader) -> [HistoryEntry] {
        guard let items = node.sequence else {
            reader.wrongType("history", "a list of entries such as - {date: 2026-01-10, pricing: {input: 0.70}}", node)
            return []
        }
        var out: [HistoryEntry] = []
        for item in items {
            guard let mapping = item.mapping else {
                reader.wrongType("history", "a list of mappings such as {date: 2026-01-10, pricing: {input: 0.70}}", item)
                continue
            }
            let problemsBefore = reader.diagnostics.count
            var date: Day?
            var dateLocation = reader.location(of: item)
            var figures: [Figure] = []
            var note: String?
            var source: SourceRef?
            var sawDate = false
            func figure(_ path: String, _ value: Node, reader: inout YAMLReader) {
                if let number = reader.number(value, name: "history \(path)") {
                    figures.append(Figure(path: path, value: number, location: reader.location(of: value)))
                }
            }
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                switch key {
                case "date":
                    sawDate = true
                    dateLocation = reader.location(of: value)
                    date = reader.day(value, name: "history date")
                case "note": note = reader.string(value, name: "history note")
                case "source":
                    if let key = reader.string(value, name: "history source") {
                        source = SourceRef(key: key, location: reader.location(of: value))
                    }
                case "pricing", "scores":
                    guard let inner = value.mapping else {
                        reader.wrongType("history \(key)", "a mapping such as {\(key == "pricing" ? "input: 0.70" : "math: 91")}", value)
                        continue
                    }
                    for (innerKey, innerValue) in inner { figure("\(key).\(innerKey.string ?? "")", innerValue, reader: &reader) }
                default:
                    // A numeric key of the site's own is a figure; anything
                    // else is most often a misspelt key.
                    if value.scalar != nil, value.tag.rawValue == Tag.Name.int.rawValue || value.tag.rawValue == Tag.Name.float.rawValue {
                        figure(key, value, reader: &reader)
                    } else if known.contains(key) {
                        reader.wrongType("history \(key)", "a number", value)
                    } else {
                        // `as_of` is a figure's date; an entry's is `date`.
                        let meant = key == "as_of" ? "date" : Suggestion.closest(to: key, among: keys + Array(known))
                        reader.report(.unknownFigureKey(key: key, place: "a history entry", meant: meant,
                                                        known: keys + ["a numeric key of the model"]), at: keyNode)
                    }
                }
            }
            if !sawDate { reader.report(.missingKey(key: "date"), at: item) }
            guard let date else { continue }
            // Not when a figure of the entry was written wrong (reported above).
            if figures.isEmpty && reader.diagnostics.count == problemsBefore {
                reader.report(.historyEntryEmpty(date: "\(date)"), at: item)
            }
            out.append(HistoryEntry(date: date, location: dateLocation, figures: figures, note: note, source: source))
        }
        return out
    }

    /// What needs the whole model: each figure named must be one the model
    /// has (else the one meant), scores stay within 0-100, and one figure has
    /// one value per date.
    static func check(_ history: [HistoryEntry], figures: [String], written: Set<String>) -> [Diagnostic] {
        let known = Set(figures)
        var out: [Diagnostic] = []
        var seen: Set<String> = []
        for entry in history {
            for figure in entry.figures {
                guard known.contains(figure.path) else {
                    if written.contains(figure.path) { continue }  // its value is wrong, and reported
                    out.append(Diagnostic(.historyUnknownFigure(figure: figure.path, meant: Suggestion.closest(to: figure.path, among: known)),
                                          at: figure.location))
                    continue
                }
                if figure.path.hasPrefix("scores."), figure.value < 0 || figure.value > 100 {
                    out.append(Diagnostic(.scoreOutOfRange(category: figure.path.dropFirst(7).description, value: NumberFormat.plain(figure.value)),
                                          at: figure.location))
                }
                if figure.path.hasPrefix("pricing."), figure.value < 0 {
                    out.append(Diagnostic(.wrongType(key: "history \(figure.path)", expected: "a price of 0 or more",
                                                     found: "\"\(NumberFormat.plain(figure.value))\""), at: figure.location))
                }
                if !seen.insert("\(figure.path) \(entry.date)").inserted {
                    out.append(Diagnostic(.historyDateTwice(figure: figure.path, date: entry.date.description), at: figure.location))
                }
            }
        }
        return out
    }
}
