import VersusCore
import Yams

/// `compare:` in `site.yml`: which pairs of models get a page of their own
/// besides those mentioned together (`mentioned: false` turns those off),
/// and the most pages all of it may make.
///
///     compare:
///       pairs: [[deepseek-r1, gpt-5-4]]
///       all: {weights: open}
///       limit: 5000
public struct CompareSettings: Sendable, Equatable {
    public struct Listed: Sendable, Equatable {
        public var ids: [String]
        public var locations: [SourceLocation]
        public var location: SourceLocation
    }

    public struct Filter: Sendable, Equatable {
        public var key: String
        public var values: [String]
        public var location: SourceLocation
    }

    public var pairs: [Listed] = []
    /// Nil: no `all`; empty: every pair of every model.
    public var all: [Filter]?
    public var mentioned = true
    public var limit = 5000
    public var location: SourceLocation?
    /// Where `all` and `limit` are written: the cap's error points at the
    /// setting that makes or allows the pages.
    public var allLocation: SourceLocation?
    public var limitLocation: SourceLocation?

    public init() {}

    static let keys = ["pairs", "all", "mentioned", "limit"]

    static func read(_ node: Node, reader: inout YAMLReader) -> CompareSettings {
        var settings = CompareSettings()
        settings.location = reader.location(of: node)
        guard let mapping = node.mapping else {
            reader.wrongType("compare", "a mapping such as {pairs: [[a, b]], all: {weights: open}}", node)
            return settings
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "pairs":
                guard let items = value.sequence else {
                    reader.wrongType("compare.pairs", "a list of pairs of model ids, such as [[deepseek-r1, gpt-5-4]]", value)
                    continue
                }
                for item in items {
                    guard let members = item.sequence else {
                        reader.wrongType("compare.pairs item", "a pair of model ids, such as [deepseek-r1, gpt-5-4]", item)
                        continue
                    }
                    var ids: [String] = []
                    var locations: [SourceLocation] = []
                    for member in members {
                        guard let id = reader.string(member, name: "compare.pairs id") else { continue }
                        ids.append(id)
                        locations.append(reader.location(of: member))
                    }
                    settings.pairs.append(Listed(ids: ids, locations: locations, location: reader.location(of: item)))
                }
            case "all":
                settings.allLocation = reader.location(of: keyNode)
                guard let filters = value.mapping else {
                    reader.wrongType("compare.all", "a filter such as {weights: open}, or {} for every pair", value)
                    continue
                }
                settings.all = filters.map { keyNode, valueNode in
                    let values: [String]
                    if let items = valueNode.sequence { values = items.map { YAMLReader.convert($0).text } } else { values = [YAMLReader.convert(valueNode).text] }
                    return Filter(key: keyNode.string ?? "", values: values, location: reader.location(of: keyNode))
                }
            case "mentioned":
                if let flag = value.bool { settings.mentioned = flag } else { reader.wrongType("compare.mentioned", "true or false", value) }
            case "limit":
                settings.limitLocation = reader.location(of: keyNode)
                if let limit = YAMLReader.integer(value), limit > 0 { settings.limit = limit } else {
                    reader.wrongType("compare.limit", "a whole number of pages above 0, such as 5000", value)
                }
            default:
                reader.report(.unknownFigureKey(key: key, place: "compare", meant: Suggestion.closest(to: key, among: Set(keys)), known: keys),
                              at: keyNode)
            }
        }
        return settings
    }
}
