import VersusCore

/// Where each figure of a model comes from and when it was true, and what it
/// was before: the sources of `site.yml` and of the page resolved, each
/// figure's date (its own `as_of`, else its page's, else its source's), its
/// timeline from the history, and the build's date for staleness. Pure: the
/// model pages, the API, `/changes/` and the figures check all read it, so
/// they say the same thing.
public struct Provenance: Sendable {
    /// `site.yml`'s sources by key.
    public let siteSources: [String: FigureSource]
    public let staleAfterDays: Int?
    /// The build's date: the clock, or `SOURCE_DATE_EPOCH`.
    public let today: Day?

    public init(config: SiteConfig, today: Day?) {
        var sources: [String: FigureSource] = [:]
        for source in config.sources where sources[source.key] == nil { sources[source.key] = source }
        siteSources = sources
        staleAfterDays = config.staleAfterDays
        self.today = today
    }

    /// One figure as the pages show it.
    public struct Figure: Sendable, Equatable {
        public var path: String
        public var value: Double
        public var source: FigureSource?
        public var asOf: Day?
        public var location: SourceLocation?
        /// Older than `stale_after_days` on the build's date.
        public var isStale: Bool
    }

    /// One value of a figure over time: a history entry's, or the current one
    /// (last; its date may be unknown).
    public struct Point: Sendable, Equatable {
        public var date: Day?
        public var value: Double
        public var note: String?
        public var source: FigureSource?
        public var isCurrent: Bool
    }

    /// A figure whose value changed on `date` (nil when the current value has
    /// no date), with the new value's note and source.
    public struct Change: Sendable, Equatable {
        public var date: Day?
        public var path: String
        /// Nil for the first value the history records.
        public var from: Double?
        public var to: Double
        public var note: String?
        public var source: FigureSource?
    }

    /// A source key as a page sees it: its own sources first, then the site's.
    public func source(_ key: String, of model: Model) -> FigureSource? {
        model.sources.first { $0.key == key } ?? siteSources[key]
    }

    func source(_ ref: SourceRef?, of model: Model) -> FigureSource? {
        ref.flatMap { source($0.key, of: model) }
    }

    public func figures(of model: Model) -> [Figure] {
        model.figures.map { figure(path: $0.path, value: $0.value, of: model) }
    }

    public func figure(path: String, value: Double, of model: Model) -> Figure {
        let note = model.notes[path]
        let source = source(note?.source ?? model.source, of: model)
        let asOf = note?.asOf ?? model.asOf ?? source?.asOf
        return Figure(path: path, value: value, source: source, asOf: asOf, location: note?.location, isStale: isStale(asOf))
    }

    func isStale(_ day: Day?) -> Bool {
        guard let day, let today, let limit = staleAfterDays else { return false }
        return today.ordinal - day.ordinal > limit
    }

    /// A figure's values by date, oldest first, the current one last.
    public func timeline(_ path: String, of model: Model) -> [Point] {
        guard let value = model.figure(path) else { return [] }
        var points: [Point] = []
        for entry in model.history {
            for figure in entry.figures where figure.path == path {
                // An entry without a source of its own cites the page's.
                points.append(Point(date: entry.date, value: figure.value, note: entry.note,
                                    source: source(entry.source ?? model.source, of: model), isCurrent: false))
            }
        }
        points.sort { $0.date! < $1.date! }
        let current = figure(path: path, value: value, of: model)
        points.append(Point(date: current.asOf, value: value, note: nil, source: current.source, isCurrent: true))
        return points
    }

    /// The value on `day` and since when the value now holds: the last point
    /// dated on or before the day; `then` is nil before the first dated one
    /// (nothing is known of that day). Nil when the model has no such figure.
    public func value(_ path: String, of model: Model, on day: Day) -> (then: Double?, now: Double, since: Day?)? {
        let points = timeline(path, of: model)
        guard let current = points.last else { return nil }
        var then: Double? = points.first!.date == nil ? points.first!.value : nil
        for point in points {
            // An undated current value is taken to follow every dated one.
            guard let date = point.date else { then = point.value; continue }
            if date <= day { then = point.value } else { break }
        }
        var since = current.date
        for point in points.reversed().dropFirst() {
            guard point.value == current.value else { break }
            since = point.date ?? since
        }
        return (then, current.value, since)
    }

    /// Every change of the model's figures, oldest first (one date in the
    /// page's order of figures): the first value the history records (no
    /// `from`) and each later value that differs.
    public func changes(of model: Model) -> [Change] {
        var out: [Change] = []
        var order: [String: Int] = [:]
        for (i, figure) in model.figures.enumerated() { order[figure.path] = i }
        for (path, _) in model.figures {
            let points = timeline(path, of: model)
            guard points.count > 1 else { continue }
            for (i, point) in points.enumerated() {
                let from = i > 0 ? points[i - 1].value : nil
                if let from, from == point.value { continue }
                out.append(Change(date: point.date, path: path, from: from, to: point.value, note: point.note, source: point.source))
            }
        }
        let last = Day(year: 9999, month: 12, day: 31)!
        return out.sorted { ($0.date ?? last, order[$0.path]!) < ($1.date ?? last, order[$1.path]!) }
    }

    /// Every dated change of the given model pages' figures (first values
    /// left out: they are not changes), newest first, then by model and figure.
    public func changes(of pages: [PageSource], models: [Int]) -> [(model: Int, change: Change)] {
        var out: [(model: Int, change: Change)] = []
        for index in models {
            guard let model = pages[index].model, !model.history.isEmpty else { continue }
            for change in changes(of: model) where change.from != nil && change.date != nil { out.append((index, change)) }
        }
        return out.sorted { a, b in
            if a.change.date != b.change.date { return a.change.date! > b.change.date! }
            if pages[a.model].title != pages[b.model].title { return pages[a.model].title < pages[b.model].title }
            return a.change.path < b.change.path
        }
    }

    /// Every source the model's figures and history cite, in order of first
    /// citation: the numbers of the page's marks.
    public func cited(by model: Model) -> [FigureSource] {
        var out: [FigureSource] = []
        var seen: Set<String> = []
        func add(_ source: FigureSource?) {
            if let source, seen.insert(source.key).inserted { out.append(source) }
        }
        for figure in figures(of: model) { add(figure.source) }
        for entry in model.history.sorted(by: { $0.date > $1.date }) { add(source(entry.source ?? model.source, of: model)) }
        return out
    }

    /// What needs the site's sources and the build's date: unknown sources
    /// (with the key meant), dates after today, stale figures, history not
    /// before the current value, changes that cannot be dated.
    public func problems(of page: PageSource) -> [Diagnostic] {
        guard let model = page.model else { return [] }
        var out: [Diagnostic] = []
        let known = Set(model.sources.map(\.key)).union(siteSources.keys)
        func checkRef(_ ref: SourceRef?) {
            guard let ref, source(ref.key, of: model) == nil else { return }
            out.append(Diagnostic(.unknownSource(key: ref.key, meant: Suggestion.closest(to: ref.key, among: known), known: known.sorted()),
                                  at: ref.location))
        }
        for source in model.sources where siteSources[source.key] != nil {
            out.append(Diagnostic(.sourceShadowed(key: source.key), at: source.location))
        }
        checkRef(model.source)
        for (_, note) in model.notes.sorted(by: { $0.value.location < $1.value.location }) { checkRef(note.source) }
        for entry in model.history { checkRef(entry.source) }
        if let today {
            func future(_ what: String, _ day: Day?, _ at: SourceLocation?) {
                if let day, let at, day > today { out.append(Diagnostic(.dateInFuture(what: what, date: "\(day)", today: "\(today)"), at: at)) }
            }
            future("as_of", model.asOf, page.location(ofKey: "as_of"))
            for source in model.sources { future("source '\(source.key)' as_of", source.asOf, source.location) }
            for (path, note) in model.notes.sorted(by: { $0.value.location < $1.value.location }) where note.asOf != nil {
                future("\(path) as_of", note.asOf, note.location)
            }
            for entry in model.history { future("history date", entry.date, entry.location) }
        }
        if let released = model.released {
            for entry in model.history where entry.date < released {
                out.append(Diagnostic(.historyBeforeRelease(date: "\(entry.date)", released: "\(released)"), at: entry.location))
            }
        }
        // A stale date is reported where it is written: a figure's own at
        // the figure; the page's once, at its as_of; a page source's once,
        // at the source (site.yml's are reported by `siteProblems`).
        var staleFromPage = 0
        var staleFromSource: [String: Int] = [:]
        for figure in figures(of: model) where figure.isStale {
            if model.notes[figure.path]?.asOf != nil {
                if let date = figure.asOf, let today, let limit = staleAfterDays, let at = figure.location {
                    out.append(Diagnostic(.staleFigure(figure: figure.path, date: "\(date)", days: today.ordinal - date.ordinal, limit: limit), at: at))
                }
            } else if model.asOf != nil {
                staleFromPage += 1
            } else if let source = figure.source, model.sources.contains(where: { $0.key == source.key }) {
                staleFromSource[source.key, default: 0] += 1
            }
        }
        if staleFromPage > 0, let date = model.asOf, let today, let limit = staleAfterDays {
            out.append(Diagnostic(.staleDate(whose: "this page's as_of", date: "\(date)", days: today.ordinal - date.ordinal, limit: limit,
                                             figures: staleFromPage), at: page.location(ofKey: "as_of")))
        }
        for source in model.sources {
            guard let count = staleFromSource[source.key], let date = source.asOf, let today, let limit = staleAfterDays else { continue }
            out.append(Diagnostic(.staleDate(whose: "source '\(source.key)'", date: "\(date)", days: today.ordinal - date.ordinal, limit: limit,
                                             figures: count), at: source.location))
        }
        for figure in figures(of: model) {
            let points = timeline(figure.path, of: model)
            guard points.count > 1 else { continue }
            guard let current = figure.asOf else {
                // Undated, the current value follows the history: a change
                // only if the last value recorded was another.
                if points[points.count - 2].value != figure.value, let at = figure.location {
                    out.append(Diagnostic(.undatedChange(figure: figure.path), at: at))
                }
                continue
            }
            for entry in model.history {
                for item in entry.figures where item.path == figure.path && entry.date >= current {
                    out.append(Diagnostic(.historyNotBefore(figure: figure.path, date: "\(entry.date)", current: "\(current)"), at: item.location))
                }
            }
        }
        return out
    }

    /// The first day after the build's date on which what the build says of
    /// dates changes: a figure turns stale, or a date in the future comes.
    /// Until then a build of the same input says the same; the build cache
    /// trusts its last build only before it. Nil when no day changes anything.
    public func horizon(of models: [Model], config: SiteConfig) -> Day? {
        guard let today else { return nil }
        var first: Int?
        func consider(_ day: Day?, after days: Int = 0) {
            guard let day else { return }
            let ordinal = day.ordinal + days
            if ordinal > today.ordinal { first = min(first ?? ordinal, ordinal) }
        }
        for source in config.sources { consider(source.asOf) }
        for model in models {
            if let limit = staleAfterDays { for figure in figures(of: model) { consider(figure.asOf, after: limit + 1) } }
            consider(model.asOf)
            for source in model.sources { consider(source.asOf) }
            for note in model.notes.values { consider(note.asOf) }
            for entry in model.history { consider(entry.date) }
        }
        return first.map { Day(secondsSince1970: Double($0) * 86400) }
    }

    /// The problems of `site.yml`'s sources that need the build's date: one
    /// in the future, and one stale, once for all the figures that take its date.
    public func siteProblems(_ config: SiteConfig, models: [Model]) -> [Diagnostic] {
        guard let today else { return [] }
        var stale: [String: Int] = [:]
        for model in models {
            for figure in figures(of: model) where figure.isStale && model.notes[figure.path]?.asOf == nil && model.asOf == nil {
                if let source = figure.source, siteSources[source.key] == source { stale[source.key, default: 0] += 1 }
            }
        }
        return config.sources.compactMap { source in
            if let day = source.asOf, day > today {
                return Diagnostic(.dateInFuture(what: "source '\(source.key)' as_of", date: "\(day)", today: "\(today)"), at: source.location)
            }
            guard let count = stale[source.key], let day = source.asOf, let limit = staleAfterDays else { return nil }
            return Diagnostic(.staleDate(whose: "source '\(source.key)'", date: "\(day)", days: today.ordinal - day.ordinal, limit: limit,
                                         figures: count), at: source.location)
        }
    }
}
