import VersusContent
import VersusCore

/// Two models with a page of their own, `/compare/<a>-vs-<b>/`: the ids in
/// alphabetical order, so a pair has one URL whichever way it is named.
public struct Pair: Sendable, Equatable {
    /// Model page indices: `first`'s id sorts before `second`'s.
    public var first: Int
    public var second: Int
    public var urlPath: String
    /// The page written for this pair (`compare: [a, b]`), whose Markdown
    /// joins the generated view at the pair's URL.
    public var page: Int?

    public var models: [Int] { [first, second] }

    /// The pages that mention both models, newest first, but the pair's own.
    public func articles(backlinks: [Int: [Int]]) -> [Int] {
        let both = Set(backlinks[second] ?? [])
        return (backlinks[first] ?? []).filter { both.contains($0) && $0 != page }
    }

    public static func urlPath(_ a: String, _ b: String) -> String {
        a < b ? "compare/\(a)-vs-\(b)/" : "compare/\(b)-vs-\(a)/"
    }
}

/// Which pairs get a page: every pair of models mentioned on a same page
/// (unless `compare.mentioned: false`), the pairs `site.yml` lists, all the
/// pairs of `compare.all`'s filter, and each page written for a pair; no
/// more than `compare.limit` of them.
public enum Pairs {
    /// The pairs known before any page is linked (listed, a filter's,
    /// written pages), by URL, so that links to them are checked like any.
    /// `filtered`: the models `compare.all` keeps, whose pairs are made one
    /// by one only under the cap (past it they are counted).
    public static func declared(sources: [PageSource], models: [Int], placed: (Int) -> Bool, config: SiteConfig,
                                catalog: ModelCatalog) -> (pairs: [String: Pair], filtered: [Int], diagnostics: [Diagnostic]) {
        var modelAtID: [String: Int] = [:]
        for index in models { modelAtID[sources[index].id] = index }
        let ids = Array(modelAtID.keys)
        var pairs: [String: Pair] = [:]
        var diagnostics: [Diagnostic] = []
        func add(_ a: Int, _ b: Int) {
            Self.add(a, b, to: &pairs, sources: sources, diagnostics: &diagnostics)
        }
        func model(_ id: String, place: String, at location: SourceLocation) -> Int? {
            if let index = modelAtID[id] { return index }
            diagnostics.append(Diagnostic(.unknownModelID(id: id, place: place, kind: "model", meant: Suggestion.closest(to: id, among: ids)),
                                          at: location))
            return nil
        }
        for listed in config.compare.pairs {
            guard listed.ids.count == 2 else {
                diagnostics.append(Diagnostic(.pairNeedsTwo(found: listed.ids.count), at: listed.location))
                continue
            }
            guard listed.ids[0] != listed.ids[1] else {
                diagnostics.append(Diagnostic(.pairOfOne(id: listed.ids[0]), at: listed.location))
                continue
            }
            let found = zip(listed.ids, listed.locations).map { model($0, place: "compare.pairs", at: $1) }
            if let a = found[0], let b = found[1] { add(a, b) }
        }
        var filtered: [Int] = []
        if let filters = config.compare.all {
            let chosen = select(filters, catalog: catalog, diagnostics: &diagnostics)
            if chosen.count < 2, !diagnostics.contains(where: { $0.problem.code == .V070 || $0.problem.code == .V075 }) {
                diagnostics.append(Diagnostic(.pairFilterKeepsFew(count: chosen.count),
                                              at: config.compare.allLocation ?? SourceLocation(path: SiteConfig.path)))
            }
            // Past the cap, the pairs are counted, not made: all pairs of
            // 10,000 models would be 50 million values before the error.
            filtered = chosen
            if chosen.count * (chosen.count - 1) / 2 <= config.compare.limit {
                for (i, a) in chosen.enumerated() { for b in chosen[(i + 1)...] { add(a, b) } }
            }
        }
        for (index, page) in sources.enumerated() where placed(index) {
            guard let compare = page.compare else { continue }
            let found = compare.map { model($0, place: "compare", at: page.location(ofKey: "compare")) }
            guard let a = found[0], let b = found[1] else { continue }
            add(a, b)
            pairs[page.urlPath]?.page = index
        }
        return (pairs, filtered, diagnostics)
    }

    /// Every pair: the declared ones and those of models mentioned on a
    /// same page, in URL order. Past the cap, an error and no pairs (the
    /// build fails without writing thousands of pages first).
    public static func all(declared: [String: Pair], filtered: [Int], sources: [PageSource], mentions: [[Int]],
                           placed: (Int) -> Bool, config: SiteConfig) -> (pairs: [Pair], diagnostics: [Diagnostic]) {
        var pairs = declared
        var diagnostics: [Diagnostic] = []
        if config.compare.mentioned {
            for (page, models) in mentions.enumerated() where placed(page) && models.count >= 2 {
                let ordered = models.sorted { sources[$0].id < sources[$1].id }
                for (i, a) in ordered.enumerated() {
                    for b in ordered[(i + 1)...] where a != b { add(a, b, to: &pairs, sources: sources, diagnostics: &diagnostics) }
                }
            }
        }
        // The pairs of `compare.all` that were counted, not made (past the cap).
        var uncounted = 0
        let all = filtered.count * (filtered.count - 1) / 2
        if all > config.compare.limit {
            let inside = Set(filtered)
            uncounted = all - pairs.values.filter { inside.contains($0.first) && inside.contains($0.second) }.count
        }
        let total = pairs.count + uncounted
        if total > config.compare.limit {
            let compare = config.compare
            let location = compare.limitLocation ?? compare.allLocation ?? compare.location ?? SourceLocation(path: SiteConfig.path)
            return ([], diagnostics + [Diagnostic(.pairsOverCap(count: total, cap: compare.limit), at: location)])
        }
        return (pairs.values.sorted { $0.urlPath < $1.urlPath }, diagnostics)
    }

    /// Adds the pair of two models at its URL. Ids with `-vs-` in them can
    /// put two pairs at one URL (`a` + `b-vs-c`, `a-vs-b` + `c`): an error
    /// at the model whose id holds it, and the first pair keeps the URL.
    static func add(_ a: Int, _ b: Int, to pairs: inout [String: Pair], sources: [PageSource], diagnostics: inout [Diagnostic]) {
        let (first, second) = sources[a].id < sources[b].id ? (a, b) : (b, a)
        let url = Pair.urlPath(sources[first].id, sources[second].id)
        guard let other = pairs[url] else {
            pairs[url] = Pair(first: first, second: second, urlPath: url)
            return
        }
        guard other.first != first || other.second != second else { return }
        let culprit = [first, second, other.first, other.second].first { sources[$0].id.contains("-vs-") } ?? first
        let name = { (p: Int, q: Int) in "\(sources[p].id) + \(sources[q].id)" }
        diagnostics.append(Diagnostic(.pairURLTwice(url: url, first: name(other.first, other.second), second: name(first, second)),
                                      at: sources[culprit].location(ofKey: "id")))
    }

    /// The models a `compare.all` filter keeps, as a `models` block's
    /// `where` does; an unknown field or a value no model has is said at its line.
    public static func select(_ filters: [CompareSettings.Filter], catalog: ModelCatalog, diagnostics: inout [Diagnostic]) -> [Int] {
        var usable: [(path: String, values: [String])] = []
        for filter in filters {
            guard catalog.isKnown(filter.key) else {
                diagnostics.append(Diagnostic(.unknownField(option: "compare.all key", field: filter.key,
                                                            meant: Suggestion.closest(to: filter.key, among: catalog.knownPaths),
                                                            known: catalog.knownPaths), at: filter.location))
                continue
            }
            guard let (values, problems) = ModelsBlock.whereValues(filter.key, written: filter.values, at: filter.location,
                                                                    catalog: catalog) else {
                // No model has the field: every value is one no model has.
                diagnostics += filter.values.map { Diagnostic(.whereValueUnknown(key: filter.key, value: $0, meant: nil), at: filter.location) }
                usable.append((filter.key, filter.values))
                continue
            }
            diagnostics += problems
            usable.append((filter.key, values))
        }
        return catalog.models.filter { ModelsBlock.keeps($0.page, usable) }.map(\.index)
    }

}
